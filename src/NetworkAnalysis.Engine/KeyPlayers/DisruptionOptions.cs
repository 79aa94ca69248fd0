namespace NetworkAnalysis.Engine.KeyPlayers;

/// <summary>Options of <see cref="Disruption.Simulate"/>.</summary>
public sealed record DisruptionOptions
{
    /// <summary>The defaults: degree strategy, 10 removals, no recovery, efficiency computed.</summary>
    public static DisruptionOptions Default { get; } = new();

    /// <summary>How the next node is chosen (default <see cref="DisruptionStrategy.Degree"/>).</summary>
    public DisruptionStrategy Strategy { get; init; } = DisruptionStrategy.Degree;

    /// <summary>How many nodes to remove (default 10; fewer when the network runs out).</summary>
    public int Steps { get; init; } = 10;

    /// <summary>
    /// Whether the network recovers after each removal (default false): the removed node's ties pass to one of
    /// its remaining contacts that shares a skill with it (Duijn, Kashirin and Sloot 2014).
    /// </summary>
    public bool Recovery { get; init; }

    /// <summary>Whether to compute the global efficiency after each step (default true; an all-pairs BFS per step, 256 sources per pass).</summary>
    public bool ComputeEfficiency { get; init; } = true;

    /// <summary>
    /// Estimate the efficiency from this many pivot nodes instead of all remaining nodes (default null: exact). The
    /// pivots are the first remaining nodes of one seeded random order (<see cref="EfficiencySeed"/>), the same
    /// order at every step, so consecutive steps are compared on mostly the same pivots. Efficiency is the mean over
    /// remaining nodes u of Σ_v 1/d(u, v)/(r − 1) ∈ [0, 1]; the estimate is that mean over the k pivots, so by
    /// Hoeffding's inequality (valid without replacement) it is within √(ln(2/δ)/(2k)) of the exact value with
    /// probability 1 − δ at each step (√(ln(2s/δ)/(2k)) for all s steps at once). Cost per step O(k·m/256) word
    /// operations instead of O(n·m/256).
    /// </summary>
    public int? EfficiencySamples { get; init; }

    /// <summary>Seed of the pivot order (only with <see cref="EfficiencySamples"/>). Default 0.</summary>
    public long EfficiencySeed { get; init; }

    /// <summary>
    /// Nodes removed first, in this order, before the strategy chooses (default none): a what-if of named arrests.
    /// The simulation removes max(<see cref="Steps"/>, this count) nodes in all, so the named ones are always
    /// removed and the strategy continues the curve after them. Indices must be distinct and in range.
    /// </summary>
    public IReadOnlyList<int>? RemoveFirst { get; init; }

    /// <summary>Threads for the betweenness strategy and the efficiency; −1 (default) uses every core. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
