namespace NetworkAnalysis.Application.Communities;

/// <summary>The community and component methods of <c>netan communities</c>.</summary>
public enum CommunityMethod
{
    /// <summary>Louvain modularity optimisation (undirected).</summary>
    Louvain,

    /// <summary>Leiden (undirected; every community connected).</summary>
    Leiden,

    /// <summary>Asynchronous label propagation (seeded).</summary>
    LabelPropagation,

    /// <summary>Synchronous LDBC community detection by label propagation.</summary>
    Cdlp,

    /// <summary>Weakly connected components.</summary>
    Wcc,

    /// <summary>Strongly connected components.</summary>
    Scc,
}
