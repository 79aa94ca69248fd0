namespace NetworkAnalysis.Engine.Structure;

/// <summary>
/// Global clustering coefficient (transitivity): the share of connected triples that close into triangles,
/// 3 × triangles / connected triples, on the simple undirected view of the graph (NetworkX's <c>transitivity</c>,
/// igraph's <c>transitivity_undirected</c>).
/// </summary>
/// <remarks>
/// Counts triangles as <see cref="Triangles"/> does and triples as Σ_v d_v(d_v − 1)/2 over distinct-neighbour
/// degrees. 0 when the graph has no connected triple. O(m·√m) worst case; exact and deterministic.
/// </remarks>
public static class Transitivity
{
    /// <summary>Transitivity of <paramref name="graph"/> (directions, self-loops, parallel edges and weights ignored).</summary>
    public static double Compute(CsrGraph graph, TriangleOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new TriangleOptions();
        var adjacency = SimpleAdjacency.Of(graph);
        var triangles = Triangles.Count(adjacency, ParallelChunks.Workers(options.MaxDegreeOfParallelism), cancellationToken);
        long closed = 0;
        double triples = 0;
        for (var v = 0; v < triangles.Length; v++)
        {
            closed += triangles[v];
            double d = adjacency.Degree(v);
            triples += d * (d - 1) / 2;
        }

        return triples == 0 ? 0.0 : closed / triples;
    }
}
