using NetworkAnalysis.Application.Jobs;
using NetworkAnalysis.Server.Problems;
using NetworkAnalysis.Server.Security;

namespace NetworkAnalysis.Server.Jobs;

/// <summary>
/// The per-user job quota, asked at the one point where jobs are submitted: a user may have at most
/// <see cref="SecurityOptions.MaxJobsPerUser"/> jobs queued or running; one more is refused with a 429
/// problem (<see cref="SecurityProblems.JobQuota"/>) naming the limit, before anything is queued.
/// </summary>
public interface IJobQuota
{
    /// <summary>
    /// Runs <paramref name="submit"/> for <paramref name="user"/> unless that user is at the limit (then throws
    /// the 429 problem); counting and submitting are one step, so concurrent submissions cannot overshoot.
    /// </summary>
    Task<JobRecord> SubmitAsync(string user, Func<Task<JobRecord>> submit, CancellationToken cancellationToken);
}

/// <summary>
/// <see cref="IJobQuota"/> over the shared <see cref="IJobStore"/>: it remembers which user submitted each
/// job and counts that user's jobs the store still shows queued or running. Owners are kept in memory, so
/// jobs re-queued after a restart count for nobody until they finish (a job store that records owners can
/// count them instead, behind the same interface).
/// </summary>
public sealed class JobQuota(IJobStore jobs, SecurityOptions options) : IJobQuota
{
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <inheritdoc />
    public async Task<JobRecord> SubmitAsync(string user, Func<Task<JobRecord>> submit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(submit);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var active = 0;
            foreach (var (id, owner) in _owners.ToList())
            {
                if (await jobs.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { IsFinished: false })
                {
                    _owners.Remove(id);
                }
                else if (owner == user)
                {
                    active++;
                }
            }

            var limit = Math.Max(1, options.MaxJobsPerUser);
            if (active >= limit)
            {
                throw new ProblemException(429, SecurityProblems.JobQuota, "Too many jobs",
                    $"you have {active} jobs queued or running and the limit is {limit} per user (Netan:Security:MaxJobsPerUser): wait for one to finish or cancel one");
            }

            var job = await submit().ConfigureAwait(false);
            _owners[job.Id] = user;
            return job;
        }
        finally
        {
            _gate.Release();
        }
    }
}
