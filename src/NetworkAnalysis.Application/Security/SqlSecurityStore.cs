using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;

namespace NetworkAnalysis.Application.Security;

/// <summary>
/// The one implementation of <see cref="ISecurityStore"/> over SQL, written against System.Data.Common only:
/// every statement, parameter and row mapping of users, keys, grants, unmask grants, sessions and the audit
/// log is here once. A storage project supplies only what differs between databases: opening a connection,
/// recognising a constraint violation, the transaction that serialises audit appends (SQLite: the file's
/// write lock; PostgreSQL: an exclusive table lock) and the column giving the audit log's physical order.
/// Both databases understand the SQL used here (<c>@name</c> parameters, typed by <see cref="DbType"/> so a
/// null compares correctly, <c>ON CONFLICT … DO UPDATE</c>, <c>LIMIT</c>). Times are UTC ticks.
/// </summary>
public abstract class SqlSecurityStore : ISecurityStore
{
    private const string SelectAudit = "SELECT seq, time, user_name, case_name, version, endpoint, parameters, records, outcome, reason, previous_hash, hash FROM audit_log";
    private const string SelectKey = "SELECT key_id, user_name, salt, hash, created, expires, revoked FROM api_keys";
    private const string SelectSession = "SELECT id_hash, user_name, key_id, created, expires, last_seen, ended FROM sessions";

    /// <summary>An open connection (the caller disposes it).</summary>
    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="exception"/> is a unique or foreign-key violation.</summary>
    protected abstract bool IsConstraintViolation(DbException exception);

    /// <summary>Begins the transaction in which the last audit entry is read and the next appended, excluding every other appender until it ends.</summary>
    protected abstract Task<DbTransaction> BeginAppendAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The audit table's column in physical insertion order (what <see cref="ReadAllAsync"/> follows, so a reordering shows).</summary>
    protected abstract string InsertionOrderColumn { get; }

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();

    /// <inheritdoc />
    public async Task AddUserAsync(string name, Role role, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!UserNames.IsValid(name))
        {
            throw new AccessStoreException($"'{name}' is not a valid user name (letters, digits, '-', '_', '.'; 1-64 characters)");
        }

        await ExecuteRefusingAsync(
            $"user '{name}' already exists",
            "INSERT INTO users (name, role, created) VALUES (@n, @r, @c)",
            cancellationToken,
            Text("@n", name), Int("@r", (int)role), Ticks("@c", now)).ConfigureAwait(false);
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
        var changed = await ExecuteAsync(connection, transaction, "UPDATE users SET revoked = coalesce(revoked, @t) WHERE name = @n", cancellationToken, Text("@n", name), Ticks("@t", now)).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "UPDATE api_keys SET revoked = coalesce(revoked, @t) WHERE user_name = @n", cancellationToken, Text("@n", name), Ticks("@t", now)).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "UPDATE sessions SET ended = coalesce(ended, @t) WHERE user_name = @n", cancellationToken, Text("@n", name), Ticks("@t", now)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    /// <inheritdoc />
    public async Task AddKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await ExecuteRefusingAsync(
            $"no user '{key.User}'",
            "INSERT INTO api_keys (key_id, user_name, salt, hash, created, expires) VALUES (@k, @u, @s, @h, @c, @e)",
            cancellationToken,
            Text("@k", key.KeyId), Text("@u", key.User), Bytes("@s", key.Salt), Bytes("@h", key.Hash), Ticks("@c", key.Created), Ticks("@e", key.Expires)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ApiKeyRecord?> FindKeyAsync(string keyId, CancellationToken cancellationToken = default) =>
        (await QueryAsync(SelectKey + " WHERE key_id = @k", ReadKey, cancellationToken, Text("@k", keyId)).ConfigureAwait(false)).SingleOrDefault();

    /// <inheritdoc />
    public async Task<bool> RevokeKeyAsync(string keyId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var changed = await ExecuteAsync(connection, transaction, "UPDATE api_keys SET revoked = coalesce(revoked, @t) WHERE key_id = @k", cancellationToken, Text("@k", keyId), Ticks("@t", now)).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "UPDATE sessions SET ended = coalesce(ended, @t) WHERE key_id = @k", cancellationToken, Text("@k", keyId), Ticks("@t", now)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    /// <inheritdoc />
    public async Task GrantAsync(string user, CaseGrant grant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grant);
        if (grant.Role is not (Role.Viewer or Role.Analyst or Role.Supervisor))
        {
            throw new AccessStoreException("a case grant's role is viewer, analyst or supervisor");
        }

        await ExecuteRefusingAsync(
            $"no user '{user}'",
            "INSERT INTO case_grants (user_name, case_name, role) VALUES (@u, @c, @r) ON CONFLICT (user_name, case_name) DO UPDATE SET role = excluded.role",
            cancellationToken,
            Text("@u", user), Text("@c", grant.Case), Int("@r", (int)grant.Role)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveGrantAsync(string user, string caseName, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM case_grants WHERE user_name = @u AND case_name = @c", cancellationToken, Text("@u", user), Text("@c", caseName)).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public async Task AddUnmaskGrantAsync(UnmaskGrant grant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grant);
        await ExecuteRefusingAsync(
            $"no user '{grant.User}'",
            "INSERT INTO unmask_grants (user_name, case_name, reason, granted, expires) VALUES (@u, @c, @r, @g, @e)",
            cancellationToken,
            Text("@u", grant.User), Text("@c", grant.Case), Text("@r", grant.Reason), Ticks("@g", grant.Granted), Ticks("@e", grant.Expires)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<UnmaskGrant?> FindUnmaskGrantAsync(string user, string caseName, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        (await QueryAsync(
            "SELECT reason, granted, expires FROM unmask_grants WHERE user_name = @u AND case_name = @c AND granted <= @t AND expires > @t ORDER BY expires DESC LIMIT 1",
            r => new UnmaskGrant(user, caseName, r.GetString(0), Time(r, 1), Time(r, 2)),
            cancellationToken,
            Text("@u", user), Text("@c", caseName), Ticks("@t", now)).ConfigureAwait(false)).SingleOrDefault();

    /// <inheritdoc />
    public async Task AddSessionAsync(SessionRecord session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            connection, transaction, "DELETE FROM sessions WHERE coalesce(ended, expires) < @old", cancellationToken, Ticks("@old", session.Created.AddDays(-1))).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO sessions (id_hash, user_name, key_id, created, expires, last_seen) VALUES (@i, @u, @k, @c, @e, @l)",
                cancellationToken,
                Text("@i", session.IdHash), Text("@u", session.User), Text("@k", session.KeyId), Ticks("@c", session.Created), Ticks("@e", session.Expires), Ticks("@l", session.LastSeen)).ConfigureAwait(false);
        }
        catch (DbException ex) when (IsConstraintViolation(ex))
        {
            throw new AccessStoreException($"no user '{session.User}'");
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<SessionRecord?> FindSessionAsync(string idHash, CancellationToken cancellationToken = default) =>
        (await QueryAsync(SelectSession + " WHERE id_hash = @i", ReadSession, cancellationToken, Text("@i", idHash)).ConfigureAwait(false)).SingleOrDefault();

    /// <inheritdoc />
    public Task TouchSessionAsync(string idHash, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE sessions SET last_seen = @t WHERE id_hash = @i AND last_seen < @t", cancellationToken, Text("@i", idHash), Ticks("@t", now));

    /// <inheritdoc />
    public async Task<bool> EndSessionAsync(string idHash, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("UPDATE sessions SET ended = @t WHERE id_hash = @i AND ended IS NULL", cancellationToken, Text("@i", idHash), Ticks("@t", now)).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public async Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await BeginAppendAsync(connection, cancellationToken).ConfigureAwait(false);
        AuditEntry? last = null;
        await using (var command = Command(connection, transaction, SelectAudit + " ORDER BY seq DESC LIMIT 1"))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                last = ReadEntry(reader);
            }
        }

        var linked = AuditChain.Link(entry, last);
        await ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO audit_log (seq, time, user_name, case_name, version, endpoint, parameters, records, outcome, reason, previous_hash, hash) VALUES (@s, @t, @u, @c, @v, @e, @p, @r, @o, @why, @ph, @h)",
            cancellationToken,
            Long("@s", linked.Sequence), Ticks("@t", linked.Time), Text("@u", linked.User), Text("@c", linked.Case), Int("@v", linked.Version), Text("@e", linked.Endpoint),
            Text("@p", linked.Parameters), Long("@r", linked.Records), Int("@o", linked.Outcome), Text("@why", linked.Reason), Text("@ph", linked.PreviousHash), Text("@h", linked.Hash)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return linked;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return QueryAsync(
            SelectAudit + " WHERE (@u IS NULL OR user_name = @u) AND (@c IS NULL OR case_name = @c) AND (@f IS NULL OR time >= @f) AND (@to IS NULL OR time < @to) ORDER BY seq LIMIT @l",
            ReadEntry,
            cancellationToken,
            Text("@u", filter.User), Text("@c", filter.Case), Ticks("@f", filter.From), Ticks("@to", filter.To), Int("@l", Math.Clamp(filter.Limit, 1, 100_000)));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AuditEntry> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, SelectAudit + " ORDER BY " + InsertionOrderColumn);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return ReadEntry(reader);
        }
    }

    private static AuditEntry ReadEntry(DbDataReader r) => new(
        r.GetInt64(0), Time(r, 1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetInt32(4), r.GetString(5),
        r.GetString(6), r.IsDBNull(7) ? null : r.GetInt64(7), r.GetInt32(8), r.IsDBNull(9) ? null : r.GetString(9), r.GetString(10), r.GetString(11));

    private static ApiKeyRecord ReadKey(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), (byte[])r[2], (byte[])r[3], Time(r, 4), OptionalTime(r, 5), OptionalTime(r, 6));

    private static SessionRecord ReadSession(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), Time(r, 3), Time(r, 4), Time(r, 5), OptionalTime(r, 6));

    private async Task<IReadOnlyList<UserInfo>> ReadUsersAsync(string? name, CancellationToken cancellationToken)
    {
        var grants = new Dictionary<string, List<CaseGrant>>(StringComparer.Ordinal);
        foreach (var (user, grant) in await QueryAsync(
            "SELECT user_name, case_name, role FROM case_grants WHERE @n IS NULL OR user_name = @n ORDER BY case_name",
            r => (r.GetString(0), new CaseGrant(r.GetString(1), (Role)r.GetInt32(2))),
            cancellationToken,
            Text("@n", name)).ConfigureAwait(false))
        {
            if (!grants.TryGetValue(user, out var list))
            {
                grants[user] = list = [];
            }

            list.Add(grant);
        }

        return await QueryAsync(
            "SELECT name, role, created, revoked FROM users WHERE @n IS NULL OR name = @n ORDER BY name",
            r => new UserInfo(r.GetString(0), (Role)r.GetInt32(1), Time(r, 2), OptionalTime(r, 3), grants.TryGetValue(r.GetString(0), out var g) ? g : []),
            cancellationToken,
            Text("@n", name)).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params Parameter[] parameters)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params Parameter[] parameters)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, null, sql, cancellationToken, parameters).ConfigureAwait(false);
    }

    /// <summary>Executes one statement, turning a constraint violation into <see cref="AccessStoreException"/> with <paramref name="refusal"/>.</summary>
    private async Task ExecuteRefusingAsync(string refusal, string sql, CancellationToken cancellationToken, params Parameter[] parameters)
    {
        try
        {
            await ExecuteAsync(sql, cancellationToken, parameters).ConfigureAwait(false);
        }
        catch (DbException ex) when (IsConstraintViolation(ex))
        {
            throw new AccessStoreException(refusal);
        }
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params Parameter[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params Parameter[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value, type) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static DateTimeOffset Time(DbDataReader reader, int column) => new(reader.GetInt64(column), TimeSpan.Zero);

    private static DateTimeOffset? OptionalTime(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : Time(reader, column);

    private static Parameter Text(string name, string? value) => new(name, value, DbType.String);

    private static Parameter Int(string name, int? value) => new(name, value, DbType.Int32);

    private static Parameter Long(string name, long? value) => new(name, value, DbType.Int64);

    private static Parameter Ticks(string name, DateTimeOffset? value) => new(name, value?.UtcTicks, DbType.Int64);

    private static Parameter Bytes(string name, byte[] value) => new(name, value, DbType.Binary);

    /// <summary>One statement parameter; its type is explicit so PostgreSQL knows the type of a null.</summary>
    private readonly record struct Parameter(string Name, object? Value, DbType Type);
}
