using System.Globalization;
using Microsoft.Data.Sqlite;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Storage.Sqlite;

/// <content>Agent search and detail, for the analyst's search box and agent page.</content>
public sealed partial class SqliteCaseStore
{
    // SQLite's LIKE already ignores the case of ASCII letters only, and its default collation is ordinal.
    private static readonly AgentSearchDialect SearchDialect = new(
        p => $@"(a.id LIKE {p} ESCAPE '\' OR a.name LIKE {p} ESCAPE '\')",
        p => $"EXISTS (SELECT 1 FROM json_each(a.groups) WHERE value = {p})",
        string.Empty);

    /// <inheritdoc />
    public Task<AgentPage> SearchAgentsAsync(CaseVersionRef version, AgentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        AgentQueries.Validate(query);
        return Run(cancellationToken, connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: true);
            var (caseId, v) = Resolve(connection, transaction, version);
            using var count = connection.CreateCommand();
            using var page = connection.CreateCommand();
            count.Transaction = page.Transaction = transaction;
            AgentSearchSql.Prepare(count, page, query, SearchDialect, caseId, v.Info.Version);
            var total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            using var reader = page.ExecuteReader();
            var agents = new List<Agent>();
            while (reader.Read())
            {
                agents.Add(StoredRows.Agent(reader, 0));
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
                SELECT s.id, d.id, {StoredRows.TransactionColumns}
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
                    transactions.Add(StoredRows.Transaction(reader, 2, reader.GetString(0), reader.GetString(1)));
                }
            }

            var groups = new List<Group>();
            foreach (var groupId in agent.Groups)
            {
                using var command = Query(connection, transaction, caseId, number, $"SELECT id, name, type, attributes FROM groups WHERE {ValidIn} AND id = $id");
                command.Parameters.AddWithValue("$id", groupId);
                using var reader = command.ExecuteReader();
                groups.Add(reader.Read() ? StoredRows.Group(reader, 0) : new Group(groupId));
            }

            return new AgentDetail(agent, names, transactions, groups);
        });
    }

    private static (int AgentNo, Agent Agent)? FindAgent(SqliteConnection connection, SqliteTransaction transaction, long caseId, int version, string agentId)
    {
        using var command = Query(connection, transaction, caseId, version, $"SELECT a.agent_no, {StoredRows.AgentColumns} FROM agents a WHERE a.case_id = $c AND a.id = $id AND a.valid_from <= $v AND a.valid_to > $v");
        command.Parameters.AddWithValue("$id", agentId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt32(0), StoredRows.Agent(reader, 1)) : null;
    }
}
