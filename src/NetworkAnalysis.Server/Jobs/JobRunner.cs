using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NetworkAnalysis.Application.Requests;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Server.Hosting;
using NetworkAnalysis.Server.Problems;

namespace NetworkAnalysis.Server.Jobs;

/// <summary>
/// Runs analyses in the background: at most <see cref="ServerOptions.MaxConcurrentJobs"/> at once, each
/// refused before it starts when its memory estimate exceeds <see cref="ServerOptions.MemoryBudgetBytes"/>,
/// cancellable, its record and result stored by <see cref="JobStore"/>. At start-up, jobs that were running
/// when the server stopped are marked failed (their partial work is gone) and queued ones run again.
/// </summary>
public sealed partial class JobRunner(JobStore jobs, CaseAccess cases, ServerOptions options, TimeProvider clock, ILogger<JobRunner> logger) : BackgroundService
{
    /// <summary>The error recorded for a job that was running when the server stopped.</summary>
    public const string InterruptedMessage = "the server stopped while this job was running; run it again";

    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>();
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>Accepts a job (options already validated) and queues it; 422 when over the memory budget.</summary>
    public JobRecord Submit(CaseVersionRef exact, AnalysisDefinition analysis, IReadOnlyDictionary<string, string?> given, int agents, int transactions)
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
            JobState.Queued, "queued", 0, estimate, clock.GetUtcNow(), null, null, null);
        jobs.Save(record);
        _queue.Writer.TryWrite(record.Id);
        return record;
    }

    /// <summary>Cancels a queued or running job; a finished job is left as it is (409).</summary>
    public JobRecord Cancel(string id)
    {
        lock (_gate)
        {
            var record = jobs.Find(id) ?? throw ProblemException.NotFound($"no job '{id}'");
            if (record.IsFinished)
            {
                throw new ProblemException(409, ProblemTypes.Conflict, "Conflict", $"job {id} has already finished ({record.State.ToString().ToLowerInvariant()})");
            }

            if (_running.TryGetValue(id, out var cts))
            {
                cts.Cancel();
                return record;
            }

            var cancelled = record with { State = JobState.Cancelled, Stage = "cancelled", FinishedAt = clock.GetUtcNow() };
            jobs.Save(cancelled);
            return cancelled;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var record in jobs.All.Reverse())
        {
            if (record.State == JobState.Running)
            {
                jobs.Save(record with { State = JobState.Failed, Stage = "interrupted", FinishedAt = clock.GetUtcNow(), Error = InterruptedMessage });
            }
            else if (record.State == JobState.Queued)
            {
                _queue.Writer.TryWrite(record.Id);
            }
        }

        var workers = Enumerable.Range(0, Math.Max(1, options.MaxConcurrentJobs)).Select(_ => Task.Run(() => WorkAsync(stoppingToken), stoppingToken));
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var id in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await RunAsync(id, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; running jobs stay "running" on disk and are marked interrupted at the next start.
        }
    }

    private async Task RunAsync(string id, CancellationToken stoppingToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        JobRecord record;
        lock (_gate)
        {
            record = jobs.Find(id)!;
            if (record is null || record.State != JobState.Queued)
            {
                return;
            }

            record = record with { State = JobState.Running, Stage = "loading", Progress = 0.05, StartedAt = clock.GetUtcNow() };
            jobs.Save(record);
            _running[id] = cts;
        }

        try
        {
            var analysis = AnalysisCatalog.Find(record.Analysis)!;
            var display = await cases.DisplayAsync(new CaseVersionRef(record.Case, record.Version), cts.Token).ConfigureAwait(false);
            record = record with { Stage = "computing", Progress = 0.2 };
            jobs.Save(record);
            var output = await Task.Run(() => analysis.Run(display, new OptionValues(analysis.Options, record.Options), cts.Token), cts.Token).ConfigureAwait(false);
            record = record with { Stage = "writing", Progress = 0.9 };
            jobs.Save(record);
            jobs.SaveResult(id, stream =>
            {
                using var json = new Utf8JsonWriter(stream);
                output.WriteJson(json);
            });
            record = record with { State = JobState.Succeeded, Stage = "done", Progress = 1, FinishedAt = clock.GetUtcNow() };
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            record = record with { State = JobState.Cancelled, Stage = "cancelled", FinishedAt = clock.GetUtcNow() };
        }
        catch (Exception ex)
        {
            var problem = ProblemMiddleware.Map(ex);
            if (problem.Status == 500)
            {
                LogFailure(logger, ex, id);
            }

            record = record with { State = JobState.Failed, Stage = "failed", FinishedAt = clock.GetUtcNow(), Error = problem.Message };
        }
        finally
        {
            _running.TryRemove(id, out _);
        }

        jobs.Save(record);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "job {Id} failed unexpectedly")]
    private static partial void LogFailure(ILogger logger, Exception exception, string id);
}
