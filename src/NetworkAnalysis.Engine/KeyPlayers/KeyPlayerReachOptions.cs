namespace NetworkAnalysis.Engine.KeyPlayers;

/// <summary>Options of <see cref="KeyPlayerReach.Find"/>.</summary>
public sealed record KeyPlayerReachOptions
{
    /// <summary>The defaults: plain reach within 1 step, ties in either direction.</summary>
    public static KeyPlayerReachOptions Default { get; } = new();

    /// <summary>The objective (default <see cref="ReachMeasure.Reach"/>).</summary>
    public ReachMeasure Measure { get; init; } = ReachMeasure.Reach;

    /// <summary>The distance limit d in steps (default 1: direct contacts). For distance-weighted reach, nodes further away count 0.</summary>
    public int MaxDistance { get; init; } = 1;

    /// <summary>Edges followed on a directed graph: <see cref="Direction.Out"/> (whom the set reaches), <see cref="Direction.In"/>, or <see cref="Direction.All"/> (default).</summary>
    public Direction Direction { get; init; } = Direction.All;
}
