using System.Data;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Storage.Postgres;

/// <content>
/// Reads: each in one repeatable-read, read-only transaction (a snapshot of one committed state). Bulk
/// reads use binary COPY; COPY takes no parameters, so the only values placed in its text are the case id
/// and version number, integers this store read from the database itself.
/// </content>
public sealed partial class PostgresCaseStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<CaseVersionInfo>> ListVersionsAsync(string caseName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseName);
        return Read<IReadOnlyList<CaseVersionInfo>>(cancellationToken, async (connection, transaction) =>
        {
            var found = await FindCase(connection, transaction, caseName, false, cancellationToken).ConfigureAwait(false) ?? throw NoCase(caseName);
            return (await ReadVersions(connection, transaction, found, null, cancellationToken).ConfigureAwait(false)).Select(v => v.Info).ToList();
        });
    }

    /// <inheritdoc />
    public Task<TransactionNetwork> ReadNetworkAsync(CaseVersionRef version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Read(cancellationToken, async (connection, transaction) =>
        {
            var (caseId, v) = await Resolve(connection, transaction, version, cancellationToken).ConfigureAwait(false);
            return ReadNetwork(connection, caseId, v.Info.Version, true, cancellationToken);
        });
    }

    /// <inheritdoc />
    public Task<CaseSummary> SummarizeAsync(CaseVersionRef version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Read(cancellationToken, async (connection, transaction) =>
            (await Resolve(connection, transaction, version, cancellationToken).ConfigureAwait(false)).Version.Summary);
    }

    /// <inheritdoc />
    public Task<ProjectedGraph> ProjectAsync(CaseVersionRef version, ProjectionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(options);
        return Read(cancellationToken, async (connection, transaction) =>
        {
            var (caseId, v) = await Resolve(connection, transaction, version, cancellationToken).ConfigureAwait(false);
            var agentCount = v.Info.Agents;
            var builder = new ProjectionBuilder(options, agentCount, v.Info.Transactions);
            var ids = new string[agentCount];
            var sensitivities = new Sensitivity[agentCount];
            var positionOf = new int[Math.Max(1, v.AgentNumbers)];
            var where = ValidIn(caseId, v.Info.Version);
            using (var agents = connection.BeginBinaryExport($"COPY (SELECT agent_no, id, kind, sphere, sensitivity, {(builder.NeedsGroups ? "groups" : "NULL::text")} FROM agents WHERE {where} ORDER BY ord) TO STDOUT (FORMAT BINARY)"))
            {
                var a = 0;
                while (agents.StartRow() >= 0)
                {
                    positionOf[agents.Read<int>(NpgsqlDbType.Integer)] = a;
                    ids[a] = agents.Read<string>(NpgsqlDbType.Text);
                    var kind = (AgentKind)agents.Read<short>(NpgsqlDbType.Smallint);
                    var sphere = (Sphere)agents.Read<short>(NpgsqlDbType.Smallint);
                    sensitivities[a] = (Sensitivity)agents.Read<short>(NpgsqlDbType.Smallint);
                    var groups = NullableText(agents);
                    builder.SetAgent(a, kind, sphere, builder.NeedsGroups ? StoredValues.ListFromJson(groups) : null);
                    a++;
                }
            }

            using (var transactions = connection.BeginBinaryExport($"COPY (SELECT src_no, dst_no, kind, time_ticks, {(builder.NeedsAmounts ? "amount_f" : "NULL::float8")}, weight FROM transactions WHERE {where} ORDER BY ord) TO STDOUT (FORMAT BINARY)"))
            {
                var t = 0;
                while (transactions.StartRow() >= 0)
                {
                    if ((++t & 0xFFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    var source = positionOf[transactions.Read<int>(NpgsqlDbType.Integer)];
                    var target = positionOf[transactions.Read<int>(NpgsqlDbType.Integer)];
                    var kind = (TransactionKind)transactions.Read<short>(NpgsqlDbType.Smallint);
                    long? ticks = Nullable<long>(transactions, NpgsqlDbType.Bigint);
                    double? amount = Nullable<double>(transactions, NpgsqlDbType.Double);
                    builder.AddTransaction(source, target, kind, ticks, amount, transactions.Read<double>(NpgsqlDbType.Double));
                }
            }

            if (builder.NeedsTies)
            {
                using var ties = connection.BeginBinaryExport($"COPY (SELECT src_no, dst_no, kind, start_ticks, end_ticks FROM ties WHERE {where} ORDER BY ord) TO STDOUT (FORMAT BINARY)");
                while (ties.StartRow() >= 0)
                {
                    var source = positionOf[ties.Read<int>(NpgsqlDbType.Integer)];
                    var target = positionOf[ties.Read<int>(NpgsqlDbType.Integer)];
                    var kind = (TieKind)ties.Read<short>(NpgsqlDbType.Smallint);
                    long? start = Nullable<long>(ties, NpgsqlDbType.Bigint);
                    builder.AddTie(source, target, kind, start, Nullable<long>(ties, NpgsqlDbType.Bigint));
                }
            }

            return builder.Build(ids, null, sensitivities);
        });
    }

    internal static TransactionNetwork ReadNetwork(NpgsqlConnection connection, long caseId, int version, bool withTransactions, CancellationToken cancellationToken)
    {
        var builder = new TransactionNetworkBuilder();
        var idOf = new Dictionary<int, string>();
        var where = ValidIn(caseId, version);
        using (var agents = connection.BeginBinaryExport($"COPY (SELECT agent_no, id, kind, name, sphere, country, functions, sensitivity, groups, attributes FROM agents WHERE {where} ORDER BY ord) TO STDOUT (FORMAT BINARY)"))
        {
            while (agents.StartRow() >= 0)
            {
                var number = agents.Read<int>(NpgsqlDbType.Integer);
                var agent = StoredRecords.Agent(
                    agents.Read<string>(NpgsqlDbType.Text),
                    agents.Read<short>(NpgsqlDbType.Smallint),
                    NullableText(agents),
                    agents.Read<short>(NpgsqlDbType.Smallint),
                    NullableText(agents),
                    agents.Read<int>(NpgsqlDbType.Integer),
                    agents.Read<short>(NpgsqlDbType.Smallint),
                    NullableText(agents),
                    NullableText(agents));
                idOf[number] = agent.Id;
                builder.AddAgent(agent);
            }
        }

        if (withTransactions)
        {
            using var rows = connection.BeginBinaryExport($"""
                COPY (SELECT src_no, dst_no, kind, tx_id, time_ticks, time_offset, amount, currency, country, route, persons, weight, attributes
                      FROM transactions WHERE {where} ORDER BY ord) TO STDOUT (FORMAT BINARY)
                """);
            var t = 0;
            while (rows.StartRow() >= 0)
            {
                if ((++t & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                builder.AddTransaction(ReadTransaction(rows, idOf[rows.Read<int>(NpgsqlDbType.Integer)], idOf[rows.Read<int>(NpgsqlDbType.Integer)]));
            }
        }

        using (var groups = connection.BeginBinaryExport($"COPY (SELECT id, name, type, attributes FROM groups WHERE {where} ORDER BY ord) TO STDOUT (FORMAT BINARY)"))
        {
            while (groups.StartRow() >= 0)
            {
                var id = groups.Read<string>(NpgsqlDbType.Text);
                var name = NullableText(groups);
                int? type = Nullable<short>(groups, NpgsqlDbType.Smallint);
                builder.AddGroup(StoredRecords.Group(id, name, type, NullableText(groups)));
            }
        }

        using (var ties = connection.BeginBinaryExport($"""
            COPY (SELECT src_no, dst_no, kind, tie_id, start_ticks, start_offset, end_ticks, end_offset, attributes
                  FROM ties WHERE {where} ORDER BY ord) TO STDOUT (FORMAT BINARY)
            """))
        {
            while (ties.StartRow() >= 0)
            {
                var source = idOf[ties.Read<int>(NpgsqlDbType.Integer)];
                var target = idOf[ties.Read<int>(NpgsqlDbType.Integer)];
                var kind = ties.Read<short>(NpgsqlDbType.Smallint);
                var id = NullableText(ties);
                long? startTicks = Nullable<long>(ties, NpgsqlDbType.Bigint);
                int? startOffset = Nullable<int>(ties, NpgsqlDbType.Integer);
                long? endTicks = Nullable<long>(ties, NpgsqlDbType.Bigint);
                int? endOffset = Nullable<int>(ties, NpgsqlDbType.Integer);
                builder.AddTie(StoredRecords.Tie(source, target, kind, id, startTicks, startOffset, endTicks, endOffset, NullableText(ties)));
            }
        }

        return builder.Build();
    }

    internal static async Task<Dictionary<string, string>> ReadAliases(NpgsqlConnection connection, NpgsqlTransaction transaction, long caseId, int version, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT l.alias_id, a.id FROM aliases l
            JOIN agents a ON a.case_id = l.case_id AND a.agent_no = l.agent_no AND a.valid_from <= @v AND a.valid_to > @v
            WHERE l.case_id = @c AND l.version <= @v
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("c", caseId);
        command.Parameters.AddWithValue("v", version);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            aliases[reader.GetString(0)] = reader.GetString(1);
        }

        return aliases;
    }

    internal static async Task<(long CaseId, StoredVersion Version)> Resolve(NpgsqlConnection connection, NpgsqlTransaction transaction, CaseVersionRef reference, CancellationToken cancellationToken)
    {
        var found = await FindCase(connection, transaction, reference.Case, false, cancellationToken).ConfigureAwait(false) ?? throw NoCase(reference.Case);
        if (found.LatestVersion == 0)
        {
            throw new CaseNotFoundException($"case '{found.Name}' has no version yet: import data into it first");
        }

        var number = reference.Version ?? found.LatestVersion;
        if (number > found.LatestVersion)
        {
            throw new CaseNotFoundException($"case '{found.Name}' has no version {number} (the latest is {found.LatestVersion})");
        }

        return (found.Id, (await ReadVersions(connection, transaction, found, number, cancellationToken).ConfigureAwait(false)).Single());
    }

    internal static Transaction ReadTransaction(NpgsqlBinaryExporter rows, string source, string target)
    {
        var kind = rows.Read<short>(NpgsqlDbType.Smallint);
        var id = NullableText(rows);
        long? ticks = Nullable<long>(rows, NpgsqlDbType.Bigint);
        int? offset = Nullable<int>(rows, NpgsqlDbType.Integer);
        decimal? amount = Nullable<decimal>(rows, NpgsqlDbType.Numeric);
        var currency = NullableText(rows);
        var country = NullableText(rows);
        var route = NullableText(rows);
        int? persons = Nullable<int>(rows, NpgsqlDbType.Integer);
        var weight = rows.Read<double>(NpgsqlDbType.Double);
        var attributes = NullableText(rows);
        return StoredRecords.Transaction(source, target, kind, id, ticks, offset, amount is { } a ? StoredValues.AmountText(a) : null, currency, country, route, persons, weight, attributes);
    }

    private static string ValidIn(long caseId, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"case_id = {caseId} AND valid_from <= {version} AND valid_to > {version}");

    private static string? NullableText(NpgsqlBinaryExporter rows)
    {
        if (rows.IsNull)
        {
            rows.Skip();
            return null;
        }

        return rows.Read<string>(NpgsqlDbType.Text);
    }

    private static T? Nullable<T>(NpgsqlBinaryExporter rows, NpgsqlDbType type)
        where T : struct
    {
        if (rows.IsNull)
        {
            rows.Skip();
            return null;
        }

        return rows.Read<T>(type);
    }

    private async Task<T> Read<T>(CancellationToken cancellationToken, Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> body) =>
        await Run(cancellationToken, async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
            {
                await readOnly.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var result = await body(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }).ConfigureAwait(false);

    private static async Task<List<StoredVersion>> ReadVersions(NpgsqlConnection connection, NpgsqlTransaction transaction, CaseInfo found, int? only, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(null, connection, transaction);
        StoredRows.PrepareVersions(command, found.Id, only);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var versions = new List<StoredVersion>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(StoredRows.Version(reader, found.Name));
        }

        return versions;
    }
}
