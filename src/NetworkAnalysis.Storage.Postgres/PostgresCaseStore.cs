using System.Net.Sockets;
using Npgsql;
using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Storage.Postgres;

/// <summary>
/// The server case store on PostgreSQL: the same row layout as the SQLite store (rows valid over a range
/// of versions, integer agent numbers in transactions), binary COPY to import and to project, and
/// versioned migrations. Writers to one case serialise on the case's row lock (<c>SELECT ... FOR UPDATE</c>);
/// readers run in a repeatable-read snapshot. Thread-safe: connections come from one pooled data source.
/// </summary>
public sealed partial class PostgresCaseStore : ICaseStore
{
    internal const int Live = int.MaxValue;

    private readonly NpgsqlDataSource _dataSource;

    private PostgresCaseStore(NpgsqlDataSource dataSource, string description)
    {
        _dataSource = dataSource;
        Description = description;
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>Connects to <paramref name="target"/> (a <c>postgres://</c> URL or connection string) and creates or upgrades the schema.</summary>
    /// <exception cref="CaseStoreUnavailableException">The server is down, refuses the credentials, or its schema is newer than this program.</exception>
    public static async Task<PostgresCaseStore> OpenAsync(string target, CancellationToken cancellationToken = default)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = PostgresAddress.Parse(target);
        }
        catch (ArgumentException ex)
        {
            throw new CaseStoreUnavailableException("case store: " + ex.Message.ReplaceLineEndings(" "), ex);
        }

        builder.Timeout = builder.Timeout == 15 ? 10 : builder.Timeout;
        builder.CommandTimeout = 0;
        var description = PostgresAddress.Describe(builder);
        var dataSource = NpgsqlDataSource.Create(builder);
        var store = new PostgresCaseStore(dataSource, description);
        try
        {
            await using var connection = await store.ConnectAsync(cancellationToken).ConfigureAwait(false);
            await PostgresSchema.MigrateAsync(connection, description, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return store;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <inheritdoc />
    public Task<CaseInfo> CreateCaseAsync(NewCase newCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newCase);
        CaseNames.Validate(newCase.Name);
        return Run(cancellationToken, async connection =>
        {
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO cases (name, description, classification, owner, created_at) VALUES (@name, @description, @classification, @owner, @created)
                RETURNING id, name, description, classification, owner, created_at, latest_version
                """,
                connection);
            command.Parameters.AddWithValue("name", newCase.Name);
            command.Parameters.AddWithValue("description", newCase.Description ?? string.Empty);
            command.Parameters.AddWithValue("classification", newCase.Classification ?? string.Empty);
            command.Parameters.AddWithValue("owner", newCase.Owner ?? string.Empty);
            command.Parameters.AddWithValue("created", DateTimeOffset.UtcNow.UtcTicks);
            try
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                return ReadCase(reader);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new CaseConflictException($"a case named '{newCase.Name}' already exists");
            }
        });
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CaseInfo>> ListCasesAsync(CancellationToken cancellationToken = default) =>
        Run<IReadOnlyList<CaseInfo>>(cancellationToken, async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT id, name, description, classification, owner, created_at, latest_version FROM cases", connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var cases = new List<CaseInfo>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
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
        return Run(cancellationToken, connection => FindCase(connection, null, name, false, cancellationToken));
    }

    /// <inheritdoc />
    public Task<CaseInfo> RenameCaseAsync(string name, string newName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        CaseNames.Validate(newName);
        return Run(cancellationToken, async connection =>
        {
            await using var command = new NpgsqlCommand(
                "UPDATE cases SET name = @new WHERE name = @old RETURNING id, name, description, classification, owner, created_at, latest_version",
                connection);
            command.Parameters.AddWithValue("old", name);
            command.Parameters.AddWithValue("new", newName);
            try
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadCase(reader) : throw NoCase(name);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new CaseConflictException($"a case named '{newName}' already exists");
            }
        });
    }

    /// <inheritdoc />
    public Task<bool> DeleteCaseAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Run(cancellationToken, async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var found = await FindCase(connection, transaction, name, true, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                return false;
            }

            await using var command = new NpgsqlCommand(
                """
                DELETE FROM agents WHERE case_id = @c; DELETE FROM transactions WHERE case_id = @c; DELETE FROM groups WHERE case_id = @c; DELETE FROM ties WHERE case_id = @c;
                DELETE FROM aliases WHERE case_id = @c; DELETE FROM versions WHERE case_id = @c; DELETE FROM cases WHERE id = @c;
                """,
                connection,
                transaction);
            command.Parameters.AddWithValue("c", found.Id);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        });
    }

    internal static async Task<CaseInfo?> FindCase(NpgsqlConnection connection, NpgsqlTransaction? transaction, string name, bool forUpdate, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT id, name, description, classification, owner, created_at, latest_version FROM cases WHERE name = @name" + (forUpdate ? " FOR UPDATE" : string.Empty),
            connection,
            transaction);
        command.Parameters.AddWithValue("name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadCase(reader) : null;
    }

    internal static CaseNotFoundException NoCase(string name) => new($"no case named '{name}'");

    private static CaseInfo ReadCase(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), new DateTimeOffset(reader.GetInt64(5), TimeSpan.Zero), reader.GetInt32(6));

    private async Task<NpgsqlConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            throw Unavailable(ex);
        }
    }

    private async Task<T> Run<T>(CancellationToken cancellationToken, Func<NpgsqlConnection, Task<T>> body)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await body(connection).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex is not PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } && !cancellationToken.IsCancellationRequested)
        {
            throw Unavailable(ex);
        }
    }

    private CaseStoreUnavailableException Unavailable(Exception ex)
    {
        var reason = ex switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } => "authentication failed (wrong user or password)",
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } => "the database does not exist",
            PostgresException { SqlState: PostgresErrorCodes.DiskFull } => "the server's disk is full",
            PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction } => "the database is read-only",
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } => "permission denied",
            PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow } => "the server is shutting down or starting",
            PostgresException pg => pg.MessageText.ReplaceLineEndings(" "),
            NpgsqlException { InnerException: SocketException or IOException } or SocketException => "cannot connect to the server (is it running?)",
            TimeoutException or NpgsqlException { InnerException: TimeoutException } => "the server did not answer in time",
            _ => ex.Message.ReplaceLineEndings(" "),
        };
        return new CaseStoreUnavailableException($"case store {Description}: {reason}", ex);
    }
}
