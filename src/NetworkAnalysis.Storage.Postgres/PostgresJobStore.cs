using Npgsql;
using NpgsqlTypes;
using NetworkAnalysis.Application.Jobs;
using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Storage.Postgres;

/// <summary>
/// The shared job queue in PostgreSQL: one row per job in <c>jobs</c>. A worker claims the oldest queued job with
/// <c>FOR UPDATE SKIP LOCKED</c> (two servers never take the same one, and neither waits for the other), holds it
/// under a lease in the database's clock that its heartbeat renews, and every state change is one UPDATE that
/// checks the state (and holder) it expects. New jobs send <c>NOTIFY netan_jobs</c>; one listening connection per
/// process turns that into a wake-up of the local workers. See <see cref="IJobStore"/> for the contract.
/// </summary>
public sealed class PostgresJobStore : IJobStore
{
    // UTC ticks of the database's clock: leases of servers on different machines are compared on one clock.
    private const string Now = "(floor(extract(epoch FROM clock_timestamp()) * 10000000)::bigint + 621355968000000000)";
    private const string Channel = "netan_jobs";

    private readonly NpgsqlDataSource _dataSource;
    private readonly JobWakeUp _wakeUp = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _listener = Task.CompletedTask;

    private PostgresJobStore(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    /// <summary>Opens the job table of the store at <paramref name="target"/> (a postgres:// address), creating it when needed, and starts listening for new jobs.</summary>
    /// <exception cref="CaseStoreUnavailableException">The database cannot be reached or its job table is too new.</exception>
    public static async Task<PostgresJobStore> OpenAsync(string target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var builder = PostgresAddress.Parse(target);
        var store = new PostgresJobStore(NpgsqlDataSource.Create(builder));
        try
        {
            await using (var connection = await store._dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
            {
                await PostgresJobSchema.MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or CaseStoreUnavailableException)
        {
            await store._dataSource.DisposeAsync().ConfigureAwait(false);
            throw ex as CaseStoreUnavailableException ?? new CaseStoreUnavailableException($"the case store cannot hold jobs: {ex.Message}");
        }

        store._listener = Task.Run(() => store.ListenAsync(store._stop.Token), CancellationToken.None);
        return store;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _listener.ConfigureAwait(false);
        _stop.Dispose();
        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<JobRecord> AddAsync(JobRecord job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var command = _dataSource.CreateCommand(
            $"INSERT INTO jobs (id, case_name, version, analysis, options, state, stage, progress, estimated_bytes, created_at) " +
            $"VALUES (@id, @c, @v, @a, @o, 'queued', 'queued', 0, @e, {Now}) RETURNING {JobRows.Columns}; NOTIFY {Channel}");
        Add(command, ("id", job.Id), ("c", job.Case), ("v", job.Version), ("a", job.Analysis), ("o", JobRows.OptionsJson(job.Options)), ("e", job.EstimatedBytes));
        return await SingleAsync(command, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("the insert returned no row");
    }

    /// <inheritdoc />
    public async Task<JobRecord?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {JobRows.Columns} FROM jobs WHERE id = @id");
        Add(command, ("id", id));
        return await SingleAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JobRecord>> ListAsync(string caseName, int version, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {JobRows.Columns} FROM jobs WHERE case_name = @c AND version = @v ORDER BY created_at DESC, id");
        Add(command, ("c", caseName), ("v", version));
        var jobs = new List<JobRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            jobs.Add(JobRows.Read(reader));
        }

        return jobs;
    }

    /// <inheritdoc />
    public async Task<JobRecord?> ClaimAsync(string worker, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            $"UPDATE jobs SET state = 'running', stage = 'loading', progress = 0, attempts = attempts + 1, worker = @w, " +
            $"started_at = {Now}, finished_at = NULL, error = NULL, lease_until = {Now} + @l " +
            $"WHERE id = (SELECT id FROM jobs WHERE state = 'queued' ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) " +
            $"RETURNING {JobRows.Columns}");
        Add(command, ("w", worker), ("l", lease.Ticks));
        return await SingleAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<JobLease> RenewAsync(string id, string worker, string stage, double progress, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            $"UPDATE jobs SET stage = @s, progress = greatest(progress, @p), lease_until = {Now} + @l " +
            "WHERE id = @id AND state = 'running' AND worker = @w RETURNING cancel_requested");
        Add(command, ("id", id), ("w", worker), ("s", stage), ("p", progress), ("l", lease.Ticks));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) switch
        {
            true => JobLease.CancelRequested,
            false => JobLease.Held,
            _ => JobLease.Lost,
        };
    }

    /// <inheritdoc />
    public async Task<bool> FinishAsync(string id, string worker, JobState state, string? error, ReadOnlyMemory<byte> result, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            $"UPDATE jobs SET state = @state, stage = @stage, progress = CASE WHEN @state = 'succeeded' THEN 1 ELSE progress END, " +
            $"finished_at = {Now}, error = @e, result = @r, lease_until = NULL WHERE id = @id AND state = 'running' AND worker = @w");
        Add(command, ("id", id), ("w", worker), ("state", JobRows.Word(state)), ("stage", JobRows.FinalStage(state)), ("e", error));
        command.Parameters.Add(new NpgsqlParameter("r", NpgsqlDbType.Bytea) { Value = state == JobState.Succeeded ? result.ToArray() : DBNull.Value });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task<JobRecord?> CancelAsync(string id, CancellationToken cancellationToken = default)
    {
        // In SET, every column reference is the row's value before the update.
        await using var command = _dataSource.CreateCommand(
            $"UPDATE jobs SET state = CASE WHEN state = 'queued' THEN 'cancelled' ELSE state END, " +
            $"stage = CASE WHEN state = 'queued' THEN 'cancelled' ELSE stage END, " +
            $"finished_at = CASE WHEN state = 'queued' THEN {Now} ELSE finished_at END, " +
            $"cancel_requested = cancel_requested OR state = 'running' " +
            $"WHERE id = @id RETURNING {JobRows.Columns}");
        Add(command, ("id", id));
        return await SingleAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        // Two servers recovering at once: the second one's UPDATE re-checks the row after the first commits,
        // finds it no longer running, and leaves it.
        await using var command = _dataSource.CreateCommand(
            $"UPDATE jobs SET " +
            $"state = CASE WHEN cancel_requested THEN 'cancelled' WHEN attempts < @max THEN 'queued' ELSE 'failed' END, " +
            $"stage = CASE WHEN cancel_requested THEN 'cancelled' WHEN attempts < @max THEN 'queued' ELSE 'interrupted' END, " +
            $"progress = CASE WHEN NOT cancel_requested AND attempts < @max THEN 0 ELSE progress END, " +
            $"finished_at = CASE WHEN NOT cancel_requested AND attempts < @max THEN NULL ELSE {Now} END, " +
            $"error = CASE WHEN NOT cancel_requested AND attempts >= @max THEN @msg END, " +
            $"lease_until = NULL " +
            $"WHERE state = 'running' AND lease_until < {Now}; NOTIFY {Channel}");
        Add(command, ("max", JobStoreLimits.MaxAttempts), ("msg", JobStoreLimits.AbandonedMessage));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<byte[]?> ReadResultAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT result FROM jobs WHERE id = @id AND state = 'succeeded'");
        Add(command, ("id", id));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }

    /// <inheritdoc />
    public async Task DeleteCaseAsync(string caseName, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("DELETE FROM jobs WHERE case_name = @c");
        Add(command, ("c", caseName));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken = default) => _wakeUp.WaitAsync(timeout, cancellationToken);

    // One connection per process LISTENs; a notification from any server wakes this process's workers. When the
    // connection breaks it reconnects after a second (workers poll meanwhile).
    private async Task ListenAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(stop).ConfigureAwait(false);
                connection.Notification += (_, _) => _wakeUp.Pulse();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stop).ConfigureAwait(false);
                }

                while (!stop.IsCancellationRequested)
                {
                    await connection.WaitAsync(stop).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException)
            {
                _wakeUp.Pulse();
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private static async Task<JobRecord?> SingleAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? JobRows.Read(reader) : null;
    }

    private static void Add(NpgsqlCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }
}

/// <summary>Opens <see cref="CaseStoreLocation.Postgres"/> locations as <see cref="PostgresJobStore"/>s.</summary>
public sealed class PostgresJobStoreProvider : IJobStoreProvider
{
    /// <inheritdoc />
    public string Kind => CaseStoreLocation.Postgres;

    /// <inheritdoc />
    public async Task<IJobStore> OpenAsync(CaseStoreLocation location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        return await PostgresJobStore.OpenAsync(location.Target, cancellationToken).ConfigureAwait(false);
    }
}
