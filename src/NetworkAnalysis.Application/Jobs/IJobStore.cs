namespace NetworkAnalysis.Application.Jobs;

/// <summary>
/// The job queue and job records, kept in the case store's database so that every server process sharing the
/// store shares one queue (PostgreSQL: any number of processes on any number of machines; SQLite: one
/// process). A job is claimed by one worker under a time-limited <em>lease</em> that the worker renews with
/// each heartbeat; a worker that dies stops renewing, and <see cref="RecoverAsync"/> (run by every server)
/// puts its job back in the queue or fails it with <see cref="JobStoreLimits.AbandonedMessage"/>. Every change of state is one
/// atomic statement that checks the state it expects, so two servers never both start, finish or recover the
/// same job. Times of leases come from the database's clock, so clocks of different machines need not agree.
/// Thread-safe.
/// </summary>
public interface IJobStore : IAsyncDisposable
{
    /// <summary>Stores a new queued job and wakes the waiting workers of every server.</summary>
    /// <returns>The job as stored (its creation time is the store's clock).</returns>
    Task<JobRecord> AddAsync(JobRecord job, CancellationToken cancellationToken = default);

    /// <summary>The job with <paramref name="id"/>, or null.</summary>
    Task<JobRecord?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The jobs run on one case version, newest first.</summary>
    Task<IReadOnlyList<JobRecord>> ListAsync(string caseName, int version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the oldest queued job for <paramref name="worker"/>: it becomes running (stage <c>loading</c>,
    /// attempts + 1) under a lease of <paramref name="lease"/>. Null when the queue is empty. Two workers never get
    /// the same job.
    /// </summary>
    Task<JobRecord?> ClaimAsync(string worker, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// The heartbeat of a running job: records its stage and progress and extends its lease, if
    /// <paramref name="worker"/> still holds it. Says whether to go on, stop because a user cancelled, or stop
    /// because the lease was lost (another server recovered the job).
    /// </summary>
    Task<JobLease> RenewAsync(string id, string worker, string stage, double progress, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends a running job held by <paramref name="worker"/>: succeeded with <paramref name="result"/> (UTF-8 JSON,
    /// written in the same transaction), failed with <paramref name="error"/>, or cancelled. False when the worker no
    /// longer held it (nothing is written).
    /// </summary>
    Task<bool> FinishAsync(string id, string worker, JobState state, string? error, ReadOnlyMemory<byte> result, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels a job: a queued one becomes cancelled at once; a running one is marked
    /// <see cref="JobRecord.CancelRequested"/> and its server stops it at the next heartbeat; a finished one is left
    /// as it is. Returns the job after the change, or null when there is no such job.
    /// </summary>
    Task<JobRecord?> CancelAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deals with running jobs whose lease expired (their server died or hung): cancelled when a cancel was
    /// asked for, queued again when started fewer than <see cref="JobStoreLimits.MaxAttempts"/> times, otherwise
    /// failed with <see cref="JobStoreLimits.AbandonedMessage"/>. Returns how many jobs it changed.
    /// </summary>
    Task<int> RecoverAsync(CancellationToken cancellationToken = default);

    /// <summary>A succeeded job's result (UTF-8 JSON), or null.</summary>
    Task<byte[]?> ReadResultAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Removes every job of a deleted case, with its result.</summary>
    Task DeleteCaseAsync(string caseName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits until a job may be waiting (one was added or cancelled anywhere: PostgreSQL <c>LISTEN/NOTIFY</c>,
    /// SQLite in-process) or <paramref name="timeout"/> passes, whichever is first. Workers poll after the timeout
    /// anyway, so a lost wake-up only delays a job, never loses it.
    /// </summary>
    Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken = default);
}

/// <summary>What a heartbeat found.</summary>
public enum JobLease
{
    /// <summary>The worker still holds the job: go on.</summary>
    Held,

    /// <summary>A user asked to cancel it: stop and finish it as cancelled.</summary>
    CancelRequested,

    /// <summary>The worker no longer holds it (its lease expired and another server recovered it): stop and write nothing.</summary>
    Lost,
}

/// <summary>Fixed limits of the job queue, the same for every store.</summary>
public static class JobStoreLimits
{
    /// <summary>How many times a job is started before one whose servers keep dying is failed instead of retried.</summary>
    public const int MaxAttempts = 2;

    /// <summary>The error of a job given up after the servers running it stopped <see cref="MaxAttempts"/> times.</summary>
    public const string AbandonedMessage = "the server running this job stopped before it finished, and so did the one that retried it; run it again (with a smaller scope if the job may be what stops them)";
}

/// <summary>Opens one kind of job store (SQLite, PostgreSQL); each storage project supplies one.</summary>
public interface IJobStoreProvider
{
    /// <summary>The location kind it opens (<c>sqlite</c>, <c>postgres</c>).</summary>
    string Kind { get; }

    /// <summary>Opens (creating its tables when needed) the job store in the case store at <paramref name="location"/>.</summary>
    /// <exception cref="Storage.CaseStoreUnavailableException">It cannot be opened; the message is one line.</exception>
    Task<IJobStore> OpenAsync(Storage.CaseStoreLocation location, CancellationToken cancellationToken = default);
}
