using NetworkAnalysis.Application.Progress;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>
/// Runs an analysis under its time limit: the engine loops check the token, and when the limit (not the
/// caller) cancels, the <see cref="OperationCanceledException"/> becomes a <see cref="TimeoutException"/>
/// that names the analysis and the limit.
/// </summary>
internal static class Deadline
{
    /// <summary>
    /// As <see cref="Run{T}(string, TimeSpan, CancellationToken, Func{CancellationToken, T})"/>, reporting progress as stage
    /// <paramref name="analysis"/>: 0 at the start, what <paramref name="body"/> reports through its range, 1 at the end.
    /// </summary>
    public static T Run<T>(string analysis, TimeSpan limit, CancellationToken cancellationToken, IProgress<AnalysisProgress>? progress,
        Func<CancellationToken, ProgressRange, T> body)
    {
        var range = ProgressRange.Of(progress);
        range.Report(analysis, 0);
        var result = Run(analysis, limit, cancellationToken, ct => body(ct, range));
        range.Report(analysis, 1);
        return result;
    }

    public static T Run<T>(string analysis, TimeSpan limit, CancellationToken cancellationToken, Func<CancellationToken, T> body)
    {
        if (limit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "the time limit must be positive");
        }

        using var timer = new CancellationTokenSource(limit);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return body(linked.Token);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{analysis} exceeded its time limit of {limit.TotalSeconds:0.###} s; narrow the query (fewer hops, a time window, fewer transaction kinds) or raise the limit");
        }
    }
}
