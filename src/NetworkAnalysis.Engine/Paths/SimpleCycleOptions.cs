namespace NetworkAnalysis.Engine.Paths;

/// <summary>Options of <see cref="SimpleCycles.Enumerate"/>.</summary>
public sealed record SimpleCycleOptions
{
    /// <summary>The defaults: cycles of up to 4 edges, at most 10,000 of them.</summary>
    public static SimpleCycleOptions Default { get; } = new();

    /// <summary>Longest cycle, in edges (default 4).</summary>
    public int MaxLength { get; init; } = 4;

    /// <summary>Most cycles returned (default 10,000); the enumeration stops there and says it was truncated.</summary>
    public int MaxCycles { get; init; } = 10_000;
}
