using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Storage.Sqlite;

/// <content>Agent search and detail, for the analyst's search box and agent page.</content>
public sealed partial class SqliteCaseStore
{
    private const string AgentColumns = "a.id, a.kind, a.name, a.sphere, a.country, a.functions, a.sensitivity, a.groups, a.attributes";

    /// <inheritdoc />
    public Task<AgentPage> SearchAgentsAsync(CaseVersionRef version, AgentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        AgentQueries.Validate(query);
        return Run(cancellationToken, connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: true);
            var (caseId, v) = Resolve(connection, transaction, version);
            var where = new StringBuilder("a.case_id = $c AND a.valid_from <= $v AND a.valid_to > $v");
            using var count = Query(connection, transaction, caseId, v.Info.Version, string.Empty);
            using var page = Query(connection, transaction, caseId, v.Info.Version, string.Empty);
            void Filter(string clause, string name, object value)
            {
                where.Append(" AND ").Append(clause);
                count.Parameters.AddWithValue(name, value);
                page.Parameters.AddWithValue(name, value);
            }

            if (query.Id is { } id)
            {
                Filter("a.id = $id", "$id", id);
            }

            if (query.Prefix is { } prefix)
            {
                Filter(@"(a.id LIKE $prefix ESCAPE '\' OR a.name LIKE $prefix ESCAPE '\')", "$prefix", AgentQueries.EscapeLike(prefix) + "%");
            }

            if (query.Contains is { } contains)
            {
                Filter(@"(a.id LIKE $contains ESCAPE '\' OR a.name LIKE $contains ESCAPE '\')", "$contains", "%" + AgentQueries.EscapeLike(contains) + "%");
            }

            if (query.Kind is { } kind)
            {
                Filter("a.kind = $kind", "$kind", (int)kind);
            }

            if (query.Sphere is { } sphere)
            {
                Filter("a.sphere = $sphere", "$sphere", (int)sphere);
            }

            if (query.Group is { } group)
            {
                Filter("EXISTS (SELECT 1 FROM json_each(a.groups) WHERE value = $group)", "$group", group);
            }

            if (query.Function is { } function)
            {
                Filter("(a.functions & $function) <> 0", "$function", (int)FunctionSet.Of(function).Mask);
            }

            count.CommandText = $"SELECT count(*) FROM agents a WHERE {where}";
            var total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            var order = query.Sort switch
            {
                AgentSort.Id => "a.id, a.ord",
                AgentSort.Name => "a.name IS NULL, a.name, a.ord",
                _ => "a.ord",
            };
            page.CommandText = $"SELECT {AgentColumns} FROM agents a WHERE {where} ORDER BY {order} LIMIT $limit OFFSET $offset";
            page.Parameters.AddWithValue("$limit", query.Limit);
            page.Parameters.AddWithValue("$offset", query.Offset);
            using var reader = page.ExecuteReader();
            var agents = new List<Agent>();
            while (reader.Read())
            {
                agents.Add(ReadAgent(reader, 0));
            }

            return new AgentPage(agents, total, query.Offset);
        });
    }

    /// <inheritdoc />
    public Task<AgentDetail?> GetAgentAsync(CaseVersionRef version, string agentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(agentId);
        return Run(cancellationToken, connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: true);
            var (caseId, v) = Resolve(connection, transaction, version);
            var number = v.Info.Version;
            var found = FindAgent(connection, transaction, caseId, number, agentId);
            if (found is null)
            {
                var aliases = ReadAliases(connection, transaction, caseId, number);
                if (!aliases.TryGetValue(agentId, out var kept) || (found = FindAgent(connection, transaction, caseId, number, kept)) is null)
                {
                    return null;
                }
            }

            var (agentNo, agent) = found.Value;
            var names = new List<string>();
            using (var command = Query(connection, transaction, caseId, number, "SELECT alias_id FROM aliases WHERE case_id = $c AND agent_no = $no AND version <= $v ORDER BY version, alias_id"))
            {
                command.Parameters.AddWithValue("$no", agentNo);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    names.Add(reader.GetString(0));
                }
            }

            var transactions = new List<Transaction>();
            using (var command = Query(connection, transaction, caseId, number, $"""
                SELECT s.id, d.id, t.kind, t.tx_id, t.time_ticks, t.time_offset, t.amount, t.currency, t.country, t.route, t.persons, t.weight, t.attributes
                FROM (SELECT * FROM transactions WHERE {ValidIn} AND src_no = $no
                      UNION SELECT * FROM transactions WHERE {ValidIn} AND dst_no = $no) t
                JOIN agents s ON s.case_id = t.case_id AND s.agent_no = t.src_no AND s.valid_from <= $v AND s.valid_to > $v
                JOIN agents d ON d.case_id = t.case_id AND d.agent_no = t.dst_no AND d.valid_from <= $v AND d.valid_to > $v
                ORDER BY t.ord
                """))
            {
                command.Parameters.AddWithValue("$no", agentNo);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    transactions.Add(StoredRecords.Transaction(
                        reader.GetString(0), reader.GetString(1), reader.GetInt32(2), Text(reader, 3),
                        reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetInt32(5),
                        Text(reader, 6), Text(reader, 7), Text(reader, 8), Text(reader, 9),
                        reader.IsDBNull(10) ? null : reader.GetInt32(10), reader.GetDouble(11), Text(reader, 12)));
                }
            }

            var groups = new List<Group>();
            foreach (var groupId in agent.Groups)
            {
                using var command = Query(connection, transaction, caseId, number, $"SELECT id, name, type, attributes FROM groups WHERE {ValidIn} AND id = $id");
                command.Parameters.AddWithValue("$id", groupId);
                using var reader = command.ExecuteReader();
                groups.Add(reader.Read()
                    ? StoredRecords.Group(reader.GetString(0), Text(reader, 1), reader.IsDBNull(2) ? null : reader.GetInt32(2), Text(reader, 3))
                    : new Group(groupId));
            }

            return new AgentDetail(agent, names, transactions, groups);
        });
    }

    private static (int AgentNo, Agent Agent)? FindAgent(SqliteConnection connection, SqliteTransaction transaction, long caseId, int version, string agentId)
    {
        using var command = Query(connection, transaction, caseId, version, $"SELECT a.agent_no, {AgentColumns} FROM agents a WHERE a.case_id = $c AND a.id = $id AND a.valid_from <= $v AND a.valid_to > $v");
        command.Parameters.AddWithValue("$id", agentId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt32(0), ReadAgent(reader, 1)) : null;
    }

    private static Agent ReadAgent(SqliteDataReader reader, int at) =>
        StoredRecords.Agent(
            reader.GetString(at),
            reader.GetInt32(at + 1),
            Text(reader, at + 2),
            reader.GetInt32(at + 3),
            Text(reader, at + 4),
            reader.GetInt32(at + 5),
            reader.GetInt32(at + 6),
            Text(reader, at + 7),
            Text(reader, at + 8));
}
