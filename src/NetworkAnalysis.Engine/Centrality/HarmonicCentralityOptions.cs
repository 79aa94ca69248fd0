using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Engine.Centrality;

/// <summary>Options of <see cref="HarmonicCentrality"/>. Defaults reproduce NetworkX's <c>harmonic_centrality(G)</c>.</summary>
public sealed record HarmonicCentralityOptions
{
    /// <summary>
    /// Divide by n−1 so values lie in [0, 1] (igraph's <c>normalized=True</c>). Default false: NetworkX
    /// returns the plain sum.
    /// </summary>
    public bool Normalized { get; init; }

    /// <summary>
    /// Which distances count on a directed graph: <see cref="Direction.In"/> (default, as NetworkX: the sum
    /// of 1/d(v, u) over the nodes v that reach u); <see cref="Direction.Out"/>: 1/d(u, v);
    /// <see cref="Direction.All"/> ignores direction. Ignored on undirected graphs.
    /// </summary>
    public Direction Direction { get; init; } = Direction.In;

    /// <summary>How edges become lengths. Default <see cref="EdgeLength.Unit"/> (NetworkX <c>distance=None</c>).</summary>
    public EdgeLength Length { get; init; } = EdgeLength.Unit;

    /// <summary>
    /// Estimate from this many pivot nodes instead of searching from every node (default null: exact). The pivots
    /// are a seeded uniform sample without replacement (<see cref="Seed"/>); each node's value is n/k times the sum
    /// of 1/d(u, v) over the pivots u (an unbiased estimate, Eppstein and Wang 2004). For the normalised value
    /// h(v)/(n−1), Hoeffding's inequality (valid without replacement) with a union bound over the n nodes gives
    /// |estimate − exact| ≤ (n/(n−1))·√(ln(2n/δ)/(2k)) for every node at once with probability 1 − δ. With k = n
    /// the value is the exact one up to the order of floating-point additions.
    /// </summary>
    public int? SampleSize { get; init; }

    /// <summary>Seed of the pivot sample (only with <see cref="SampleSize"/>). Default 0.</summary>
    public long Seed { get; init; }

    /// <summary>Threads to use; 0 or less means one per processor. The result does not depend on it. Default −1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
