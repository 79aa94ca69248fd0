using NetworkAnalysis.Application.Communities;
using NetworkAnalysis.Application.Projection;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>
/// Options of <see cref="BrokerageAnalysis.Analyze"/>. Brokerage is defined on two-step paths, so it has no
/// separate hop limit: its work is bounded by Σ in-degree × out-degree.
/// </summary>
public sealed record BrokerageOptions
{
    /// <summary>The defaults.</summary>
    public static BrokerageOptions Default { get; } = new();

    /// <summary>The partition (default <see cref="BrokeragePartition.Groups"/>).</summary>
    public BrokeragePartition Partition { get; init; } = BrokeragePartition.Groups;

    /// <summary>How communities are detected for <see cref="BrokeragePartition.Communities"/> (default Leiden, modularity, seed 0).</summary>
    public CommunityRequest Communities { get; init; } = new(CommunityMethod.Leiden);

    /// <summary>Agent id → label for <see cref="BrokeragePartition.Custom"/>; agents not listed form groups of their own.</summary>
    public IReadOnlyDictionary<string, string>? CustomPartition { get; init; }

    /// <summary>Which transactions form ties (default: all, directed). The projection's weights are used only by <see cref="WeightedConstraint"/>.</summary>
    public ProjectionOptions Projection { get; init; } = ProjectionOptions.Default;

    /// <summary>Whether Burt's measures use tie strengths (transaction counts by default projection) instead of presence (default false).</summary>
    public bool WeightedConstraint { get; init; }

    /// <summary>Most rows returned, highest total brokerage first (default 50).</summary>
    public int MaxResults { get; init; } = 50;

    /// <summary>Time limit (default 60 s).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Threads the engine may use; null = all cores.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
