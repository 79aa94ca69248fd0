namespace NetworkAnalysis.Application.Analytics;

/// <summary>
/// Runs an analysis under its time limit: the engine loops check the token, and when the limit (not the
/// caller) cancels, the <see cref="OperationCanceledException"/> becomes a <see cref="TimeoutException"/>
/// that names the analysis and the limit.
/// </summary>
internal static class Deadline
{
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
