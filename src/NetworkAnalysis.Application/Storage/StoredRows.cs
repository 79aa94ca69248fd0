using System.Data.Common;
using System.Text.Json;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Storage;

/// <summary>
/// The SQL and row mapping every relational store shares (same table layout, <c>@name</c> parameters,
/// which both SQLite and PostgreSQL accept), written once against <see cref="System.Data.Common"/> so no
/// database type leaves the storage projects. Reads are the caller's: it executes the command (sync or
/// async) and hands each row's reader here.
/// </summary>
public static class StoredRows
{
    /// <summary>The agent columns <see cref="Agent(DbDataReader, int)"/> reads, for an <c>agents a</c> alias.</summary>
    public const string AgentColumns = "a.id, a.kind, a.name, a.sphere, a.country, a.functions, a.sensitivity, a.groups, a.attributes";

    /// <summary>
    /// The transaction columns <see cref="Transaction(DbDataReader, int, string, string)"/> reads after the two endpoint
    /// columns, for a <c>transactions t</c> alias (the amount as its exact text in both stores).
    /// </summary>
    public const string TransactionColumns = "t.kind, t.tx_id, t.time_ticks, t.time_offset, CAST(t.amount AS text), t.currency, t.country, t.route, t.persons, t.weight, t.attributes";

    /// <summary>The tie columns <see cref="Tie(DbDataReader, int, string, string)"/> reads after the two endpoint columns, for a <c>ties t</c> alias.</summary>
    public const string TieColumns = "t.kind, t.tie_id, t.start_ticks, t.start_offset, t.end_ticks, t.end_offset, t.attributes";

    /// <summary>The versions of case <c>@c</c> (oldest first), or only version <c>@v</c>; read each row with <see cref="Version"/>.</summary>
    public static string VersionsQuery(bool onlyOne) =>
        $"""
        SELECT v.version, v.operation, v.created_by, v.created_at, v.source_files, v.agents, v.transactions, v.groups_count, v.imported_rows,
               v.content_hash, v.note, v.first_ticks, v.first_offset, v.last_ticks, v.last_offset, v.sensitive, c.next_agent_no, v.ties
        FROM versions v JOIN cases c ON c.id = v.case_id
        WHERE v.case_id = @c {(onlyOne ? "AND v.version = @v" : string.Empty)}
        ORDER BY v.version
        """;

    /// <summary>Adds a parameter named <c>@name</c> to <paramref name="command"/>.</summary>
    public static void Add(DbCommand command, string name, object value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Sets <see cref="VersionsQuery"/> and its parameters on <paramref name="command"/>.</summary>
    public static void PrepareVersions(DbCommand command, long caseId, int? onlyVersion)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.CommandText = VersionsQuery(onlyVersion is not null);
        Add(command, "c", caseId);
        Add(command, "v", onlyVersion ?? 0);
    }

    /// <summary>One row of <see cref="VersionsQuery"/> (source files: a JSON array or a text array column).</summary>
    public static StoredVersion Version(DbDataReader reader, string caseName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var files = reader.GetValue(4) switch
        {
            string[] array => array,
            string json => JsonSerializer.Deserialize(json, StoredJson.Default.StringArray) ?? [],
            var other => throw new InvalidOperationException($"unexpected source_files column of type {other.GetType().Name}"),
        };
        var info = new CaseVersionInfo(
            caseName,
            reader.GetInt32(0),
            reader.GetString(1),
            reader.GetString(2),
            new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
            files,
            reader.GetInt32(5),
            reader.GetInt32(6),
            reader.GetInt32(7),
            reader.GetInt64(8),
            reader.GetString(9),
            reader.GetString(10))
        {
            Ties = reader.GetInt32(17),
        };
        var summary = CaseVersions.Summary(info, reader.GetInt32(15), Long(reader, 11), Int(reader, 12), Long(reader, 13), Int(reader, 14));
        return new StoredVersion(info, summary, reader.GetInt32(16));
    }

    /// <summary>An agent from <see cref="AgentColumns"/> starting at column <paramref name="at"/>.</summary>
    public static Agent Agent(DbDataReader reader, int at)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return StoredRecords.Agent(
            reader.GetString(at),
            reader.GetInt32(at + 1),
            Text(reader, at + 2),
            reader.GetInt32(at + 3),
            Text(reader, at + 4),
            reader.GetInt32(at + 5),
            reader.GetInt32(at + 6),
            Text(reader, at + 7),
            Text(reader, at + 8));
    }

    /// <summary>A transaction from <see cref="TransactionColumns"/> starting at column <paramref name="at"/>.</summary>
    public static Transaction Transaction(DbDataReader reader, int at, string source, string target)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return StoredRecords.Transaction(
            source,
            target,
            reader.GetInt32(at),
            Text(reader, at + 1),
            Long(reader, at + 2),
            Int(reader, at + 3),
            Text(reader, at + 4),
            Text(reader, at + 5),
            Text(reader, at + 6),
            Text(reader, at + 7),
            Int(reader, at + 8),
            reader.GetDouble(at + 9),
            Text(reader, at + 10));
    }

    /// <summary>A tie from <see cref="TieColumns"/> starting at column <paramref name="at"/>.</summary>
    public static Tie Tie(DbDataReader reader, int at, string source, string target)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return StoredRecords.Tie(source, target, reader.GetInt32(at), Text(reader, at + 1), Long(reader, at + 2), Int(reader, at + 3), Long(reader, at + 4), Int(reader, at + 5), Text(reader, at + 6));
    }

    /// <summary>A group from <c>id, name, type, attributes</c> starting at column <paramref name="at"/>.</summary>
    public static Group Group(DbDataReader reader, int at)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return StoredRecords.Group(reader.GetString(at), Text(reader, at + 1), Int(reader, at + 2), Text(reader, at + 3));
    }

    /// <summary>A nullable text column.</summary>
    public static string? Text(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    /// <summary>A nullable integer column.</summary>
    public static int? Int(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
    }

    /// <summary>A nullable 64-bit integer column.</summary>
    public static long? Long(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
    }
}
