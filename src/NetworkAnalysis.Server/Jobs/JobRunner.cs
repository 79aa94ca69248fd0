using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NetworkAnalysis.Application.Jobs;
using NetworkAnalysis.Application.Requests;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Server.Hosting;
using NetworkAnalysis.Server.Problems;

namespace NetworkAnalysis.Server.Jobs;

/// <summary>
/// Runs analyses in the background from the queue in the case store (<see cref="IJobStore"/>), which every
/// server process on the same store shares: at most <see cref="ServerOptions.MaxConcurrentJobs"/> at once in
/// this process, each refused before it is queued when its memory estimate exceeds
/// <see cref="ServerOptions.MemoryBudgetBytes"/>. A running job's heartbeat (every
/// <see cref="ServerOptions.JobHeartbeatSeconds"/>) writes its stage and progress, renews its lease
/// (<see cref="ServerOptions.JobLeaseSeconds"/>) and picks up a cancel asked of any server. Every server also
/// recovers jobs whose lease expired because the server running them died: they are queued again, once.
/// </summary>
public sealed partial class JobRunner(IJobStore jobs, CaseAccess cases, ServerOptions options, ILogger<JobRunner> logger) : BackgroundService
{
    /// <summary>This process among the servers sharing the store: <c>host:pid:random</c>. Its workers are <c>Instance/slot</c>.</summary>
    public string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{RandomNumberGenerator.GetHexString(6, lowercase: true)}";

    private TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(1, options.JobLeaseSeconds));

    private TimeSpan Heartbeat => TimeSpan.FromSeconds(Math.Clamp(options.JobHeartbeatSeconds, 0.1, Math.Max(0.1, options.JobLeaseSeconds / 3.0)));

    /// <summary>Accepts a job (options already validated) and queues it; 422 when over the memory budget.</summary>
    public async Task<JobRecord> SubmitAsync(CaseVersionRef exact, AnalysisDefinition analysis, IReadOnlyDictionary<string, string?> given, int agents, int transactions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exact);
        ArgumentNullException.ThrowIfNull(analysis);
        var estimate = analysis.EstimateBytes(agents, transactions);
        if (estimate > options.MemoryBudgetBytes)
        {
            throw new ProblemException(422, ProblemTypes.OverBudget, "Over memory budget",
                $"{analysis.Name} on {exact} needs about {estimate >> 20} MiB, more than the server's budget of {options.MemoryBudgetBytes >> 20} MiB");
        }

        var record = new JobRecord(RandomNumberGenerator.GetHexString(32, lowercase: true), exact.Case, exact.Version!.Value, analysis.Name, given,
            JobState.Queued, "queued", 0, estimate, default, null, null, null);
        return await jobs.AddAsync(record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancels a queued job now, or asks the server running it to stop; a finished job is left as it is (409).</summary>
    public async Task<JobRecord> CancelAsync(string id, CancellationToken cancellationToken)
    {
        var before = await FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (before.IsFinished)
        {
            throw new ProblemException(409, ProblemTypes.Conflict, "Conflict", $"job {id} has already finished ({JobRows.Word(before.State)})");
        }

        return await jobs.CancelAsync(id, cancellationToken).ConfigureAwait(false) ?? throw ProblemException.NotFound($"no job '{id}'");
    }

    /// <summary>The job <paramref name="id"/>; 404 when there is none (or the id is malformed).</summary>
    public async Task<JobRecord> FindAsync(string id, CancellationToken cancellationToken) =>
        (JobRecord.IsId(id) ? await jobs.FindAsync(id, cancellationToken).ConfigureAwait(false) : null) ?? throw ProblemException.NotFound($"no job '{id}'");

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(logger, Instance, options.MaxConcurrentJobs);
        var workers = Enumerable.Range(0, Math.Max(1, options.MaxConcurrentJobs))
            .Select(slot => Task.Run(() => WorkAsync($"{Instance}/{slot}", stoppingToken), CancellationToken.None))
            .Append(Task.Run(() => RecoverAsync(stoppingToken), CancellationToken.None));
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    // Every server looks for jobs whose server died, so a job is never stranded while any server runs.
    private async Task RecoverAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var changed = await jobs.RecoverAsync(stoppingToken).ConfigureAwait(false);
                if (changed > 0)
                {
                    LogRecovered(logger, changed);
                }

                await Task.Delay(Heartbeat, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogStoreTrouble(logger, ex);
                await Pause(stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WorkAsync(string worker, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var job = await jobs.ClaimAsync(worker, Lease, stoppingToken).ConfigureAwait(false);
                if (job is null)
                {
                    await jobs.WaitForWorkAsync(TimeSpan.FromSeconds(2), stoppingToken).ConfigureAwait(false);
                    continue;
                }

                await RunAsync(job, worker, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // The host is stopping: a job still running keeps its row "running" until its lease expires, then a
                // server (this one restarted, or another) queues it again.
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogStoreTrouble(logger, ex);
                await Pause(stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task RunAsync(JobRecord job, string worker, CancellationToken stoppingToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var status = new JobStatus("loading", 0.05);
        using var beat = new CancellationTokenSource();
        var heartbeat = Task.Run(() => HeartbeatAsync(job.Id, worker, status, cts, beat.Token), CancellationToken.None);
        JobState final;
        string? error = null;
        byte[] result = [];
        try
        {
            var analysis = AnalysisCatalog.Find(job.Analysis) ?? throw new InvalidOperationException($"unknown analysis '{job.Analysis}'");
            var display = await cases.DisplayAsync(new CaseVersionRef(job.Case, job.Version), cts.Token).ConfigureAwait(false);
            status.Set("computing", JobStatus.ComputeStart);
            var output = await Task.Run(() => analysis.Run(display, new OptionValues(analysis.Options, job.Options), cts.Token, status), cts.Token).ConfigureAwait(false);
            status.Set("writing", JobStatus.ComputeEnd);
            using var buffer = new MemoryStream();
            await using (var json = new Utf8JsonWriter(buffer))
            {
                output.WriteJson(json);
            }

            result = buffer.ToArray();
            final = JobState.Succeeded;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            final = JobState.Cancelled;
        }
        catch (Exception ex)
        {
            var problem = ProblemMiddleware.Map(ex);
            if (problem.Status == 500)
            {
                LogFailure(logger, ex, job.Id);
            }

            final = JobState.Failed;
            error = problem.Message;
        }
        finally
        {
            await beat.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }

        if (status.Lost)
        {
            LogLost(logger, job.Id, worker);
            return;
        }

        if (!await jobs.FinishAsync(job.Id, worker, final, error, result, CancellationToken.None).ConfigureAwait(false))
        {
            LogLost(logger, job.Id, worker);
        }
    }

    private async Task HeartbeatAsync(string id, string worker, JobStatus status, CancellationTokenSource run, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Heartbeat, stop).ConfigureAwait(false);
                var (stage, progress) = status.Read();
                switch (await jobs.RenewAsync(id, worker, stage, progress, Lease, stop).ConfigureAwait(false))
                {
                    case JobLease.CancelRequested:
                        await run.CancelAsync().ConfigureAwait(false);
                        break;
                    case JobLease.Lost:
                        status.Lost = true;
                        await run.CancelAsync().ConfigureAwait(false);
                        return;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store did not answer this beat; the lease still has time, the next beat tries again.
                LogStoreTrouble(logger, ex);
            }
        }
    }

    private static async Task Pause(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "job worker {Instance} started with {Slots} slots")]
    private static partial void LogStarted(ILogger logger, string instance, int slots);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} jobs left running by a server that stopped answering were queued again or failed")]
    private static partial void LogRecovered(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "job {Id}: worker {Worker} lost its lease (another server recovered the job); its result was discarded")]
    private static partial void LogLost(ILogger logger, string id, string worker);

    [LoggerMessage(Level = LogLevel.Warning, Message = "the job store did not answer; retrying")]
    private static partial void LogStoreTrouble(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "job {Id} failed unexpectedly")]
    private static partial void LogFailure(ILogger logger, Exception exception, string id);
}
