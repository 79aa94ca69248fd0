using Npgsql;
using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Storage.Postgres;

/// <content>Agent merges: a new version in which the merged agents' rows are retired and their transactions re-pointed.</content>
public sealed partial class PostgresCaseStore
{
    /// <inheritdoc />
    public Task<CaseVersionInfo> MergeAgentsAsync(string caseName, AgentMerge merge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseName);
        ArgumentNullException.ThrowIfNull(merge);
        return Run(cancellationToken, async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var state = await CaseCounters.LockAsync(connection, transaction, caseName, cancellationToken).ConfigureAwait(false);
            if (state.Latest == 0)
            {
                throw new CaseNotFoundException($"case '{caseName}' has no version yet: import data into it first");
            }

            var latest = ReadNetwork(connection, state.Id, state.Latest, false, cancellationToken);
            var kept = VersionPlanner.PlanMerge(latest, merge);
            var version = state.Latest + 1;
            var merged = new List<int>();
            var keptRow = await FindAgentRow(connection, transaction, state.Id, state.Latest, merge.KeepId, cancellationToken).ConfigureAwait(false);
            foreach (var id in merge.MergedIds)
            {
                merged.Add((await FindAgentRow(connection, transaction, state.Id, state.Latest, id, cancellationToken).ConfigureAwait(false)).AgentNo);
            }

            await using (var command = new NpgsqlCommand(
                $"""
                UPDATE agents SET valid_to = @v WHERE case_id = @c AND valid_to = {Live} AND (agent_no = ANY(@merged) OR agent_no = @keep);
                INSERT INTO transactions (case_id, ord, valid_from, valid_to, src_no, dst_no, kind, tx_id, time_ticks, time_offset,
                                          amount, amount_f, currency, country, route, persons, weight, attributes)
                SELECT case_id, ord, @v, {Live},
                       CASE WHEN src_no = ANY(@merged) THEN @keep ELSE src_no END,
                       CASE WHEN dst_no = ANY(@merged) THEN @keep ELSE dst_no END,
                       kind, tx_id, time_ticks, time_offset, amount, amount_f, currency, country, route, persons, weight, attributes
                FROM transactions
                WHERE case_id = @c AND valid_to = {Live} AND (src_no = ANY(@merged) OR dst_no = ANY(@merged));
                UPDATE transactions SET valid_to = @v
                WHERE case_id = @c AND valid_to = {Live} AND valid_from < @v AND (src_no = ANY(@merged) OR dst_no = ANY(@merged));
                INSERT INTO ties (case_id, ord, valid_from, valid_to, src_no, dst_no, kind, tie_id, start_ticks, start_offset, end_ticks, end_offset, attributes)
                SELECT case_id, ord, @v, {Live},
                       CASE WHEN src_no = ANY(@merged) THEN @keep ELSE src_no END,
                       CASE WHEN dst_no = ANY(@merged) THEN @keep ELSE dst_no END,
                       kind, tie_id, start_ticks, start_offset, end_ticks, end_offset, attributes
                FROM ties
                WHERE case_id = @c AND valid_to = {Live} AND (src_no = ANY(@merged) OR dst_no = ANY(@merged));
                UPDATE ties SET valid_to = @v
                WHERE case_id = @c AND valid_to = {Live} AND valid_from < @v AND (src_no = ANY(@merged) OR dst_no = ANY(@merged));
                INSERT INTO aliases (case_id, alias_id, agent_no, version) SELECT @c, unnest(@aliases), @keep, @v;
                """,
                connection,
                transaction))
            {
                command.Parameters.AddWithValue("c", state.Id);
                command.Parameters.AddWithValue("v", version);
                command.Parameters.AddWithValue("merged", merged.ToArray());
                command.Parameters.AddWithValue("keep", keptRow.AgentNo);
                command.Parameters.AddWithValue("aliases", merge.MergedIds.ToArray());
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await CopyAgents(connection, state.Id, version, [new PlannedAgent(keptRow.AgentNo, kept)], keptRow.Ord, cancellationToken).ConfigureAwait(false);
            var found = new CaseInfo(state.Id, caseName, string.Empty, string.Empty, string.Empty, default, state.Latest);
            var previous = (await ReadVersions(connection, transaction, found, state.Latest, cancellationToken).ConfigureAwait(false)).Single();
            var info = CaseVersions.ForMerge(caseName, version, merge, previous.Info);
            await WriteVersion(connection, transaction, state.Id, info, previous.Summary.FirstTime, previous.Summary.LastTime, state.NextAgentNo, state.NextOrd, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return info;
        });
    }

    private static async Task<(int AgentNo, long Ord)> FindAgentRow(NpgsqlConnection connection, NpgsqlTransaction transaction, long caseId, int version, string id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT agent_no, ord FROM agents WHERE case_id = @c AND valid_from <= @v AND valid_to > @v AND id = @id", connection, transaction);
        command.Parameters.AddWithValue("c", caseId);
        command.Parameters.AddWithValue("v", version);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetInt32(0), reader.GetInt64(1));
    }
}
