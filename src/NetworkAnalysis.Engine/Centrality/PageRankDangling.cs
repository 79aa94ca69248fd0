namespace NetworkAnalysis.Engine.Centrality;

/// <summary>Where PageRank sends the rank of dangling nodes (nodes without out-edges, or whose out-edges weigh 0).</summary>
public enum PageRankDangling
{
    /// <summary>
    /// Along the teleport (personalisation) vector: NetworkX's default (<c>dangling=None</c>). Without
    /// personalisation this is uniform, which is also the LDBC Graphalytics definition.
    /// </summary>
    Teleport,

    /// <summary>Uniformly over all nodes, even when the teleport vector is personalised (LDBC's rule applied literally).</summary>
    Uniform,
}
