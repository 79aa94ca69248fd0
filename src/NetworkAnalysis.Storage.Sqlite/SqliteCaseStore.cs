using System.Globalization;
using Microsoft.Data.Sqlite;
using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Storage.Sqlite;

/// <summary>
/// The embedded case store: one SQLite file in WAL mode (readers never wait for a writer; writers take
/// the file's write lock, so imports serialise). Rows carry the range of versions they are valid in, so a
/// version costs only the rows it changes, and transactions store integer agent numbers, so a projection
/// reads int columns and never hashes strings. Thread-safe: each call uses its own pooled connection.
/// </summary>
public sealed partial class SqliteCaseStore : ICaseStore
{
    /// <summary>The <c>valid_to</c> of a row still valid in the latest version.</summary>
    internal const int Live = int.MaxValue;

    private readonly string _connectionString;

    private SqliteCaseStore(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 120,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string Description => Path;

    /// <summary>Opens (creating the file and its folder, or upgrading its schema, when needed) the store at <paramref name="path"/>.</summary>
    /// <exception cref="CaseStoreUnavailableException">The file cannot be created, read or written, is not a store, or its schema is too new.</exception>
    public static async Task<SqliteCaseStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = System.IO.Path.GetFullPath(path);
        var store = new SqliteCaseStore(full);
        try
        {
            if (System.IO.Path.GetDirectoryName(full) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = new SqliteConnection(store._connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var wal = connection.CreateCommand())
            {
                // WAL is a property of the file: set once, it stays. Readers then see a snapshot while a writer works.
                wal.CommandText = "PRAGMA journal_mode=WAL";
                var mode = wal.ExecuteScalar() as string;
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    throw new CaseStoreUnavailableException($"the case store {full} cannot use write-ahead logging (journal mode '{mode}')");
                }
            }

            SqliteSchema.Migrate(connection, full);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw Unavailable(full, ex);
        }

        return store;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public Task<CaseInfo> CreateCaseAsync(NewCase newCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newCase);
        CaseNames.Validate(newCase.Name);
        return Run(cancellationToken, connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO cases (name, description, classification, owner, created_at)
                VALUES ($name, $description, $classification, $owner, $created)
                RETURNING id, name, description, classification, owner, created_at, latest_version
                """;
            command.Parameters.AddWithValue("$name", newCase.Name);
            command.Parameters.AddWithValue("$description", newCase.Description ?? string.Empty);
            command.Parameters.AddWithValue("$classification", newCase.Classification ?? string.Empty);
            command.Parameters.AddWithValue("$owner", newCase.Owner ?? string.Empty);
            command.Parameters.AddWithValue("$created", DateTimeOffset.UtcNow.UtcTicks);
            try
            {
                using var reader = command.ExecuteReader();
                reader.Read();
                return ReadCase(reader);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
            {
                throw new CaseConflictException($"a case named '{newCase.Name}' already exists");
            }
        });
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CaseInfo>> ListCasesAsync(CancellationToken cancellationToken = default) =>
        Run<IReadOnlyList<CaseInfo>>(cancellationToken, connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, name, description, classification, owner, created_at, latest_version FROM cases";
            using var reader = command.ExecuteReader();
            var cases = new List<CaseInfo>();
            while (reader.Read())
            {
                cases.Add(ReadCase(reader));
            }

            cases.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return cases;
        });

    /// <inheritdoc />
    public Task<CaseInfo?> FindCaseAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Run(cancellationToken, connection => FindCase(connection, null, name));
    }

    /// <inheritdoc />
    public Task<CaseInfo> RenameCaseAsync(string name, string newName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        CaseNames.Validate(newName);
        return Run(cancellationToken, connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE cases SET name = $new WHERE name = $old
                RETURNING id, name, description, classification, owner, created_at, latest_version
                """;
            command.Parameters.AddWithValue("$old", name);
            command.Parameters.AddWithValue("$new", newName);
            try
            {
                using var reader = command.ExecuteReader();
                return reader.Read() ? ReadCase(reader) : throw NoCase(name);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
            {
                throw new CaseConflictException($"a case named '{newName}' already exists");
            }
        });
    }

    /// <inheritdoc />
    public Task<bool> DeleteCaseAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Run(cancellationToken, connection =>
        {
            // A hard delete must not leave the case's text in free pages or in the write-ahead log.
            Execute(connection, null, "PRAGMA secure_delete=ON");
            using (var transaction = connection.BeginTransaction(deferred: false))
            {
                var found = FindCase(connection, transaction, name);
                if (found is null)
                {
                    return false;
                }

                foreach (var table in new[] { "agents", "transactions", "groups", "ties", "aliases", "versions", "cases" })
                {
                    using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = table == "cases" ? "DELETE FROM cases WHERE id = $c" : $"DELETE FROM {table} WHERE case_id = $c";
                    command.Parameters.AddWithValue("$c", found.Id);
                    command.ExecuteNonQuery();
                }

                transaction.Commit();
            }

            Execute(connection, null, "PRAGMA wal_checkpoint(TRUNCATE)");
            return true;
        });
    }

    internal static CaseInfo? FindCase(SqliteConnection connection, SqliteTransaction? transaction, string name)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id, name, description, classification, owner, created_at, latest_version FROM cases WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadCase(reader) : null;
    }

    internal static CaseNotFoundException NoCase(string name) => new($"no case named '{name}'");

    internal static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static CaseInfo ReadCase(SqliteDataReader reader) =>
        new(
            reader.GetInt64(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            reader.GetString(4),
            new DateTimeOffset(reader.GetInt64(5), TimeSpan.Zero),
            reader.GetInt32(6));

    private async Task<T> Run<T>(CancellationToken cancellationToken, Func<SqliteConnection, T> body)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            Execute(connection, null, "PRAGMA synchronous=NORMAL");
            return body(connection);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode != 19)
        {
            throw Unavailable(Path, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Unavailable(Path, ex);
        }
    }

    private static CaseStoreUnavailableException Unavailable(string path, Exception ex)
    {
        var reason = ex is SqliteException sqlite
            ? sqlite.SqliteErrorCode switch
            {
                13 => "the disk is full",
                8 => "the file is read-only",
                14 => "the file cannot be opened (missing folder or no permission)",
                26 => "the file is not a case store (not an SQLite database)",
                11 => "the file is corrupt",
                10 => "a disk input/output error occurred",
                5 or 6 => "the store is locked by another process for too long",
                23 or 3 => "permission denied",
                _ => sqlite.Message.ReplaceLineEndings(" "),
            }
            : ex.Message.ReplaceLineEndings(" ");
        return new CaseStoreUnavailableException(string.Create(CultureInfo.InvariantCulture, $"case store {path}: {reason}"), ex);
    }
}
