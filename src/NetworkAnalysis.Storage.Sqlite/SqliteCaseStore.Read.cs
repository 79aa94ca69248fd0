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

            if (builder.NeedsTies)
            {
                using var ties = Query(connection, transaction, caseId, v.Info.Version, $"SELECT src_no, dst_no, kind, start_ticks, end_ticks FROM ties WHERE {ValidIn} ORDER BY ord");
                using var reader = ties.ExecuteReader();
                while (reader.Read())
                {
                    builder.AddTie(positionOf[reader.GetInt32(0)], positionOf[reader.GetInt32(1)], (TieKind)reader.GetInt32(2), StoredRows.Long(reader, 3), StoredRows.Long(reader, 4));
                }
            }

            return builder.Build(ids, null, sensitivities);
        });
    }

    internal static TransactionNetwork ReadNetwork(SqliteConnection connection, SqliteTransaction transaction, long caseId, int version, bool withTransactions, CancellationToken cancellationToken)
    {
        var builder = new TransactionNetworkBuilder();
        var idOf = new Dictionary<int, string>();
        using (var command = Query(connection, transaction, caseId, version, $"SELECT a.agent_no, {StoredRows.AgentColumns} FROM agents a WHERE {ValidIn} ORDER BY ord"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var agent = StoredRows.Agent(reader, 1);
                idOf[reader.GetInt32(0)] = agent.Id;
                builder.AddAgent(agent);
            }
        }

        if (withTransactions)
        {
            using var command = Query(connection, transaction, caseId, version, $"SELECT t.src_no, t.dst_no, {StoredRows.TransactionColumns} FROM transactions t WHERE {ValidIn} ORDER BY ord");
            using var reader = command.ExecuteReader();
            var t = 0;
            while (reader.Read())
            {
                if ((++t & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                builder.AddTransaction(StoredRows.Transaction(reader, 2, idOf[reader.GetInt32(0)], idOf[reader.GetInt32(1)]));
            }
        }

        using (var command = Query(connection, transaction, caseId, version, $"SELECT id, name, type, attributes FROM groups WHERE {ValidIn} ORDER BY ord"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                builder.AddGroup(StoredRows.Group(reader, 0));
            }
        }

        using (var command = Query(connection, transaction, caseId, version, $"SELECT t.src_no, t.dst_no, {StoredRows.TieColumns} FROM ties t WHERE {ValidIn} ORDER BY ord"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                builder.AddTie(StoredRows.Tie(reader, 2, idOf[reader.GetInt32(0)], idOf[reader.GetInt32(1)]));
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

    private static List<StoredVersion> ReadVersions(SqliteConnection connection, SqliteTransaction transaction, CaseInfo found, int? only)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        StoredRows.PrepareVersions(command, found.Id, only);
        using var reader = command.ExecuteReader();
        var versions = new List<StoredVersion>();
        while (reader.Read())
        {
            versions.Add(StoredRows.Version(reader, found.Name));
        }

        return versions;
    }
}
