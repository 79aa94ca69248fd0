namespace NetworkAnalysis.Engine.Temporal;

/// <summary>Options of <see cref="MoneyFlow.Trace"/>.</summary>
public sealed record MoneyFlowOptions
{
    /// <summary>The defaults: forward, at most 5 hops, all time, unlimited starting amount.</summary>
    public static MoneyFlowOptions Default { get; } = new();

    /// <summary>
    /// <see cref="Direction.Out"/> (default): follow the money forward from the origin; <see cref="Direction.In"/>:
    /// trace back where the money that reached the origin came from.
    /// </summary>
    public Direction Direction { get; init; } = Direction.Out;

    /// <summary>How many transfers money may travel from the origin (default 5, at most 64).</summary>
    public int MaxHops { get; init; } = 5;

    /// <summary>Only transfers inside this window are followed (default all time).</summary>
    public TimeWindow Window { get; init; } = TimeWindow.All;

    /// <summary>
    /// The amount traced from the origin (default +∞: every transfer the origin makes, in full, forward; every
    /// transfer it receives, backward).
    /// </summary>
    public double InitialAmount { get; init; } = double.PositiveInfinity;
}
