using System.Text.Json;
using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Storage.Sqlite;

/// <content>Agent merges: a new version in which the merged agents' rows are retired and their transactions re-pointed.</content>
public sealed partial class SqliteCaseStore
{
    /// <inheritdoc />
    public Task<CaseVersionInfo> MergeAgentsAsync(string caseName, AgentMerge merge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseName);
        ArgumentNullException.ThrowIfNull(merge);
        return Run(cancellationToken, connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var state = CaseState.Load(connection, transaction, caseName);
            if (state.Latest == 0)
            {
                throw new CaseNotFoundException($"case '{caseName}' has no version yet: import data into it first");
            }

            var latest = ReadNetwork(connection, transaction, state.Id, state.Latest, withTransactions: false, cancellationToken);
            var kept = VersionPlanner.PlanMerge(latest, merge);
            var version = state.Latest + 1;
            var numbers = new List<int>();
            long keptOrd = 0;
            var keptNo = 0;
            foreach (var id in merge.MergedIds.Prepend(merge.KeepId))
            {
                using var find = Query(connection, transaction, state.Id, state.Latest, $"SELECT agent_no, ord FROM agents WHERE {ValidIn} AND id = $id");
                find.Parameters.AddWithValue("$id", id);
                using var reader = find.ExecuteReader();
                reader.Read();
                if (id == merge.KeepId)
                {
                    keptNo = reader.GetInt32(0);
                    keptOrd = reader.GetInt64(1);
                }
                else
                {
                    numbers.Add(reader.GetInt32(0));
                }
            }

            var merged = JsonSerializer.Serialize(numbers.ToArray(), SqliteJson.Default.Int32Array);
            var all = JsonSerializer.Serialize(numbers.Append(keptNo).ToArray(), SqliteJson.Default.Int32Array);
            using (var command = Query(connection, transaction, state.Id, version, $"""
                UPDATE agents SET valid_to = $v WHERE case_id = $c AND valid_to = {Live} AND agent_no IN (SELECT value FROM json_each($all));
                INSERT INTO transactions (case_id, ord, valid_from, valid_to, src_no, dst_no, kind, tx_id, time_ticks, time_offset,
                                          amount, amount_f, currency, country, route, persons, weight, attributes)
                SELECT case_id, ord, $v, {Live},
                       CASE WHEN src_no IN (SELECT value FROM json_each($merged)) THEN $keep ELSE src_no END,
                       CASE WHEN dst_no IN (SELECT value FROM json_each($merged)) THEN $keep ELSE dst_no END,
                       kind, tx_id, time_ticks, time_offset, amount, amount_f, currency, country, route, persons, weight, attributes
                FROM transactions
                WHERE case_id = $c AND valid_to = {Live}
                  AND (src_no IN (SELECT value FROM json_each($merged)) OR dst_no IN (SELECT value FROM json_each($merged)));
                UPDATE transactions SET valid_to = $v
                WHERE case_id = $c AND valid_to = {Live} AND valid_from < $v
                  AND (src_no IN (SELECT value FROM json_each($merged)) OR dst_no IN (SELECT value FROM json_each($merged)));
                INSERT INTO ties (case_id, ord, valid_from, valid_to, src_no, dst_no, kind, tie_id, start_ticks, start_offset, end_ticks, end_offset, attributes)
                SELECT case_id, ord, $v, {Live},
                       CASE WHEN src_no IN (SELECT value FROM json_each($merged)) THEN $keep ELSE src_no END,
                       CASE WHEN dst_no IN (SELECT value FROM json_each($merged)) THEN $keep ELSE dst_no END,
                       kind, tie_id, start_ticks, start_offset, end_ticks, end_offset, attributes
                FROM ties
                WHERE case_id = $c AND valid_to = {Live}
                  AND (src_no IN (SELECT value FROM json_each($merged)) OR dst_no IN (SELECT value FROM json_each($merged)));
                UPDATE ties SET valid_to = $v
                WHERE case_id = $c AND valid_to = {Live} AND valid_from < $v
                  AND (src_no IN (SELECT value FROM json_each($merged)) OR dst_no IN (SELECT value FROM json_each($merged)));
                """))
            {
                command.Parameters.AddWithValue("$all", all);
                command.Parameters.AddWithValue("$merged", merged);
                command.Parameters.AddWithValue("$keep", keptNo);
                command.ExecuteNonQuery();
            }

            var ord = keptOrd;
            InsertAgents(connection, state.Id, version, [new PlannedAgent(keptNo, kept)], ref ord, cancellationToken);
            foreach (var id in merge.MergedIds)
            {
                using var alias = Query(connection, transaction, state.Id, version, "INSERT INTO aliases (case_id, alias_id, agent_no, version) VALUES ($c, $id, $keep, $v)");
                alias.Parameters.AddWithValue("$id", id);
                alias.Parameters.AddWithValue("$keep", keptNo);
                alias.ExecuteNonQuery();
            }

            var previous = ReadVersions(connection, transaction, new CaseInfo(state.Id, caseName, string.Empty, string.Empty, string.Empty, default, state.Latest), state.Latest).Single();
            var info = CaseVersions.ForMerge(caseName, version, merge, previous.Info);
            WriteVersion(connection, transaction, state.Id, info, previous.Summary.FirstTime, previous.Summary.LastTime, CountSensitive(connection, transaction, state.Id, version), state.NextAgentNo, state.NextOrd);
            transaction.Commit();
            return info;
        });
    }
}
