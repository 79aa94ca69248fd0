using Npgsql;
using NpgsqlTypes;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Storage.Postgres;

/// <content>Imports: one transaction per version, rows streamed in with binary COPY.</content>
public sealed partial class PostgresCaseStore
{
    /// <inheritdoc />
    public Task<CaseVersionInfo> ImportAsync(string caseName, TransactionNetwork network, ImportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseName);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(request);
        return Run(cancellationToken, async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            // The case row lock serialises writers to one case; other cases and readers are not blocked.
            var state = await CaseCounters.LockAsync(connection, transaction, caseName, cancellationToken).ConfigureAwait(false);
            var append = request.Mode == ImportMode.Append && state.Latest > 0;
            var latest = append ? ReadNetwork(connection, state.Id, state.Latest, true, cancellationToken) : null;
            var aliases = append ? await ReadAliases(connection, transaction, state.Id, state.Latest, cancellationToken).ConfigureAwait(false) : new Dictionary<string, string>();
            var numbers = await ReadAgentNumbers(connection, transaction, state.Id, cancellationToken).ConfigureAwait(false);
            var plan = VersionPlanner.PlanImport(network, request.Mode, latest, numbers, aliases, state.NextAgentNo);
            var version = state.Latest + 1;
            if (plan.RetireLive)
            {
                await using var retire = new NpgsqlCommand(
                    $"""
                    UPDATE agents SET valid_to = @v WHERE case_id = @c AND valid_to = {Live};
                    UPDATE transactions SET valid_to = @v WHERE case_id = @c AND valid_to = {Live};
                    UPDATE groups SET valid_to = @v WHERE case_id = @c AND valid_to = {Live};
                    UPDATE ties SET valid_to = @v WHERE case_id = @c AND valid_to = {Live};
                    """,
                    connection,
                    transaction);
                retire.Parameters.AddWithValue("v", version);
                retire.Parameters.AddWithValue("c", state.Id);
                await retire.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var ord = state.NextOrd;
            ord = await CopyAgents(connection, state.Id, version, plan.Agents, ord, cancellationToken).ConfigureAwait(false);
            ord = await CopyTransactions(connection, state.Id, version, plan.Transactions, ord, cancellationToken).ConfigureAwait(false);
            ord = await CopyGroups(connection, state.Id, version, plan.Groups, ord, cancellationToken).ConfigureAwait(false);
            ord = await CopyTies(connection, state.Id, version, plan.Ties, ord, cancellationToken).ConfigureAwait(false);

            var (first, last) = CaseVersions.TimeSpan(network, latest, plan);
            var info = CaseVersions.ForImport(caseName, version, request, plan, network);
            await WriteVersion(connection, transaction, state.Id, info, first, last, plan.NextAgentNumber, ord, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return info;
        });
    }

    internal static async Task WriteVersion(NpgsqlConnection connection, NpgsqlTransaction transaction, long caseId, CaseVersionInfo info, DateTimeOffset? first, DateTimeOffset? last, int nextAgentNo, long nextOrd, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO versions (case_id, version, operation, created_by, created_at, source_files, agents, transactions, groups_count,
                                  imported_rows, content_hash, note, first_ticks, first_offset, last_ticks, last_offset, sensitive, ties)
            VALUES (@c, @v, @op, @by, @at, @files, @agents, @transactions, @groups, @rows, @hash, @note, @ft, @fo, @lt, @lo,
                    (SELECT count(*) FROM agents WHERE case_id = @c AND valid_from <= @v AND valid_to > @v AND sensitivity <> 0), @ties);
            UPDATE cases SET latest_version = @v, next_agent_no = @nextAgent, next_ord = @nextOrd WHERE id = @c;
            """,
            connection,
            transaction);
        var p = command.Parameters;
        p.AddWithValue("c", caseId);
        p.AddWithValue("v", info.Version);
        p.AddWithValue("op", info.Operation);
        p.AddWithValue("by", info.CreatedBy ?? string.Empty);
        p.AddWithValue("at", info.CreatedAt.UtcTicks);
        p.AddWithValue("files", info.SourceFiles.ToArray());
        p.AddWithValue("agents", info.Agents);
        p.AddWithValue("transactions", info.Transactions);
        p.AddWithValue("groups", info.Groups);
        p.AddWithValue("rows", info.ImportedRows);
        p.AddWithValue("hash", info.ContentHash);
        p.AddWithValue("note", info.Note);
        p.Add(new NpgsqlParameter<long?>("ft", NpgsqlDbType.Bigint) { TypedValue = first?.UtcTicks });
        p.Add(new NpgsqlParameter<int?>("fo", NpgsqlDbType.Integer) { TypedValue = first is { } f ? StoredValues.OffsetMinutes(f) : null });
        p.Add(new NpgsqlParameter<long?>("lt", NpgsqlDbType.Bigint) { TypedValue = last?.UtcTicks });
        p.Add(new NpgsqlParameter<int?>("lo", NpgsqlDbType.Integer) { TypedValue = last is { } l ? StoredValues.OffsetMinutes(l) : null });
        p.AddWithValue("ties", info.Ties);
        p.AddWithValue("nextAgent", nextAgentNo);
        p.AddWithValue("nextOrd", nextOrd);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<long> CopyAgents(NpgsqlConnection connection, long caseId, int version, IReadOnlyList<PlannedAgent> agents, long ord, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY agents (case_id, ord, valid_from, valid_to, agent_no, id, kind, name, sphere, country, functions, sensitivity, groups, attributes) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false);
        foreach (var (number, agent) in agents)
        {
            StartRow(writer, caseId, ord++, version, cancellationToken);
            writer.Write(number, NpgsqlDbType.Integer);
            writer.Write(agent.Id, NpgsqlDbType.Text);
            writer.Write((short)agent.Kind, NpgsqlDbType.Smallint);
            WriteText(writer, agent.Name);
            writer.Write((short)agent.Sphere, NpgsqlDbType.Smallint);
            WriteText(writer, agent.Country);
            writer.Write((int)agent.Functions.Mask, NpgsqlDbType.Integer);
            writer.Write((short)agent.Sensitivity, NpgsqlDbType.Smallint);
            WriteText(writer, StoredValues.ListToJson(agent.Groups));
            WriteText(writer, StoredValues.MapToJson(agent.Attributes));
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return ord;
    }

    private static async Task<long> CopyTransactions(NpgsqlConnection connection, long caseId, int version, IReadOnlyList<PlannedTransaction> transactions, long ord, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            """
            COPY transactions (case_id, ord, valid_from, valid_to, src_no, dst_no, kind, tx_id, time_ticks, time_offset,
                               amount, amount_f, currency, country, route, persons, weight, attributes) FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken).ConfigureAwait(false);
        foreach (var (source, target, tx) in transactions)
        {
            StartRow(writer, caseId, ord++, version, cancellationToken);
            writer.Write(source, NpgsqlDbType.Integer);
            writer.Write(target, NpgsqlDbType.Integer);
            writer.Write((short)tx.Kind, NpgsqlDbType.Smallint);
            WriteText(writer, tx.Id);
            WriteTime(writer, tx.Time);

            if (tx.Amount is { } amount)
            {
                writer.Write(amount, NpgsqlDbType.Numeric);
                writer.Write((double)amount, NpgsqlDbType.Double);
            }
            else
            {
                writer.WriteNull();
                writer.WriteNull();
            }

            WriteText(writer, tx.Currency);
            WriteText(writer, tx.Country);
            WriteText(writer, StoredValues.ListToJson(tx.Route));
            if (tx.Persons is { } persons)
            {
                writer.Write(persons, NpgsqlDbType.Integer);
            }
            else
            {
                writer.WriteNull();
            }

            writer.Write(tx.Weight, NpgsqlDbType.Double);
            WriteText(writer, StoredValues.MapToJson(tx.Attributes));
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return ord;
    }

    private static async Task<long> CopyGroups(NpgsqlConnection connection, long caseId, int version, IReadOnlyList<Group> groups, long ord, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY groups (case_id, ord, valid_from, valid_to, id, name, type, attributes) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var group in groups)
        {
            StartRow(writer, caseId, ord++, version, cancellationToken);
            writer.Write(group.Id, NpgsqlDbType.Text);
            WriteText(writer, group.Name);
            if (group.Type is { } type)
            {
                writer.Write((short)type, NpgsqlDbType.Smallint);
            }
            else
            {
                writer.WriteNull();
            }

            WriteText(writer, StoredValues.MapToJson(group.Attributes));
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return ord;
    }

    private static async Task<long> CopyTies(NpgsqlConnection connection, long caseId, int version, IReadOnlyList<PlannedTie> ties, long ord, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY ties (case_id, ord, valid_from, valid_to, src_no, dst_no, kind, tie_id, start_ticks, start_offset, end_ticks, end_offset, attributes) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false);
        foreach (var (source, target, tie) in ties)
        {
            StartRow(writer, caseId, ord++, version, cancellationToken);
            writer.Write(source, NpgsqlDbType.Integer);
            writer.Write(target, NpgsqlDbType.Integer);
            writer.Write((short)tie.Kind, NpgsqlDbType.Smallint);
            WriteText(writer, tie.Id);
            WriteTime(writer, tie.Start);
            WriteTime(writer, tie.End);
            WriteText(writer, StoredValues.MapToJson(tie.Attributes));
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return ord;
    }

    private static void WriteTime(NpgsqlBinaryImporter writer, DateTimeOffset? time)
    {
        if (time is { } t)
        {
            writer.Write(t.UtcTicks, NpgsqlDbType.Bigint);
            writer.Write(StoredValues.OffsetMinutes(t), NpgsqlDbType.Integer);
        }
        else
        {
            writer.WriteNull();
            writer.WriteNull();
        }
    }

    // Rows are written with the synchronous calls: they only fill Npgsql's buffer (flushing when full), and
    // an await per field costs more than the field itself on millions of rows.
    private static void WriteText(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, NpgsqlDbType.Text);
        }
    }

    // Every versioned row starts with its key and validity: live from this version on.
    private static void StartRow(NpgsqlBinaryImporter writer, long caseId, long ord, int version, CancellationToken cancellationToken)
    {
        if ((++_rowsStarted & 0x3FFF) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        writer.StartRow();
        writer.Write(caseId, NpgsqlDbType.Bigint);
        writer.Write(ord, NpgsqlDbType.Bigint);
        writer.Write(version, NpgsqlDbType.Integer);
        writer.Write(Live, NpgsqlDbType.Integer);
    }

    [ThreadStatic]
    private static int _rowsStarted;

    private static async Task<Dictionary<string, int>> ReadAgentNumbers(NpgsqlConnection connection, NpgsqlTransaction transaction, long caseId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT DISTINCT id, agent_no FROM agents WHERE case_id = @c", connection, transaction);
        command.Parameters.AddWithValue("c", caseId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            numbers[reader.GetString(0)] = reader.GetInt32(1);
        }

        return numbers;
    }
}
