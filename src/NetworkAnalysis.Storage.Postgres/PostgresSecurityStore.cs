using System.Data.Common;
using Npgsql;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Storage.Postgres;

/// <summary>
/// Users, keys, grants, unmask grants, web sessions and the hash-chained audit log in the case store's
/// PostgreSQL database, in tables of their own created by a separate schema step (<see cref="PostgresSecuritySchema"/>).
/// The statements are <see cref="SqlSecurityStore"/>'s; appends take an exclusive lock on the audit table, so
/// the chain stays linear across server processes.
/// </summary>
public sealed class PostgresSecurityStore : SqlSecurityStore
{
    private readonly NpgsqlDataSource _dataSource;

    private PostgresSecurityStore(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    /// <inheritdoc />
    protected override string InsertionOrderColumn => "id";

    /// <summary>Opens the security tables of the store at <paramref name="target"/> (a postgres:// address), creating them when needed.</summary>
    public static async Task<PostgresSecurityStore> OpenAsync(string target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using (await PostgresCaseStore.OpenAsync(target, cancellationToken).ConfigureAwait(false))
        {
            // The case store's own schema first: the security tables live in a store.
        }

        var store = new PostgresSecurityStore(NpgsqlDataSource.Create(PostgresAddress.Parse(target)));
        try
        {
            await using var connection = await store._dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await PostgresSecuritySchema.MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException ex)
        {
            await store._dataSource.DisposeAsync().ConfigureAwait(false);
            throw new CaseStoreUnavailableException($"the case store cannot hold users and the audit log: {ex.Message}");
        }

        return store;
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    protected override bool IsConstraintViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation };

    /// <inheritdoc />
    protected override async Task<DbTransaction> BeginAppendAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "LOCK TABLE audit_log IN EXCLUSIVE MODE";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return transaction;
    }
}

/// <summary>Opens <see cref="CaseStoreLocation.Postgres"/> locations as <see cref="PostgresSecurityStore"/>s.</summary>
public sealed class PostgresSecurityStoreProvider : ISecurityStoreProvider
{
    /// <inheritdoc />
    public string Kind => CaseStoreLocation.Postgres;

    /// <inheritdoc />
    public async Task<ISecurityStore> OpenAsync(CaseStoreLocation location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        return await PostgresSecurityStore.OpenAsync(location.Target, cancellationToken).ConfigureAwait(false);
    }
}
