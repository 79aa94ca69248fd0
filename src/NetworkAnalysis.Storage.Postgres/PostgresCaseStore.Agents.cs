using System.Globalization;
using Npgsql;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Storage.Postgres;

/// <content>Agent search and detail, for the analyst's search box and agent page.</content>
public sealed partial class PostgresCaseStore
{
    // lower() under the C collation folds ASCII letters only, as SQLite's LIKE does; "C" orders by code point.
    private static readonly AgentSearchDialect SearchDialect = new(
        p => $@"(lower(a.id) COLLATE ""C"" LIKE lower({p}) ESCAPE '\' OR lower(a.name) COLLATE ""C"" LIKE lower({p}) ESCAPE '\')",
        p => $"a.groups IS NOT NULL AND a.groups::jsonb @> jsonb_build_array({p}::text)",
        @" COLLATE ""C""");

    /// <inheritdoc />
    public Task<AgentPage> SearchAgentsAsync(CaseVersionRef version, AgentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        AgentQueries.Validate(query);
        return Read(cancellationToken, async (connection, transaction) =>
        {
            var (caseId, v) = await Resolve(connection, transaction, version, cancellationToken).ConfigureAwait(false);
            await using var count = new NpgsqlCommand(null, connection, transaction);
            await using var page = new NpgsqlCommand(null, connection, transaction);
            AgentSearchSql.Prepare(count, page, query, SearchDialect, caseId, v.Info.Version);
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            await using var reader = await page.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var agents = new List<Agent>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
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
                $"""
                SELECT s.id, d.id, {StoredRows.TransactionColumns}
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
                    transactions.Add(StoredRows.Transaction(reader, 2, reader.GetString(0), reader.GetString(1)));
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
                groups.Add(await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? StoredRows.Group(reader, 0) : new Group(groupId));
            }

            return new AgentDetail(agent, names, transactions, groups);
        });
    }

    internal static async Task<(int AgentNo, Agent Agent)?> FindAgent(NpgsqlConnection connection, NpgsqlTransaction transaction, long caseId, int version, string agentId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT a.agent_no, a.ord, {StoredRows.AgentColumns} FROM agents a WHERE a.case_id = @c AND a.id = @id AND a.valid_from <= @v AND a.valid_to > @v", connection, transaction);
        command.Parameters.AddWithValue("c", caseId);
        command.Parameters.AddWithValue("v", version);
        command.Parameters.AddWithValue("id", agentId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (reader.GetInt32(0), StoredRows.Agent(reader, 2)) : null;
    }
}
