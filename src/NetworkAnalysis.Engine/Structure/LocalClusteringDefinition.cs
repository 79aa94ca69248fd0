namespace NetworkAnalysis.Engine.Structure;

/// <summary>Which local clustering coefficient <see cref="LocalClustering"/> computes.</summary>
public enum LocalClusteringDefinition
{
    /// <summary>
    /// Watts–Strogatz on the simple undirected view: 2·T_v / (d_v(d_v − 1)), T_v the triangles through v and d_v its
    /// distinct neighbours (NetworkX <c>clustering(nx.Graph(G))</c>; igraph <c>transitivity_local_undirected</c>
    /// with mode "zero").
    /// </summary>
    Undirected,

    /// <summary>
    /// LDBC Graphalytics' LCC: N(v) = in- ∪ out-neighbours (directions dropped, v excluded), d = |N(v)|, t = number of
    /// ordered pairs (u, w) of N(v) with an edge u → w; lcc = t / (d(d − 1)). On an undirected graph it equals
    /// <see cref="Undirected"/>.
    /// </summary>
    DirectedLdbc,
}
