using Microsoft.Data.Sqlite;
using NetworkAnalysis.Application.Jobs;
using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Storage.Sqlite;

/// <summary>
/// The job queue in the case store's SQLite file: one row per job in <c>jobs</c>. Each change is one statement
/// under the file's write lock, so it is atomic; a claim takes the oldest queued job. Workers are woken in process
/// (a SQLite store is served by one server process), and leases work as with PostgreSQL, so a restarted server
/// recovers the jobs its previous run left running once their lease expires. See <see cref="IJobStore"/>.
/// </summary>
public sealed class SqliteJobStore : IJobStore
{
    private readonly string _connectionString;
    private readonly JobWakeUp _wakeUp = new();

    private SqliteJobStore(string path) =>
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 60 }.ToString();

    /// <summary>Opens the job table of the store at <paramref name="path"/>, creating the store and the table when needed.</summary>
    /// <exception cref="CaseStoreUnavailableException">The file cannot be used as a store, or its job table is too new.</exception>
    public static async Task<SqliteJobStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        await using (await SqliteCaseStore.OpenAsync(path, cancellationToken).ConfigureAwait(false))
        {
            // The case store's own schema first: the job table lives in a store, never in a stray file.
        }

        var store = new SqliteJobStore(Path.GetFullPath(path));
        try
        {
            await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            SqliteJobSchema.Migrate(connection);
        }
        catch (SqliteException ex)
        {
            throw new CaseStoreUnavailableException($"the case store {path} cannot hold jobs: {ex.Message}");
        }

        return store;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <inheritdoc />
    public async Task<JobRecord> AddAsync(JobRecord job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var added = await SingleAsync(
            $"INSERT INTO jobs (id, case_name, version, analysis, options, state, stage, progress, estimated_bytes, created_at) " +
            $"VALUES ($id, $c, $v, $a, $o, 'queued', 'queued', 0, $e, $now) RETURNING {JobRows.Columns}",
            cancellationToken,
            ("$id", job.Id), ("$c", job.Case), ("$v", job.Version), ("$a", job.Analysis), ("$o", JobRows.OptionsJson(job.Options)), ("$e", job.EstimatedBytes), ("$now", NowTicks()))
            .ConfigureAwait(false);
        _wakeUp.Pulse();
        return added!;
    }

    /// <inheritdoc />
    public Task<JobRecord?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        SingleAsync($"SELECT {JobRows.Columns} FROM jobs WHERE id = $id", cancellationToken, ("$id", id));

    /// <inheritdoc />
    public async Task<IReadOnlyList<JobRecord>> ListAsync(string caseName, int version, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"SELECT {JobRows.Columns} FROM jobs WHERE case_name = $c AND version = $v ORDER BY created_at DESC, id", ("$c", caseName), ("$v", version));
        var jobs = new List<JobRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            jobs.Add(JobRows.Read(reader));
        }

        return jobs;
    }

    /// <inheritdoc />
    public Task<JobRecord?> ClaimAsync(string worker, TimeSpan lease, CancellationToken cancellationToken = default) =>
        SingleAsync(
            $"UPDATE jobs SET state = 'running', stage = 'loading', progress = 0, attempts = attempts + 1, worker = $w, " +
            $"started_at = $now, finished_at = NULL, error = NULL, lease_until = $now + $l " +
            $"WHERE id = (SELECT id FROM jobs WHERE state = 'queued' ORDER BY created_at, id LIMIT 1) RETURNING {JobRows.Columns}",
            cancellationToken,
            ("$w", worker), ("$l", lease.Ticks), ("$now", NowTicks()));

    /// <inheritdoc />
    public async Task<JobLease> RenewAsync(string id, string worker, string stage, double progress, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            "UPDATE jobs SET stage = $s, progress = max(progress, $p), lease_until = $now + $l WHERE id = $id AND state = 'running' AND worker = $w RETURNING cancel_requested",
            ("$id", id), ("$w", worker), ("$s", stage), ("$p", progress), ("$l", lease.Ticks), ("$now", NowTicks()));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) switch
        {
            long requested when requested != 0 => JobLease.CancelRequested,
            long => JobLease.Held,
            _ => JobLease.Lost,
        };
    }

    /// <inheritdoc />
    public async Task<bool> FinishAsync(string id, string worker, JobState state, string? error, ReadOnlyMemory<byte> result, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            "UPDATE jobs SET state = $state, stage = $stage, progress = CASE WHEN $state = 'succeeded' THEN 1 ELSE progress END, " +
            "finished_at = $now, error = $e, result = $r, lease_until = NULL WHERE id = $id AND state = 'running' AND worker = $w",
            ("$id", id), ("$w", worker), ("$state", JobRows.Word(state)), ("$stage", JobRows.FinalStage(state)), ("$e", error),
            ("$r", state == JobState.Succeeded ? result.ToArray() : null), ("$now", NowTicks()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public Task<JobRecord?> CancelAsync(string id, CancellationToken cancellationToken = default) =>
        // In SET, every column reference is the row's value before the update.
        SingleAsync(
            $"UPDATE jobs SET state = CASE WHEN state = 'queued' THEN 'cancelled' ELSE state END, " +
            $"stage = CASE WHEN state = 'queued' THEN 'cancelled' ELSE stage END, " +
            $"finished_at = CASE WHEN state = 'queued' THEN $now ELSE finished_at END, " +
            $"cancel_requested = cancel_requested OR state = 'running' " +
            $"WHERE id = $id RETURNING {JobRows.Columns}",
            cancellationToken,
            ("$id", id), ("$now", NowTicks()));

    /// <inheritdoc />
    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(
            connection,
            "UPDATE jobs SET " +
            "state = CASE WHEN cancel_requested THEN 'cancelled' WHEN attempts < $max THEN 'queued' ELSE 'failed' END, " +
            "stage = CASE WHEN cancel_requested THEN 'cancelled' WHEN attempts < $max THEN 'queued' ELSE 'interrupted' END, " +
            "progress = CASE WHEN NOT cancel_requested AND attempts < $max THEN 0 ELSE progress END, " +
            "finished_at = CASE WHEN NOT cancel_requested AND attempts < $max THEN NULL ELSE $now END, " +
            "error = CASE WHEN NOT cancel_requested AND attempts >= $max THEN $msg END, " +
            "lease_until = NULL " +
            "WHERE state = 'running' AND lease_until < $now",
            ("$max", JobStoreLimits.MaxAttempts), ("$msg", JobStoreLimits.AbandonedMessage), ("$now", NowTicks()));
        var changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (changed > 0)
        {
            _wakeUp.Pulse();
        }

        return changed;
    }

    /// <inheritdoc />
    public async Task<byte[]?> ReadResultAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "SELECT result FROM jobs WHERE id = $id AND state = 'succeeded'", ("$id", id));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }

    /// <inheritdoc />
    public async Task DeleteCaseAsync(string caseName, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "DELETE FROM jobs WHERE case_name = $c", ("$c", caseName));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken = default) => _wakeUp.WaitAsync(timeout, cancellationToken);

    private static long NowTicks() => DateTimeOffset.UtcNow.UtcTicks;

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private async Task<JobRecord?> SingleAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? JobRows.Read(reader) : null;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}

/// <summary>Opens <see cref="CaseStoreLocation.Sqlite"/> locations as <see cref="SqliteJobStore"/>s.</summary>
public sealed class SqliteJobStoreProvider : IJobStoreProvider
{
    /// <inheritdoc />
    public string Kind => CaseStoreLocation.Sqlite;

    /// <inheritdoc />
    public async Task<IJobStore> OpenAsync(CaseStoreLocation location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        return await SqliteJobStore.OpenAsync(location.Target, cancellationToken).ConfigureAwait(false);
    }
}
