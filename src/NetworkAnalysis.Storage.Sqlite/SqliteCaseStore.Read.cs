using System.Text.Json;
using Microsoft.Data.Sqlite;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Storage.Sqlite;

/// <content>Reads: every read runs in one read transaction, a snapshot of one committed state of the file.</content>
public sealed partial class SqliteCaseStore
{
    private const string ValidIn = "case_id = $c AND valid_from <= $v AND valid_to > $v";

    /// <inheritdoc />
    public Task<IReadOnlyList<CaseVersionInfo>> ListVersionsAsync(string caseName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseName);
        return Run<IReadOnlyList<CaseVersionInfo>>(cancellationToken, connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: true);
            var found = FindCase(connection, transaction, caseName) ?? throw NoCase(caseName);
            return ReadVersions(connection, transaction, found, null).Select(v => v.Info).ToList();
        });
    }

    /// <inheritdoc />
    public Task<TransactionNetwork> ReadNetworkAsync(CaseVersionRef version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Run(cancellationToken, connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: true);
            var (caseId, v) = Resolve(connection, transaction, version);
            return ReadNetwork(connection, transaction, caseId, v.Info.Version, withTransactions: true, cancellationToken);
        });
    }

    /// <inheritdoc />
    public Task<CaseSummary> SummarizeAsync(CaseVersionRef version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Run(cancellationToken, connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: true);
            var (_, v) = Resolve(connection, transaction, version);
            return v.Summary;
        });
    }

    /// <inheritdoc />
    public Task<ProjectedGraph> ProjectAsync(CaseVersionRef version, ProjectionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(options);
        return Run(cancellationToken, connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: true);
            var (caseId, v) = Resolve(connection, transaction, version);
            var agentCount = v.Info.Agents;
            var builder = new ProjectionBuilder(options, agentCount, v.Info.Transactions);
            var ids = new string[agentCount];
            var sensitivities = new Sensitivity[agentCount];
            var positionOf = new int[Math.Max(1, v.AgentNumbers)];
            using (var agents = Query(connection, transaction, caseId, v.Info.Version, $"SELECT agent_no, id, kind, sphere, sensitivity, {(builder.NeedsGroups ? "groups" : "NULL")} FROM agents WHERE {ValidIn} ORDER BY ord"))
            using (var reader = agents.ExecuteReader())
            {
                var a = 0;
                while (reader.Read())
                {
                    positionOf[reader.GetInt32(0)] = a;
                    ids[a] = reader.GetString(1);
                    sensitivities[a] = (Sensitivity)reader.GetInt32(4);
                    builder.SetAgent(a, (AgentKind)reader.GetInt32(2), (Sphere)reader.GetInt32(3), builder.NeedsGroups ? StoredValues.ListFromJson(reader.IsDBNull(5) ? null : reader.GetString(5)) : null);
                    a++;
                }
            }

            using (var transactions = Query(connection, transaction, caseId, v.Info.Version, $"SELECT src_no, dst_no, kind, time_ticks, {(builder.NeedsAmounts ? "amount_f" : "NULL")}, weight FROM transactions WHERE {ValidIn} ORDER BY ord"))
            using (var reader = transactions.ExecuteReader())
            {
                var t = 0;
                while (reader.Read())
                {
                    if ((++t & 0xFFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    builder.AddTransaction(
                        positionOf[reader.GetInt32(0)],
                        positionOf[reader.GetInt32(1)],
                        (TransactionKind)reader.GetInt32(2),
                        reader.IsDBNull(3) ? null : reader.GetInt64(3),
                        reader.IsDBNull(4) ? null : reader.GetDouble(4),
                        reader.GetDouble(5));
                }
            }

            return builder.Build(ids, null, sensitivities);
        });
    }

    internal static TransactionNetwork ReadNetwork(SqliteConnection connection, SqliteTransaction transaction, long caseId, int version, bool withTransactions, CancellationToken cancellationToken)
    {
        var builder = new TransactionNetworkBuilder();
        var idOf = new Dictionary<int, string>();
        using (var command = Query(connection, transaction, caseId, version, $"SELECT agent_no, id, kind, name, sphere, country, functions, sensitivity, groups, attributes FROM agents WHERE {ValidIn} ORDER BY ord"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var agent = StoredRecords.Agent(reader.GetString(1), reader.GetInt32(2), Text(reader, 3), reader.GetInt32(4), Text(reader, 5), reader.GetInt32(6), reader.GetInt32(7), Text(reader, 8), Text(reader, 9));
                idOf[reader.GetInt32(0)] = agent.Id;
                builder.AddAgent(agent);
            }
        }

        if (withTransactions)
        {
            using var command = Query(connection, transaction, caseId, version, $"""
                SELECT src_no, dst_no, kind, tx_id, time_ticks, time_offset, amount, currency, country, route, persons, weight, attributes
                FROM transactions WHERE {ValidIn} ORDER BY ord
                """);
            using var reader = command.ExecuteReader();
            var t = 0;
            while (reader.Read())
            {
                if ((++t & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                builder.AddTransaction(StoredRecords.Transaction(
                    idOf[reader.GetInt32(0)],
                    idOf[reader.GetInt32(1)],
                    reader.GetInt32(2),
                    Text(reader, 3),
                    reader.IsDBNull(4) ? null : reader.GetInt64(4),
                    reader.IsDBNull(5) ? null : reader.GetInt32(5),
                    Text(reader, 6),
                    Text(reader, 7),
                    Text(reader, 8),
                    Text(reader, 9),
                    reader.IsDBNull(10) ? null : reader.GetInt32(10),
                    reader.GetDouble(11),
                    Text(reader, 12)));
            }
        }

        using (var command = Query(connection, transaction, caseId, version, $"SELECT id, name, type, attributes FROM groups WHERE {ValidIn} ORDER BY ord"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                builder.AddGroup(StoredRecords.Group(reader.GetString(0), Text(reader, 1), reader.IsDBNull(2) ? null : reader.GetInt32(2), Text(reader, 3)));
            }
        }

        return builder.Build();
    }

    internal static Dictionary<string, string> ReadAliases(SqliteConnection connection, SqliteTransaction transaction, long caseId, int version)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT l.alias_id, a.id FROM aliases l
            JOIN agents a ON a.case_id = l.case_id AND a.agent_no = l.agent_no AND a.valid_from <= $v AND a.valid_to > $v
            WHERE l.case_id = $c AND l.version <= $v
            """;
        command.Parameters.AddWithValue("$c", caseId);
        command.Parameters.AddWithValue("$v", version);
        using var reader = command.ExecuteReader();
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            aliases[reader.GetString(0)] = reader.GetString(1);
        }

        return aliases;
    }

    /// <summary>The case and version a reference names; throws <see cref="CaseNotFoundException"/> when either is missing.</summary>
    internal static (long CaseId, StoredVersion Version) Resolve(SqliteConnection connection, SqliteTransaction transaction, CaseVersionRef reference)
    {
        var found = FindCase(connection, transaction, reference.Case) ?? throw NoCase(reference.Case);
        if (found.LatestVersion == 0)
        {
            throw new CaseNotFoundException($"case '{found.Name}' has no version yet: import data into it first");
        }

        var number = reference.Version ?? found.LatestVersion;
        if (number > found.LatestVersion)
        {
            throw new CaseNotFoundException($"case '{found.Name}' has no version {number} (the latest is {found.LatestVersion})");
        }

        return (found.Id, ReadVersions(connection, transaction, found, number).Single());
    }

    internal static SqliteCommand Query(SqliteConnection connection, SqliteTransaction transaction, long caseId, int version, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$c", caseId);
        command.Parameters.AddWithValue("$v", version);
        return command;
    }

    internal static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static List<StoredVersion> ReadVersions(SqliteConnection connection, SqliteTransaction transaction, CaseInfo found, int? only)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT v.version, v.operation, v.created_by, v.created_at, v.source_files, v.agents, v.transactions, v.groups_count, v.imported_rows,
                   v.content_hash, v.note, v.first_ticks, v.first_offset, v.last_ticks, v.last_offset, v.sensitive, c.next_agent_no
            FROM versions v JOIN cases c ON c.id = v.case_id
            WHERE v.case_id = $c {(only is null ? string.Empty : "AND v.version = $v")}
            ORDER BY v.version
            """;
        command.Parameters.AddWithValue("$c", found.Id);
        command.Parameters.AddWithValue("$v", only ?? 0);
        using var reader = command.ExecuteReader();
        var versions = new List<StoredVersion>();
        while (reader.Read())
        {
            var info = new CaseVersionInfo(
                found.Name,
                reader.GetInt32(0),
                reader.GetString(1),
                reader.GetString(2),
                new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
                JsonSerializer.Deserialize(reader.GetString(4), SqliteJson.Default.StringArray) ?? [],
                reader.GetInt32(5),
                reader.GetInt32(6),
                reader.GetInt32(7),
                reader.GetInt64(8),
                reader.GetString(9),
                reader.GetString(10));
            var summary = CaseVersions.Summary(
                info,
                reader.GetInt32(15),
                reader.IsDBNull(11) ? null : reader.GetInt64(11),
                reader.IsDBNull(12) ? null : reader.GetInt32(12),
                reader.IsDBNull(13) ? null : reader.GetInt64(13),
                reader.IsDBNull(14) ? null : reader.GetInt32(14));
            versions.Add(new StoredVersion(info, summary, reader.GetInt32(16)));
        }

        return versions;
    }
}
