using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Engine.Centrality;

/// <summary>Options of <see cref="EdgeBetweenness"/>. Defaults reproduce NetworkX's <c>edge_betweenness_centrality(G)</c>.</summary>
public sealed record EdgeBetweennessOptions
{
    /// <summary>
    /// Divide by n(n−1), the number of ordered node pairs (on an undirected graph: the unordered-pair value
    /// divided by n(n−1)/2). Default true (NetworkX <c>normalized=True</c>). When false, undirected values
    /// count each unordered pair once.
    /// </summary>
    public bool Normalized { get; init; } = true;

    /// <summary>How edges become lengths. Default <see cref="EdgeLength.Unit"/> (NetworkX <c>weight=None</c>).</summary>
    public EdgeLength Length { get; init; } = EdgeLength.Unit;

    /// <summary>
    /// When set, estimate from this many random source nodes (NetworkX <c>k</c>), scaled by n/k (and 1/2 on
    /// undirected graphs when not normalised; by 1/(k(n−1)) when normalised). Default null (exact).
    /// </summary>
    public int? SampleSize { get; init; }

    /// <summary>Seed of the source sample. Default 0.</summary>
    public long Seed { get; init; }

    /// <summary>Threads to use; 0 or less means one per processor. The result does not depend on it. Default −1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
