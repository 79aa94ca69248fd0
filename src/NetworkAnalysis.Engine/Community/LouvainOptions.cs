namespace NetworkAnalysis.Engine.Community;

/// <summary>Options of <see cref="Louvain.Compute"/>.</summary>
/// <param name="Resolution">γ in Q = 1/2m Σ (A_ij − γ k_i k_j / 2m) δ(c_i, c_j); larger values give more, smaller communities. Default 1.</param>
/// <param name="Seed">Seed of the node visiting order; the same seed gives the same partition. Default 0.</param>
/// <param name="Weighted">Use edge weights (true, default) or count every edge as 1.</param>
/// <param name="MaxLevels">Most aggregation levels per pass; default unlimited (a pass stops when a level merges nothing).</param>
/// <param name="MaxIterations">Most passes: the first from singletons (Blondel's algorithm), each further one from the previous
/// partition, stopping early when a pass changes nothing or raises the quality by no more than <paramref name="Tolerance"/>.
/// Later passes can only keep or raise modularity. Default 10; 1 is the plain algorithm; -1 means no limit.</param>
/// <param name="Tolerance">A further pass runs only after one that raised modularity (at the chosen resolution) by more than
/// this. Default 1e-5: on the 1M-edge benchmark graph the second pass adds about 7e-3, the third about 2e-6.</param>
/// <param name="MaxDegreeOfParallelism">Threads for aggregation; -1 (default) uses every core. Results do not depend on it.</param>
public sealed record LouvainOptions(
    double Resolution = 1.0,
    int Seed = 0,
    bool Weighted = true,
    int MaxLevels = int.MaxValue,
    int MaxIterations = 10,
    double Tolerance = 1e-5,
    int MaxDegreeOfParallelism = -1);
