namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Options of <see cref="KatzCentrality"/>. Defaults are NetworkX's <c>katz_centrality(G)</c> except the stop rule, which
/// gives a converged answer on any graph size; <see cref="NetworkX"/> has NetworkX's stop rule too.
/// </summary>
public sealed record KatzCentralityOptions
{
    /// <summary>NetworkX's <c>katz_centrality(G)</c> exactly: its per-node stop rule (n·1e-6) and its 1000-iteration limit.</summary>
    public static KatzCentralityOptions NetworkX { get; } = new()
    {
        Convergence = ConvergenceRule.NetworkX,
        Tolerance = Centrality.Convergence.NetworkXTolerance,
        MaxIterations = 1000,
    };

    /// <summary>
    /// Attenuation α: the weight of a walk of length k is α^k. Must be below 1/λ_max of the adjacency
    /// matrix for the series to converge. Default 0.1.
    /// </summary>
    public double Alpha { get; init; } = 0.1;

    /// <summary>Exogenous centrality β given to every node. Default 1.0.</summary>
    public double Beta { get; init; } = 1.0;

    /// <summary>Per-node β (one value per node), overriding <see cref="Beta"/>. Default null.</summary>
    public IReadOnlyList<double>? BetaPerNode { get; init; }

    /// <summary>Scale the result to Euclidean norm 1 (NetworkX <c>normalized=True</c>). Default true.</summary>
    public bool Normalized { get; init; } = true;

    /// <summary>Use edge weights as the adjacency entries (NetworkX <c>weight="weight"</c>). Default false.</summary>
    public bool Weighted { get; init; }

    /// <summary>On a directed graph: <see cref="Direction.In"/> (default, as NetworkX: walks ending at the node) or <see cref="Direction.Out"/>.</summary>
    public Direction Direction { get; init; } = Direction.In;

    /// <summary>
    /// How <see cref="Tolerance"/> is read. Default <see cref="ConvergenceRule.Relative"/>: stop when the L1
    /// change of an iteration is below Tolerance × the L1 norm of the vector, a converged ranking on any graph
    /// size. <see cref="ConvergenceRule.NetworkX"/> with Tolerance 1e-6 reproduces NetworkX (see <see cref="NetworkX"/>).
    /// </summary>
    public ConvergenceRule Convergence { get; init; } = ConvergenceRule.Relative;

    /// <summary>Convergence tolerance, read per <see cref="Convergence"/>; must be positive. Default 1e-10.</summary>
    public double Tolerance { get; init; } = Centrality.Convergence.RelativeTolerance;

    /// <summary>Iteration limit; reaching it throws <see cref="NotConvergedException"/>. Default 1000.</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>Threads to use; 0 or less means one per processor. The result does not depend on it. Default −1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
