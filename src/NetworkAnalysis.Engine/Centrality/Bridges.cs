namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Bridges: edges whose removal splits their connected component (the only tie between two parts of a
/// network).
/// </summary>
/// <remarks>
/// <para><b>Algorithm.</b> Tarjan (1974), "A note on finding the bridges of a graph", IPL 2(6): one
/// iterative depth-first search with low points (no recursion). O(n + m) time, O(n) memory, deterministic.</para>
/// <para><b>Semantics.</b> Edge direction is ignored. An edge with a parallel edge is never a bridge (as
/// NetworkX's <c>bridges</c> on a multigraph); on a directed graph the arcs u→v and v→u are two parallel
/// ties, so neither is a bridge — call <c>graph.ToUndirected()</c> first to treat a reciprocated pair as one
/// tie. Self-loops are never bridges.</para>
/// </remarks>
public static class Bridges
{
    /// <summary>Finds the bridges.</summary>
    /// <param name="graph">The graph (direction ignored).</param>
    /// <param name="cancellationToken">Checked once per connected component.</param>
    /// <returns>Edge ids of the bridges, ascending.</returns>
    public static int[] Compute(CsrGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return LowPoints.Indexes(LowPoints.Run(graph, cancellationToken).Bridge);
    }
}
