namespace NetworkAnalysis.Engine.Centrality;

/// <summary>Options of <see cref="KatzCentrality"/>. Defaults reproduce NetworkX's <c>katz_centrality(G)</c>.</summary>
public sealed record KatzCentralityOptions
{
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

    /// <summary>Stop when the L1 change is below n·Tolerance (NetworkX's rule). Default 1e-6.</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>Iteration limit; reaching it throws <see cref="NotConvergedException"/>. Default 1000.</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>Threads to use; 0 or less means one per processor. The result does not depend on it. Default −1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
