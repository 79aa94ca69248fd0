using System.Text.Json;
using Microsoft.Data.Sqlite;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Storage.Sqlite;

/// <content>Imports: one write transaction per version (all or nothing), prepared inserts.</content>
public sealed partial class SqliteCaseStore
{
    /// <inheritdoc />
    public Task<CaseVersionInfo> ImportAsync(string caseName, TransactionNetwork network, ImportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseName);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(request);
        return Run(cancellationToken, connection =>
        {
            // A large page cache keeps the index b-trees (random agent numbers) in memory during a bulk insert;
            // it is given back when the import ends, since the connection returns to the pool.
            Execute(connection, null, "PRAGMA cache_size=-262144");
            try
            {
                return Import(connection, caseName, network, request, cancellationToken);
            }
            finally
            {
                Execute(connection, null, "PRAGMA cache_size=-2000");
            }
        });
    }

    private static CaseVersionInfo Import(SqliteConnection connection, string caseName, TransactionNetwork network, ImportRequest request, CancellationToken cancellationToken)
    {
        {
            // BEGIN IMMEDIATE takes the write lock now, so concurrent imports queue here instead of failing later.
            using var transaction = connection.BeginTransaction(deferred: false);
            var state = CaseState.Load(connection, transaction, caseName);
            var append = request.Mode == ImportMode.Append && state.Latest > 0;
            var latest = append ? ReadNetwork(connection, transaction, state.Id, state.Latest, withTransactions: true, cancellationToken) : null;
            var aliases = append ? ReadAliases(connection, transaction, state.Id, state.Latest) : new Dictionary<string, string>();
            var plan = VersionPlanner.PlanImport(network, request.Mode, latest, ReadAgentNumbers(connection, transaction, state.Id), aliases, state.NextAgentNo);
            var version = state.Latest + 1;
            if (plan.RetireLive)
            {
                foreach (var table in new[] { "agents", "transactions", "groups", "ties" })
                {
                    using var retire = connection.CreateCommand();
                    retire.Transaction = transaction;
                    retire.CommandText = $"UPDATE {table} SET valid_to = $v WHERE case_id = $c AND valid_to = {Live}";
                    retire.Parameters.AddWithValue("$v", version);
                    retire.Parameters.AddWithValue("$c", state.Id);
                    retire.ExecuteNonQuery();
                }
            }

            var ord = state.NextOrd;
            InsertAgents(connection, state.Id, version, plan.Agents, ref ord, cancellationToken);
            InsertTransactions(connection, state.Id, version, plan.Transactions, ref ord, cancellationToken);
            InsertGroups(connection, state.Id, version, plan.Groups, ref ord);
            InsertTies(connection, state.Id, version, plan.Ties, ref ord, cancellationToken);

            var (first, last) = CaseVersions.TimeSpan(network, latest, plan);
            var sensitive = CountSensitive(connection, transaction, state.Id, version);
            var info = CaseVersions.ForImport(caseName, version, request, plan, network);
            WriteVersion(connection, transaction, state.Id, info, first, last, sensitive, plan.NextAgentNumber, ord);
            cancellationToken.ThrowIfCancellationRequested();
            transaction.Commit();
            return info;
        }
    }

    internal static void WriteVersion(SqliteConnection connection, SqliteTransaction transaction, long caseId, CaseVersionInfo info, DateTimeOffset? first, DateTimeOffset? last, int sensitive, int nextAgentNo, long nextOrd)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO versions (case_id, version, operation, created_by, created_at, source_files, agents, transactions, groups_count,
                                  imported_rows, content_hash, note, first_ticks, first_offset, last_ticks, last_offset, sensitive, ties)
            VALUES ($c, $v, $op, $by, $at, $files, $agents, $transactions, $groups, $rows, $hash, $note, $ft, $fo, $lt, $lo, $sensitive, $ties);
            UPDATE cases SET latest_version = $v, next_agent_no = $nextAgent, next_ord = $nextOrd WHERE id = $c;
            """;
        var p = command.Parameters;
        p.AddWithValue("$c", caseId);
        p.AddWithValue("$v", info.Version);
        p.AddWithValue("$op", info.Operation);
        p.AddWithValue("$by", info.CreatedBy ?? string.Empty);
        p.AddWithValue("$at", info.CreatedAt.UtcTicks);
        p.AddWithValue("$files", JsonSerializer.Serialize(info.SourceFiles.ToArray(), SqliteJson.Default.StringArray));
        p.AddWithValue("$agents", info.Agents);
        p.AddWithValue("$transactions", info.Transactions);
        p.AddWithValue("$groups", info.Groups);
        p.AddWithValue("$rows", info.ImportedRows);
        p.AddWithValue("$hash", info.ContentHash);
        p.AddWithValue("$note", info.Note);
        p.AddWithValue("$ft", first is { } f ? f.UtcTicks : DBNull.Value);
        p.AddWithValue("$fo", first is { } f2 ? StoredValues.OffsetMinutes(f2) : DBNull.Value);
        p.AddWithValue("$lt", last is { } l ? l.UtcTicks : DBNull.Value);
        p.AddWithValue("$lo", last is { } l2 ? StoredValues.OffsetMinutes(l2) : DBNull.Value);
        p.AddWithValue("$sensitive", sensitive);
        p.AddWithValue("$ties", info.Ties);
        p.AddWithValue("$nextAgent", nextAgentNo);
        p.AddWithValue("$nextOrd", nextOrd);
        command.ExecuteNonQuery();
    }

    internal static int CountSensitive(SqliteConnection connection, SqliteTransaction transaction, long caseId, int version)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM agents WHERE case_id = $c AND valid_from <= $v AND valid_to > $v AND sensitivity <> 0";
        command.Parameters.AddWithValue("$c", caseId);
        command.Parameters.AddWithValue("$v", version);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static void InsertAgents(SqliteConnection connection, long caseId, int version, IReadOnlyList<PlannedAgent> agents, ref long ord, CancellationToken cancellationToken)
    {
        using var insert = new SqliteBulkInsert(connection, "agents", "case_id, ord, valid_from, valid_to, agent_no, id, kind, name, sphere, country, functions, sensitivity, groups, attributes");
        for (var i = 0; i < agents.Count; i++)
        {
            Checkpoint(i, cancellationToken);
            var (number, agent) = agents[i];
            Key(insert, caseId, ord++, version);
            insert.Int(number);
            insert.Text(agent.Id);
            insert.Int((int)agent.Kind);
            insert.Text(agent.Name);
            insert.Int((int)agent.Sphere);
            insert.Text(agent.Country);
            insert.Int((int)agent.Functions.Mask);
            insert.Int((int)agent.Sensitivity);
            insert.Text(StoredValues.ListToJson(agent.Groups));
            insert.Text(StoredValues.MapToJson(agent.Attributes));
            insert.EndRow();
        }

        insert.Flush();
    }

    private static void InsertTransactions(SqliteConnection connection, long caseId, int version, IReadOnlyList<PlannedTransaction> transactions, ref long ord, CancellationToken cancellationToken)
    {
        using var insert = new SqliteBulkInsert(connection, "transactions", """
            case_id, ord, valid_from, valid_to, src_no, dst_no, kind, tx_id, time_ticks, time_offset,
            amount, amount_f, currency, country, route, persons, weight, attributes
            """);
        for (var i = 0; i < transactions.Count; i++)
        {
            Checkpoint(i, cancellationToken);
            var (source, target, tx) = transactions[i];
            Key(insert, caseId, ord++, version);
            insert.Int(source);
            insert.Int(target);
            insert.Int((int)tx.Kind);
            insert.Text(tx.Id);
            Time(insert, tx.Time);
            if (tx.Amount is { } amount)
            {
                insert.Text(StoredValues.AmountText(amount));
                insert.Real((double)amount);
            }
            else
            {
                insert.Null();
                insert.Null();
            }

            insert.Text(tx.Currency);
            insert.Text(tx.Country);
            insert.Text(StoredValues.ListToJson(tx.Route));
            insert.Int(tx.Persons);
            insert.Real(tx.Weight);
            insert.Text(StoredValues.MapToJson(tx.Attributes));
            insert.EndRow();
        }

        insert.Flush();
    }

    private static void InsertGroups(SqliteConnection connection, long caseId, int version, IReadOnlyList<Group> groups, ref long ord)
    {
        using var insert = new SqliteBulkInsert(connection, "groups", "case_id, ord, valid_from, valid_to, id, name, type, attributes");
        foreach (var group in groups)
        {
            Key(insert, caseId, ord++, version);
            insert.Text(group.Id);
            insert.Text(group.Name);
            insert.Int(group.Type is { } t ? (int)t : null);
            insert.Text(StoredValues.MapToJson(group.Attributes));
            insert.EndRow();
        }

        insert.Flush();
    }

    private static void InsertTies(SqliteConnection connection, long caseId, int version, IReadOnlyList<PlannedTie> ties, ref long ord, CancellationToken cancellationToken)
    {
        using var insert = new SqliteBulkInsert(connection, "ties", "case_id, ord, valid_from, valid_to, src_no, dst_no, kind, tie_id, start_ticks, start_offset, end_ticks, end_offset, attributes");
        for (var i = 0; i < ties.Count; i++)
        {
            Checkpoint(i, cancellationToken);
            var (source, target, tie) = ties[i];
            Key(insert, caseId, ord++, version);
            insert.Int(source);
            insert.Int(target);
            insert.Int((int)tie.Kind);
            insert.Text(tie.Id);
            Time(insert, tie.Start);
            Time(insert, tie.End);
            insert.Text(StoredValues.MapToJson(tie.Attributes));
            insert.EndRow();
        }

        insert.Flush();
    }

    // Every versioned row starts with its key and validity: live from this version on.
    private static void Key(SqliteBulkInsert insert, long caseId, long ord, int version)
    {
        insert.Int(caseId);
        insert.Int(ord);
        insert.Int(version);
        insert.Int(Live);
    }

    private static void Time(SqliteBulkInsert insert, DateTimeOffset? time)
    {
        if (time is { } t)
        {
            insert.Int(t.UtcTicks);
            insert.Int(StoredValues.OffsetMinutes(t));
        }
        else
        {
            insert.Null();
            insert.Null();
        }
    }

    private static void Checkpoint(int row, CancellationToken cancellationToken)
    {
        if ((row & 0x3FFF) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static Dictionary<string, int> ReadAgentNumbers(SqliteConnection connection, SqliteTransaction transaction, long caseId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT DISTINCT id, agent_no FROM agents WHERE case_id = $c";
        command.Parameters.AddWithValue("$c", caseId);
        using var reader = command.ExecuteReader();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read())
        {
            numbers[reader.GetString(0)] = reader.GetInt32(1);
        }

        return numbers;
    }
}
