namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Options of <see cref="PageRank"/>. Defaults are NetworkX's <c>pagerank(G)</c> except the stop rule, which
/// gives a converged answer on any graph size; <see cref="NetworkX"/> has NetworkX's stop rule too.
/// </summary>
public sealed record PageRankOptions
{
    /// <summary>NetworkX's <c>pagerank(G)</c> exactly: its per-node stop rule (n·1e-6) and its 100-iteration limit.</summary>
    public static PageRankOptions NetworkX { get; } = new()
    {
        Convergence = ConvergenceRule.NetworkX,
        Tolerance = Centrality.Convergence.NetworkXTolerance,
        MaxIterations = 100,
    };

    /// <summary>Damping factor α: the probability of following an edge rather than teleporting. Default 0.85.</summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>
    /// Split a node's rank among its out-edges in proportion to their weights (NetworkX's default
    /// <c>weight="weight"</c>; no effect on an unweighted graph). False splits it equally, as LDBC and igraph
    /// without weights do. Default true.
    /// </summary>
    public bool Weighted { get; init; } = true;

    /// <summary>
    /// Personalised PageRank from a set of nodes: teleports land uniformly on these nodes (duplicates
    /// ignored). Mutually exclusive with <see cref="Personalization"/>. Default null (teleport to all nodes).
    /// </summary>
    public IReadOnlyList<int>? Sources { get; init; }

    /// <summary>
    /// Personalised PageRank with a teleport weight per node (non-negative, not all zero; normalised to sum
    /// 1; NetworkX <c>personalization</c>). Default null.
    /// </summary>
    public IReadOnlyList<double>? Personalization { get; init; }

    /// <summary>Where the rank of dangling nodes goes. Default <see cref="PageRankDangling.Teleport"/> (NetworkX).</summary>
    public PageRankDangling Dangling { get; init; } = PageRankDangling.Teleport;

    /// <summary>
    /// How <see cref="Tolerance"/> is read. Default <see cref="ConvergenceRule.Relative"/>: stop when the L1
    /// change of an iteration is below Tolerance (the ranks sum to 1), a converged ranking on any graph size.
    /// <see cref="ConvergenceRule.NetworkX"/> with Tolerance 1e-6 reproduces NetworkX (see <see cref="NetworkX"/>).
    /// </summary>
    public ConvergenceRule Convergence { get; init; } = ConvergenceRule.Relative;

    /// <summary>Convergence tolerance, read per <see cref="Convergence"/>; must be positive. Default 1e-10.</summary>
    public double Tolerance { get; init; } = Centrality.Convergence.RelativeTolerance;

    /// <summary>Iteration limit; reaching it without convergence throws <see cref="NotConvergedException"/>. Default 1000.</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>
    /// Run exactly this many iterations with no convergence test and no exception (the LDBC Graphalytics
    /// definition). Default null (iterate to <see cref="Tolerance"/>).
    /// </summary>
    public int? Iterations { get; init; }

    /// <summary>Threads to use; 0 or less means one per processor. The result does not depend on it. Default −1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
