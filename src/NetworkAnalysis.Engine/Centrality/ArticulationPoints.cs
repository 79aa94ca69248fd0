namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Articulation points (cut vertices): nodes whose removal splits their connected component. In a criminal
/// network these are the brokers whose arrest disconnects parts of the organisation.
/// </summary>
/// <remarks>
/// <para><b>Algorithm.</b> Hopcroft and Tarjan (1973), "Efficient algorithms for graph manipulation",
/// CACM 16(6): one depth-first search with low points, implemented with an explicit stack (no recursion;
/// a path of a million nodes is fine). O(n + m) time, O(n) memory, deterministic.</para>
/// <para><b>Semantics.</b> Edge direction is ignored (weak connectivity), as are self-loops, parallel
/// edges and weights; NetworkX's <c>articulation_points</c> on the undirected graph gives the same set.
/// Isolated nodes and leaves are never articulation points.</para>
/// </remarks>
public static class ArticulationPoints
{
    /// <summary>Finds the articulation points.</summary>
    /// <param name="graph">The graph (direction ignored).</param>
    /// <param name="cancellationToken">Checked once per connected component.</param>
    /// <returns>The articulation points, ascending.</returns>
    public static int[] Compute(CsrGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return LowPoints.Indexes(LowPoints.Run(graph, cancellationToken).Articulation);
    }
}
