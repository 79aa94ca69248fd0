namespace NetworkAnalysis.Engine;

/// <summary>
/// What <see cref="CsrGraphBuilder.Build"/> does with parallel edges (several edges with the same
/// endpoints; on an undirected graph u–v and v–u are the same pair).
/// </summary>
public enum ParallelEdges
{
    /// <summary>Keep every edge: the graph is a multigraph.</summary>
    Keep,

    /// <summary>Merge into one edge whose weight is the sum of the weights (count when unweighted).</summary>
    Sum,

    /// <summary>Merge into one edge with the smallest weight.</summary>
    Min,

    /// <summary>Merge into one edge with the largest weight.</summary>
    Max,

    /// <summary>Merge into one edge with the weight of the first edge added.</summary>
    First,

    /// <summary>Merge into one edge with the weight of the last edge added (NetworkX's behaviour when an edge is added twice).</summary>
    Last,
}
