namespace NetworkAnalysis.Engine.Temporal;

/// <summary>Options of <see cref="TemporalPaths.Find"/>.</summary>
public sealed record TemporalPathOptions
{
    /// <summary>The defaults: at most 10 hops, all time, along edge direction.</summary>
    public static TemporalPathOptions Default { get; } = new();

    /// <summary>Most edges on a path (default 10).</summary>
    public int MaxHops { get; init; } = 10;

    /// <summary>Only edges inside this window are used (default all time).</summary>
    public TimeWindow Window { get; init; } = TimeWindow.All;

    /// <summary>
    /// <see cref="Direction.Out"/> (default): follow edges source → target; <see cref="Direction.In"/>: walk
    /// against them (still forward in time); <see cref="Direction.All"/>: either way.
    /// </summary>
    public Direction Direction { get; init; } = Direction.Out;
}
