using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Application.Centrality;

/// <summary>
/// One centrality computation: the measure and the options that change its numbers. Null options take
/// the measure's default, which follows NetworkX (see each engine options record).
/// </summary>
public sealed record CentralityRequest(CentralityMeasure Measure)
{
    /// <summary>Use edge weights (strength, weighted PageRank/eigenvector/Katz, weight as distance for path-based measures unless <see cref="Distance"/> says otherwise).</summary>
    public bool Weighted { get; init; }

    /// <summary>Normalise (betweenness default true; degree, harmonic default false).</summary>
    public bool? Normalized { get; init; }

    /// <summary>How path-based measures turn weights into lengths; null = unit lengths, or weight lengths when <see cref="Weighted"/>.</summary>
    public EdgeLength? Distance { get; init; }

    /// <summary>Sampled betweenness: number of random sources.</summary>
    public int? Samples { get; init; }

    /// <summary>Seed for sampling.</summary>
    public long Seed { get; init; }

    /// <summary>Subset betweenness sources, or personalised PageRank sources (node ids).</summary>
    public IReadOnlyList<string>? Sources { get; init; }

    /// <summary>Subset betweenness targets (node ids).</summary>
    public IReadOnlyList<string>? Targets { get; init; }

    /// <summary>PageRank damping (default 0.85).</summary>
    public double? Damping { get; init; }

    /// <summary>Katz attenuation factor α (default 0.1).</summary>
    public double? Alpha { get; init; }

    /// <summary>Fixed number of iterations (PageRank), or the iteration limit (eigenvector, Katz).</summary>
    public int? Iterations { get; init; }

    /// <summary>
    /// Convergence tolerance of the iterative measures (PageRank, personalised PageRank, eigenvector, Katz),
    /// read per <see cref="Convergence"/>. Null: 1e-10 under the relative rule, 1e-6 under NetworkX's.
    /// </summary>
    public double? Tolerance { get; init; }

    /// <summary>
    /// Stop rule of the iterative measures. Default <see cref="ConvergenceRule.Relative"/> (L1 change of an
    /// iteration below tolerance × L1 norm of the vector: converged rankings on any graph size);
    /// <see cref="ConvergenceRule.NetworkX"/> reproduces NetworkX (L1 change below n × tolerance, and its
    /// iteration limits).
    /// </summary>
    public ConvergenceRule Convergence { get; init; } = ConvergenceRule.Relative;

    /// <summary>Direction: degree (in/out/all), closeness and harmonic (in = incoming distances, NetworkX's default), eigenvector and Katz (in).</summary>
    public Direction? Direction { get; init; }

    /// <summary>Largest number of threads; null = all cores. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
