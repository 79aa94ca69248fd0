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
                foreach (var table in new[] { "agents", "transactions", "groups" })
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
            InsertAgents(connection, transaction, state.Id, version, plan.Agents, ref ord, cancellationToken);
            InsertTransactions(connection, transaction, state.Id, version, plan.Transactions, ref ord, cancellationToken);
            InsertGroups(connection, transaction, state.Id, version, plan.Groups, ref ord);

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
                                  imported_rows, content_hash, note, first_ticks, first_offset, last_ticks, last_offset, sensitive)
            VALUES ($c, $v, $op, $by, $at, $files, $agents, $transactions, $groups, $rows, $hash, $note, $ft, $fo, $lt, $lo, $sensitive);
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

    internal static void InsertAgents(SqliteConnection connection, SqliteTransaction transaction, long caseId, int version, IReadOnlyList<PlannedAgent> agents, ref long ord, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO agents (case_id, ord, valid_from, valid_to, agent_no, id, kind, name, sphere, country, functions, sensitivity, groups, attributes)
            VALUES ($c, $ord, $v, {Live}, $no, $id, $kind, $name, $sphere, $country, $functions, $sensitivity, $groups, $attributes)
            """;
        var c = Add(command, "$c", SqliteType.Integer);
        var pOrd = Add(command, "$ord", SqliteType.Integer);
        var v = Add(command, "$v", SqliteType.Integer);
        var no = Add(command, "$no", SqliteType.Integer);
        var id = Add(command, "$id", SqliteType.Text);
        var kind = Add(command, "$kind", SqliteType.Integer);
        var name = Add(command, "$name", SqliteType.Text);
        var sphere = Add(command, "$sphere", SqliteType.Integer);
        var country = Add(command, "$country", SqliteType.Text);
        var functions = Add(command, "$functions", SqliteType.Integer);
        var sensitivity = Add(command, "$sensitivity", SqliteType.Integer);
        var groups = Add(command, "$groups", SqliteType.Text);
        var attributes = Add(command, "$attributes", SqliteType.Text);
        command.Prepare();
        c.Value = caseId;
        v.Value = version;
        for (var i = 0; i < agents.Count; i++)
        {
            if ((i & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (number, agent) = agents[i];
            pOrd.Value = ord++;
            no.Value = number;
            id.Value = agent.Id;
            kind.Value = (int)agent.Kind;
            name.Value = (object?)agent.Name ?? DBNull.Value;
            sphere.Value = (int)agent.Sphere;
            country.Value = (object?)agent.Country ?? DBNull.Value;
            functions.Value = (int)agent.Functions.Mask;
            sensitivity.Value = (int)agent.Sensitivity;
            groups.Value = (object?)StoredValues.ListToJson(agent.Groups) ?? DBNull.Value;
            attributes.Value = (object?)StoredValues.MapToJson(agent.Attributes) ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }

    private static void InsertTransactions(SqliteConnection connection, SqliteTransaction transaction, long caseId, int version, IReadOnlyList<PlannedTransaction> transactions, ref long ord, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO transactions (case_id, ord, valid_from, valid_to, src_no, dst_no, kind, tx_id, time_ticks, time_offset,
                                      amount, amount_f, currency, country, route, persons, weight, attributes)
            VALUES ($c, $ord, $v, {Live}, $src, $dst, $kind, $id, $ticks, $offset, $amount, $amountF, $currency, $country, $route, $persons, $weight, $attributes)
            """;
        var c = Add(command, "$c", SqliteType.Integer);
        var pOrd = Add(command, "$ord", SqliteType.Integer);
        var v = Add(command, "$v", SqliteType.Integer);
        var src = Add(command, "$src", SqliteType.Integer);
        var dst = Add(command, "$dst", SqliteType.Integer);
        var kind = Add(command, "$kind", SqliteType.Integer);
        var id = Add(command, "$id", SqliteType.Text);
        var ticks = Add(command, "$ticks", SqliteType.Integer);
        var offset = Add(command, "$offset", SqliteType.Integer);
        var amount = Add(command, "$amount", SqliteType.Text);
        var amountF = Add(command, "$amountF", SqliteType.Real);
        var currency = Add(command, "$currency", SqliteType.Text);
        var country = Add(command, "$country", SqliteType.Text);
        var route = Add(command, "$route", SqliteType.Text);
        var persons = Add(command, "$persons", SqliteType.Integer);
        var weight = Add(command, "$weight", SqliteType.Real);
        var attributes = Add(command, "$attributes", SqliteType.Text);
        command.Prepare();
        c.Value = caseId;
        v.Value = version;
        for (var i = 0; i < transactions.Count; i++)
        {
            if ((i & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (source, target, tx) = transactions[i];
            pOrd.Value = ord++;
            src.Value = source;
            dst.Value = target;
            kind.Value = (int)tx.Kind;
            id.Value = (object?)tx.Id ?? DBNull.Value;
            if (tx.Time is { } time)
            {
                ticks.Value = time.UtcTicks;
                offset.Value = StoredValues.OffsetMinutes(time);
            }
            else
            {
                ticks.Value = DBNull.Value;
                offset.Value = DBNull.Value;
            }

            if (tx.Amount is { } value)
            {
                amount.Value = StoredValues.AmountText(value);
                amountF.Value = (double)value;
            }
            else
            {
                amount.Value = DBNull.Value;
                amountF.Value = DBNull.Value;
            }

            currency.Value = (object?)tx.Currency ?? DBNull.Value;
            country.Value = (object?)tx.Country ?? DBNull.Value;
            route.Value = (object?)StoredValues.ListToJson(tx.Route) ?? DBNull.Value;
            persons.Value = (object?)tx.Persons ?? DBNull.Value;
            weight.Value = tx.Weight;
            attributes.Value = (object?)StoredValues.MapToJson(tx.Attributes) ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }

    private static void InsertGroups(SqliteConnection connection, SqliteTransaction transaction, long caseId, int version, IReadOnlyList<Group> groups, ref long ord)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO groups (case_id, ord, valid_from, valid_to, id, name, type, attributes)
            VALUES ($c, $ord, $v, {Live}, $id, $name, $type, $attributes)
            """;
        var c = Add(command, "$c", SqliteType.Integer);
        var pOrd = Add(command, "$ord", SqliteType.Integer);
        var v = Add(command, "$v", SqliteType.Integer);
        var id = Add(command, "$id", SqliteType.Text);
        var name = Add(command, "$name", SqliteType.Text);
        var type = Add(command, "$type", SqliteType.Integer);
        var attributes = Add(command, "$attributes", SqliteType.Text);
        command.Prepare();
        c.Value = caseId;
        v.Value = version;
        foreach (var group in groups)
        {
            pOrd.Value = ord++;
            id.Value = group.Id;
            name.Value = (object?)group.Name ?? DBNull.Value;
            type.Value = group.Type is { } t ? (int)t : DBNull.Value;
            attributes.Value = (object?)StoredValues.MapToJson(group.Attributes) ?? DBNull.Value;
            command.ExecuteNonQuery();
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


    private static SqliteParameter Add(SqliteCommand command, string name, SqliteType type) =>
        command.Parameters.Add(name, type);
}
