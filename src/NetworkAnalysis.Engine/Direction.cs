namespace NetworkAnalysis.Engine;

/// <summary>
/// Which edges of a directed graph an algorithm follows. On an undirected graph every value means
/// "all incident edges".
/// </summary>
public enum Direction
{
    /// <summary>Out-edges: from a node to its successors.</summary>
    Out,

    /// <summary>In-edges: from a node to its predecessors.</summary>
    In,

    /// <summary>Both out- and in-edges, as if the graph were undirected.</summary>
    All,
}
