using System.Runtime.CompilerServices;
using Npgsql;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Storage.Postgres;

/// <summary>
/// Users, keys, grants, unmask grants and the hash-chained audit log in the case store's PostgreSQL database, in
/// tables of their own created by a separate schema step (<see cref="PostgresSecuritySchema"/>). Appends take
/// an exclusive lock on the audit table, so the chain stays linear across server processes.
/// </summary>
public sealed class PostgresSecurityStore : ISecurityStore
{
    private readonly NpgsqlDataSource _dataSource;

    private PostgresSecurityStore(NpgsqlDataSource dataSource) => _dataSource = dataSource;

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
            await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
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
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <inheritdoc />
    public async Task AddUserAsync(string name, Role role, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!UserNames.IsValid(name))
        {
            throw new AccessStoreException($"'{name}' is not a valid user name (letters, digits, '-', '_', '.'; 1-64 characters)");
        }

        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, "INSERT INTO users (name, role, created) VALUES (@n, @r, @c)", cancellationToken, ("@n", name), ("@r", (int)role), ("@c", now.UtcTicks)).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation)
        {
            throw new AccessStoreException($"user '{name}' already exists");
        }
    }

    /// <inheritdoc />
    public async Task<UserInfo?> FindUserAsync(string name, CancellationToken cancellationToken = default) =>
        (await ReadUsersAsync(name, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    /// <inheritdoc />
    public Task<IReadOnlyList<UserInfo>> ListUsersAsync(CancellationToken cancellationToken = default) => ReadUsersAsync(null, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> RevokeUserAsync(string name, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var changed = await ExecuteAsync(connection, "UPDATE users SET revoked = coalesce(revoked, @t) WHERE name = @n", cancellationToken, ("@n", name), ("@t", now.UtcTicks)).ConfigureAwait(false);
        await ExecuteAsync(connection, "UPDATE api_keys SET revoked = coalesce(revoked, @t) WHERE user_name = @n", cancellationToken, ("@n", name), ("@t", now.UtcTicks)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    /// <inheritdoc />
    public async Task AddKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(
                connection,
                "INSERT INTO api_keys (key_id, user_name, salt, hash, created, expires) VALUES (@k, @u, @s, @h, @c, @e::bigint)",
                cancellationToken,
                ("@k", key.KeyId), ("@u", key.User), ("@s", key.Salt), ("@h", key.Hash), ("@c", key.Created.UtcTicks), ("@e", key.Expires?.UtcTicks)).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation)
        {
            throw new AccessStoreException($"no user '{key.User}'");
        }
    }

    /// <inheritdoc />
    public async Task<ApiKeyRecord?> FindKeyAsync(string keyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "SELECT key_id, user_name, salt, hash, created, expires, revoked FROM api_keys WHERE key_id = @k", ("@k", keyId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new ApiKeyRecord(reader.GetString(0), reader.GetString(1), (byte[])reader[2], (byte[])reader[3], Time(reader.GetInt64(4)), OptionalTime(reader, 5), OptionalTime(reader, 6))
            : null;
    }

    /// <inheritdoc />
    public async Task<bool> RevokeKeyAsync(string keyId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, "UPDATE api_keys SET revoked = coalesce(revoked, @t) WHERE key_id = @k", cancellationToken, ("@k", keyId), ("@t", now.UtcTicks)).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task GrantAsync(string user, CaseGrant grant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grant);
        if (grant.Role is not (Role.Viewer or Role.Analyst or Role.Supervisor))
        {
            throw new AccessStoreException("a case grant's role is viewer, analyst or supervisor");
        }

        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(
                connection,
                "INSERT INTO case_grants (user_name, case_name, role) VALUES (@u, @c, @r) ON CONFLICT (user_name, case_name) DO UPDATE SET role = excluded.role",
                cancellationToken,
                ("@u", user), ("@c", grant.Case), ("@r", (int)grant.Role)).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation)
        {
            throw new AccessStoreException($"no user '{user}'");
        }
    }

    /// <inheritdoc />
    public async Task<bool> RemoveGrantAsync(string user, string caseName, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, "DELETE FROM case_grants WHERE user_name = @u AND case_name = @c", cancellationToken, ("@u", user), ("@c", caseName)).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task AddUnmaskGrantAsync(UnmaskGrant grant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grant);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            "INSERT INTO unmask_grants (user_name, case_name, reason, granted, expires) VALUES (@u, @c, @r, @g, @e)",
            cancellationToken,
            ("@u", grant.User), ("@c", grant.Case), ("@r", grant.Reason), ("@g", grant.Granted.UtcTicks), ("@e", grant.Expires.UtcTicks)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<UnmaskGrant?> FindUnmaskGrantAsync(string user, string caseName, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            "SELECT reason, granted, expires FROM unmask_grants WHERE user_name = @u AND case_name = @c AND granted <= @t AND expires > @t ORDER BY expires DESC LIMIT 1",
            ("@u", user), ("@c", caseName), ("@t", now.UtcTicks));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new UnmaskGrant(user, caseName, reader.GetString(0), Time(reader.GetInt64(1)), Time(reader.GetInt64(2)))
            : null;
    }

    /// <inheritdoc />
    public async Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "LOCK TABLE audit_log IN EXCLUSIVE MODE", cancellationToken).ConfigureAwait(false);
        AuditEntry? last;
        await using (var command = Command(connection, Select + " ORDER BY seq DESC LIMIT 1"))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            last = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadEntry(reader) : null;
        }

        var linked = AuditChain.Link(entry, last);
        await ExecuteAsync(
            connection,
            "INSERT INTO audit_log (seq, time, user_name, case_name, version, endpoint, parameters, records, outcome, reason, previous_hash, hash) VALUES (@s, @t, @u, @c::text, @v::integer, @e, @p, @r::bigint, @o, @why::text, @ph, @h)",
            cancellationToken,
            ("@s", linked.Sequence), ("@t", linked.Time.UtcTicks), ("@u", linked.User), ("@c", linked.Case), ("@v", linked.Version), ("@e", linked.Endpoint),
            ("@p", linked.Parameters), ("@r", linked.Records), ("@o", linked.Outcome), ("@why", linked.Reason), ("@ph", linked.PreviousHash), ("@h", linked.Hash)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return linked;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            Select + " WHERE (@u::text IS NULL OR user_name = @u) AND (@c::text IS NULL OR case_name = @c) AND (@f::bigint IS NULL OR time >= @f) AND (@to::bigint IS NULL OR time < @to) ORDER BY seq LIMIT @l",
            ("@u", filter.User), ("@c", filter.Case), ("@f", filter.From?.UtcTicks), ("@to", filter.To?.UtcTicks), ("@l", Math.Clamp(filter.Limit, 1, 100_000)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(ReadEntry(reader));
        }

        return entries;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AuditEntry> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, Select + " ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return ReadEntry(reader);
        }
    }

    private const string Select = "SELECT seq, time, user_name, case_name, version, endpoint, parameters, records, outcome, reason, previous_hash, hash FROM audit_log";

    private static AuditEntry ReadEntry(NpgsqlDataReader r) => new(
        r.GetInt64(0), Time(r.GetInt64(1)), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetInt32(4), r.GetString(5),
        r.GetString(6), r.IsDBNull(7) ? null : r.GetInt64(7), r.GetInt32(8), r.IsDBNull(9) ? null : r.GetString(9), r.GetString(10), r.GetString(11));

    private async Task<IReadOnlyList<UserInfo>> ReadUsersAsync(string? name, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var grants = new Dictionary<string, List<CaseGrant>>(StringComparer.Ordinal);
        await using (var command = Command(connection, "SELECT user_name, case_name, role FROM case_grants WHERE @n::text IS NULL OR user_name = @n ORDER BY case_name", ("@n", name)))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var user = reader.GetString(0);
                if (!grants.TryGetValue(user, out var list))
                {
                    grants[user] = list = [];
                }

                list.Add(new CaseGrant(reader.GetString(1), (Role)reader.GetInt32(2)));
            }
        }

        var users = new List<UserInfo>();
        await using (var command = Command(connection, "SELECT name, role, created, revoked FROM users WHERE @n::text IS NULL OR name = @n ORDER BY name", ("@n", name)))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var user = reader.GetString(0);
                users.Add(new UserInfo(user, (Role)reader.GetInt32(1), Time(reader.GetInt64(2)), OptionalTime(reader, 3), grants.TryGetValue(user, out var g) ? g : []));
            }
        }

        return users;
    }

    private async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (parameterName, value) in parameters)
        {
            command.Parameters.AddWithValue(parameterName, value ?? DBNull.Value);
        }

        return command;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static DateTimeOffset Time(long ticks) => new(ticks, TimeSpan.Zero);

    private static DateTimeOffset? OptionalTime(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : Time(reader.GetInt64(column));
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
