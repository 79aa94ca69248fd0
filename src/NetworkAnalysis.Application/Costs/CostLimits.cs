namespace NetworkAnalysis.Application.Costs;

/// <summary>
/// The most an analysis may be expected to cost before it is refused (CLI <c>--max-memory</c>,
/// <c>--max-seconds</c>; the service's per-job limits). Defaults: 4 GiB and 10 minutes.
/// </summary>
public sealed record CostLimits
{
    /// <summary>Default memory limit in MiB (4 GiB).</summary>
    public const int DefaultMaxMemoryMiB = 4096;

    /// <summary>Default time limit in seconds (10 minutes).</summary>
    public const int DefaultMaxSeconds = 600;

    /// <summary>The defaults.</summary>
    public static CostLimits Default { get; } = new();

    /// <summary>Largest estimated memory, in MiB.</summary>
    public int MaxMemoryMiB { get; init; } = DefaultMaxMemoryMiB;

    /// <summary>Largest estimated time, in seconds.</summary>
    public int MaxSeconds { get; init; } = DefaultMaxSeconds;

    /// <summary>Refuses <paramref name="estimate"/> when it is above a limit.</summary>
    /// <param name="estimate">The analysis's estimate.</param>
    /// <param name="what">The analysis in words, e.g. "centrality betweenness".</param>
    /// <exception cref="AnalysisException">The estimate is above a limit; the message gives the estimate and the option that raises the limit.</exception>
    public void Check(CostEstimate estimate, string what)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var overMemory = estimate.Bytes > (long)MaxMemoryMiB << 20;
        var overTime = estimate.Seconds > MaxSeconds;
        if (!overMemory && !overTime)
        {
            return;
        }

        var limit = overTime
            ? $"above the time limit of {CostEstimate.Duration(MaxSeconds)} (raise it with --max-seconds)"
            : $"above the memory limit of {CostEstimate.Size((long)MaxMemoryMiB << 20)} (raise it with --max-memory, in MB)";
        var hint = estimate.Hint.Length > 0 ? $"; or {estimate.Hint}" : string.Empty;
        throw new AnalysisException($"{what} on {estimate.Basis} would take {estimate.Describe()}, {limit}{hint}");
    }
}
