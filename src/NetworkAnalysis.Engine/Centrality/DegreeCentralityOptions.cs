namespace NetworkAnalysis.Engine.Centrality;

/// <summary>Options of <see cref="DegreeCentrality"/>.</summary>
public sealed record DegreeCentralityOptions
{
    /// <summary>
    /// Which edges count on a directed graph: <see cref="Direction.All"/> (default, in + out),
    /// <see cref="Direction.In"/> or <see cref="Direction.Out"/>. Ignored on undirected graphs.
    /// </summary>
    public Direction Direction { get; init; } = Direction.All;

    /// <summary>Sum edge weights instead of counting edges (strength, NetworkX <c>degree(weight="weight")</c>). Default false.</summary>
    public bool Weighted { get; init; }

    /// <summary>
    /// Divide by n−1, NetworkX's <c>degree_centrality</c> / <c>in_degree_centrality</c> /
    /// <c>out_degree_centrality</c> (which return 1 for every node of a one-node graph). Default false:
    /// the plain degree or strength.
    /// </summary>
    public bool Normalized { get; init; }
}
