using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Engine.Centrality;

/// <summary>Options of <see cref="Betweenness"/>. Defaults reproduce NetworkX's <c>betweenness_centrality(G)</c>.</summary>
public sealed record BetweennessOptions
{
    /// <summary>
    /// Divide by the number of ordered pairs of other nodes, (n−1)(n−2) (on an undirected graph this equals
    /// dividing the unordered-pair value by (n−1)(n−2)/2); with <see cref="Endpoints"/>, by n(n−1).
    /// Default true (NetworkX <c>normalized=True</c>). When false, undirected values count each unordered
    /// pair once (the UCINET/igraph convention) and directed values each ordered pair.
    /// </summary>
    public bool Normalized { get; init; } = true;

    /// <summary>How edges become lengths. Default <see cref="EdgeLength.Unit"/> (NetworkX <c>weight=None</c>).</summary>
    public EdgeLength Length { get; init; } = EdgeLength.Unit;

    /// <summary>Count the two ends of each path as lying on it (NetworkX <c>endpoints</c>). Default false.</summary>
    public bool Endpoints { get; init; }

    /// <summary>
    /// When set, estimate from this many source nodes drawn at random (NetworkX <c>k</c>) and scale the
    /// sums up as NetworkX 3.6 does: without endpoints, sampled nodes are scaled by N/(k−1) and the others by
    /// N/k (N = n−1; divided by 2 on undirected graphs when not normalised, or by (k−1)(N−1) and k(N−1) when
    /// normalised); with endpoints, every node by n/k. With k = n the result equals the exact value bit for
    /// bit; with k = 1 (no endpoints) the sampled node's own value is undefined and returned as NaN, as
    /// NetworkX does. Default null (exact: every node is a source).
    /// </summary>
    public int? SampleSize { get; init; }

    /// <summary>Seed of the source sample (only with <see cref="SampleSize"/>). Default 0.</summary>
    public long Seed { get; init; }

    /// <summary>Threads to use; 0 or less means one per processor. The result does not depend on it. Default −1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
