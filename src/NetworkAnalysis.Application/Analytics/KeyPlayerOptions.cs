using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.KeyPlayers;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>Options of <see cref="KeyPlayerAnalysis"/>.</summary>
public sealed record KeyPlayerOptions
{
    /// <summary>The defaults: 5 agents, component fragmentation, reach within 1 step.</summary>
    public static KeyPlayerOptions Default { get; } = new();

    /// <summary>How many key players (k; default 5, capped by <see cref="MaxResults"/>).</summary>
    public int Count { get; init; } = 5;

    /// <summary>KPP-Neg objective (default <see cref="FragmentationMeasure.Components"/>; the distance-weighted one is for case-sized networks).</summary>
    public FragmentationMeasure Fragmentation { get; init; } = FragmentationMeasure.Components;

    /// <summary>KPP-Pos objective (default <see cref="ReachMeasure.Reach"/>).</summary>
    public ReachMeasure Reach { get; init; } = ReachMeasure.Reach;

    /// <summary>KPP-Pos: the number of steps within which others count as reached (default 1).</summary>
    public int MaxHops { get; init; } = 1;

    /// <summary>KPP-Pos: ties followed from the set (default either way; <see cref="Direction.Out"/> = whom the set can reach).</summary>
    public Direction Direction { get; init; } = Direction.All;

    /// <summary>KPP-Neg seed for the swap order and random restarts (default 0).</summary>
    public int Seed { get; init; }

    /// <summary>KPP-Neg random restarts after the beam search (default 0).</summary>
    public int Restarts { get; init; }

    /// <summary>KPP-Neg beam width (default 10; 1 = plain greedy).</summary>
    public int BeamWidth { get; init; } = 10;

    /// <summary>Which transactions form ties (default all).</summary>
    public ProjectionOptions Projection { get; init; } = ProjectionOptions.Default;

    /// <summary>Upper bound on <see cref="Count"/> (default 100).</summary>
    public int MaxResults { get; init; } = 100;

    /// <summary>Time limit (default 60 s).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);
}
