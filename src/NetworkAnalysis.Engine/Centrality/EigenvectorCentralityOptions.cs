namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Options of <see cref="EigenvectorCentrality"/>. Defaults are NetworkX's <c>eigenvector_centrality(G)</c> except the stop rule, which
/// gives a converged answer on any graph size; <see cref="NetworkX"/> has NetworkX's stop rule too.
/// </summary>
public sealed record EigenvectorCentralityOptions
{
    /// <summary>NetworkX's <c>eigenvector_centrality(G)</c> exactly: its per-node stop rule (n·1e-6) and its 100-iteration limit.</summary>
    public static EigenvectorCentralityOptions NetworkX { get; } = new()
    {
        Convergence = ConvergenceRule.NetworkX,
        Tolerance = Centrality.Convergence.NetworkXTolerance,
        MaxIterations = 100,
    };

    /// <summary>Use edge weights as the adjacency entries (NetworkX <c>weight="weight"</c>). Default false (<c>weight=None</c>).</summary>
    public bool Weighted { get; init; }

    /// <summary>
    /// On a directed graph: <see cref="Direction.In"/> (default, as NetworkX: a node is central when central
    /// nodes point to it — the left eigenvector) or <see cref="Direction.Out"/> (when it points to central
    /// nodes). Ignored on undirected graphs.
    /// </summary>
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
