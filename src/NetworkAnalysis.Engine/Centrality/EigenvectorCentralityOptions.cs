namespace NetworkAnalysis.Engine.Centrality;

/// <summary>Options of <see cref="EigenvectorCentrality"/>. Defaults reproduce NetworkX's <c>eigenvector_centrality(G)</c>.</summary>
public sealed record EigenvectorCentralityOptions
{
    /// <summary>Use edge weights as the adjacency entries (NetworkX <c>weight="weight"</c>). Default false (<c>weight=None</c>).</summary>
    public bool Weighted { get; init; }

    /// <summary>
    /// On a directed graph: <see cref="Direction.In"/> (default, as NetworkX: a node is central when central
    /// nodes point to it — the left eigenvector) or <see cref="Direction.Out"/> (when it points to central
    /// nodes). Ignored on undirected graphs.
    /// </summary>
    public Direction Direction { get; init; } = Direction.In;

    /// <summary>Stop when the L1 change is below n·Tolerance (NetworkX's rule). Default 1e-6.</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>Iteration limit; reaching it throws <see cref="NotConvergedException"/>. Default 100.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Threads to use; 0 or less means one per processor. The result does not depend on it. Default −1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
