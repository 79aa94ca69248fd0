using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Storage.Sqlite;

/// <summary>
/// Users, keys, grants, unmask grants, web sessions and the hash-chained audit log in the case store's SQLite
/// file, in tables of their own created by a separate schema step (<see cref="SqliteSecuritySchema"/>). The
/// statements are <see cref="SqlSecurityStore"/>'s; appends take the file's write lock (<c>BEGIN IMMEDIATE</c>),
/// so the chain stays linear across processes.
/// </summary>
public sealed class SqliteSecurityStore : SqlSecurityStore
{
    private const int ConstraintViolation = 19;

    private readonly string _connectionString;

    private SqliteSecurityStore(string path) =>
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 60 }.ToString();

    /// <inheritdoc />
    protected override string InsertionOrderColumn => "rowid";

    /// <summary>Opens the security tables of the store at <paramref name="path"/>, creating them when needed.</summary>
    public static async Task<SqliteSecurityStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        await using (await SqliteCaseStore.OpenAsync(path, cancellationToken).ConfigureAwait(false))
        {
            // The case store's own schema first: the security tables live in a store, never in a stray file.
        }

        var store = new SqliteSecurityStore(Path.GetFullPath(path));
        try
        {
            await using var connection = (SqliteConnection)await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            SqliteSecuritySchema.Migrate(connection);
        }
        catch (SqliteException ex)
        {
            throw new CaseStoreUnavailableException($"the case store {path} cannot hold users and the audit log: {ex.Message}");
        }

        return store;
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <inheritdoc />
    protected override bool IsConstraintViolation(DbException exception) => exception is SqliteException { SqliteErrorCode: ConstraintViolation };

    /// <inheritdoc />
    protected override async Task<DbTransaction> BeginAppendAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // Serializable and not deferred is BEGIN IMMEDIATE: the write lock is taken before the last entry is read.
        await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
}

/// <summary>Opens <see cref="CaseStoreLocation.Sqlite"/> locations as <see cref="SqliteSecurityStore"/>s.</summary>
public sealed class SqliteSecurityStoreProvider : ISecurityStoreProvider
{
    /// <inheritdoc />
    public string Kind => CaseStoreLocation.Sqlite;

    /// <inheritdoc />
    public async Task<ISecurityStore> OpenAsync(CaseStoreLocation location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        return await SqliteSecurityStore.OpenAsync(location.Target, cancellationToken).ConfigureAwait(false);
    }
}
