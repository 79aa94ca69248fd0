namespace NetworkAnalysis.Engine.Temporal;

/// <summary>A half-open time interval <c>[From, To)</c> on the integer time axis of <see cref="TimedEdges"/>.</summary>
/// <param name="From">First time included.</param>
/// <param name="To">First time excluded.</param>
public readonly record struct TimeWindow(long From, long To)
{
    /// <summary>All time.</summary>
    public static TimeWindow All => new(long.MinValue, long.MaxValue);

    /// <summary>True when <paramref name="time"/> is inside.</summary>
    public bool Contains(long time) => time >= From && time < To;
}
