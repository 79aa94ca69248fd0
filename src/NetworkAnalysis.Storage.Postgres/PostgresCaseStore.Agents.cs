using System.Globalization;
using System.Text;
using Npgsql;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Storage.Postgres;

/// <content>Agent search and detail, for the analyst's search box and agent page.</content>
public sealed partial class PostgresCaseStore
{
    private const string AgentColumns = "a.id, a.kind, a.name, a.sphere, a.country, a.functions, a.sensitivity, a.groups, a.attributes";

    /// <inheritdoc />
    public Task<AgentPage> SearchAgentsAsync(CaseVersionRef version, AgentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        AgentQueries.Validate(query);
        return Read(cancellationToken, async (connection, transaction) =>
        {
            var (caseId, v) = await Resolve(connection, transaction, version, cancellationToken).ConfigureAwait(false);
            var where = new StringBuilder("a.case_id = @c AND a.valid_from <= @v AND a.valid_to > @v");
            var parameters = new List<NpgsqlParameter> { new("c", caseId), new("v", v.Info.Version) };
            void Filter(string clause, string name, object value)
            {
                where.Append(" AND ").Append(clause);
                parameters.Add(new NpgsqlParameter(name, value));
            }

            // LIKE with a C-collation lower(): ASCII case folding, as in the SQLite store.
            if (query.Id is { } id)
            {
                Filter("a.id = @id", "id", id);
            }

            if (query.Prefix is { } prefix)
            {
                Filter(@"(lower(a.id) COLLATE ""C"" LIKE lower(@prefix) ESCAPE '\' OR lower(a.name) COLLATE ""C"" LIKE lower(@prefix) ESCAPE '\')", "prefix", AgentQueries.EscapeLike(prefix) + "%");
            }

            if (query.Contains is { } contains)
            {
                Filter(@"(lower(a.id) COLLATE ""C"" LIKE lower(@contains) ESCAPE '\' OR lower(a.name) COLLATE ""C"" LIKE lower(@contains) ESCAPE '\')", "contains", "%" + AgentQueries.EscapeLike(contains) + "%");
            }

            if (query.Kind is { } kind)
            {
                Filter("a.kind = @kind", "kind", (short)kind);
            }

            if (query.Sphere is { } sphere)
            {
                Filter("a.sphere = @sphere", "sphere", (short)sphere);
            }

            if (query.Group is { } group)
            {
                Filter("a.groups IS NOT NULL AND a.groups::jsonb @> jsonb_build_array(@group::text)", "group", group);
            }

            if (query.Function is { } function)
            {
                Filter("(a.functions & @function) <> 0", "function", (int)FunctionSet.Of(function).Mask);
            }

            int total;
            await using (var count = new NpgsqlCommand($"SELECT count(*) FROM agents a WHERE {where}", connection, transaction))
            {
                count.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
                total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            }

            var order = query.Sort switch
            {
                AgentSort.Id => @"a.id COLLATE ""C"", a.ord",
                AgentSort.Name => @"a.name IS NULL, a.name COLLATE ""C"", a.ord",
                _ => "a.ord",
            };
            await using var page = new NpgsqlCommand($"SELECT {AgentColumns} FROM agents a WHERE {where} ORDER BY {order} LIMIT @limit OFFSET @offset", connection, transaction);
            page.Parameters.AddRange(parameters.ToArray());
            page.Parameters.AddWithValue("limit", query.Limit);
            page.Parameters.AddWithValue("offset", query.Offset);
            await using var reader = await page.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var agents = new List<Agent>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
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
        return Read(cancellationToken, async (connection, transaction) =>
        {
            var (caseId, v) = await Resolve(connection, transaction, version, cancellationToken).ConfigureAwait(false);
            var number = v.Info.Version;
            var found = await FindAgent(connection, transaction, caseId, number, agentId, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                var aliases = await ReadAliases(connection, transaction, caseId, number, cancellationToken).ConfigureAwait(false);
                if (!aliases.TryGetValue(agentId, out var kept) || (found = await FindAgent(connection, transaction, caseId, number, kept, cancellationToken).ConfigureAwait(false)) is null)
                {
                    return (AgentDetail?)null;
                }
            }

            var (agentNo, agent) = found.Value;
            var names = new List<string>();
            await using (var command = new NpgsqlCommand("SELECT alias_id FROM aliases WHERE case_id = @c AND agent_no = @no AND version <= @v ORDER BY version, alias_id COLLATE \"C\"", connection, transaction))
            {
                command.Parameters.AddWithValue("c", caseId);
                command.Parameters.AddWithValue("v", number);
                command.Parameters.AddWithValue("no", agentNo);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    names.Add(reader.GetString(0));
                }
            }

            var transactions = new List<Transaction>();
            await using (var command = new NpgsqlCommand(
                """
                SELECT s.id, d.id, t.kind, t.tx_id, t.time_ticks, t.time_offset, t.amount, t.currency, t.country, t.route, t.persons, t.weight, t.attributes
                FROM transactions t
                JOIN agents s ON s.case_id = t.case_id AND s.agent_no = t.src_no AND s.valid_from <= @v AND s.valid_to > @v
                JOIN agents d ON d.case_id = t.case_id AND d.agent_no = t.dst_no AND d.valid_from <= @v AND d.valid_to > @v
                WHERE t.case_id = @c AND t.valid_from <= @v AND t.valid_to > @v AND (t.src_no = @no OR t.dst_no = @no)
                ORDER BY t.ord
                """,
                connection,
                transaction))
            {
                command.Parameters.AddWithValue("c", caseId);
                command.Parameters.AddWithValue("v", number);
                command.Parameters.AddWithValue("no", agentNo);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    transactions.Add(StoredRecords.Transaction(
                        reader.GetString(0), reader.GetString(1), reader.GetInt16(2), Text(reader, 3),
                        reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetInt32(5),
                        reader.IsDBNull(6) ? null : StoredValues.AmountText(reader.GetDecimal(6)), Text(reader, 7), Text(reader, 8), Text(reader, 9),
                        reader.IsDBNull(10) ? null : reader.GetInt32(10), reader.GetDouble(11), Text(reader, 12)));
                }
            }

            var groups = new List<Group>();
            foreach (var groupId in agent.Groups)
            {
                await using var command = new NpgsqlCommand("SELECT id, name, type, attributes FROM groups WHERE case_id = @c AND valid_from <= @v AND valid_to > @v AND id = @id", connection, transaction);
                command.Parameters.AddWithValue("c", caseId);
                command.Parameters.AddWithValue("v", number);
                command.Parameters.AddWithValue("id", groupId);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                groups.Add(await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                    ? StoredRecords.Group(reader.GetString(0), Text(reader, 1), reader.IsDBNull(2) ? null : reader.GetInt16(2), Text(reader, 3))
                    : new Group(groupId));
            }

            return new AgentDetail(agent, names, transactions, groups);
        });
    }

    internal static async Task<(int AgentNo, Agent Agent)?> FindAgent(NpgsqlConnection connection, NpgsqlTransaction transaction, long caseId, int version, string agentId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT a.agent_no, a.ord, {AgentColumns} FROM agents a WHERE a.case_id = @c AND a.id = @id AND a.valid_from <= @v AND a.valid_to > @v", connection, transaction);
        command.Parameters.AddWithValue("c", caseId);
        command.Parameters.AddWithValue("v", version);
        command.Parameters.AddWithValue("id", agentId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (reader.GetInt32(0), ReadAgent(reader, 2)) : null;
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static Agent ReadAgent(NpgsqlDataReader reader, int at) =>
        StoredRecords.Agent(
            reader.GetString(at),
            reader.GetInt16(at + 1),
            Text(reader, at + 2),
            reader.GetInt16(at + 3),
            Text(reader, at + 4),
            reader.GetInt32(at + 5),
            reader.GetInt16(at + 6),
            Text(reader, at + 7),
            Text(reader, at + 8));
}
