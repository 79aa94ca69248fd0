namespace NetworkAnalysis.Engine.Temporal;

/// <summary>The time-respecting paths found between two nodes.</summary>
/// <param name="EarliestArrival">The path that arrives first (fewest hops among those), or null when none exists within the limits.</param>
/// <param name="FewestHops">The path with the fewest edges (earliest arrival among those), or null.</param>
public sealed record TemporalPathResult(TemporalPath? EarliestArrival, TemporalPath? FewestHops);
