using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Shortest-path betweenness of every edge: the sum over node pairs (s, t) of the share of shortest s–t
/// paths that use the edge.
/// </summary>
/// <remarks>
/// <para><b>Algorithm.</b> Brandes (2001/2008) with edge dependencies, one search per source.
/// Time O(n·m) unweighted, O(n·(m + n log n)) weighted; memory O(n + m) per thread plus O(m) per pending
/// partial sum.</para>
/// <para><b>Semantics</b> (NetworkX 3.6 <c>edge_betweenness_centrality</c>, values indexed by edge id):
/// endpoints always count; directed graphs follow edge direction. Paths are node sequences, so the value
/// of a node pair's connection is shared equally by its parallel edges (with lengths: by those of minimum
/// length; longer parallel edges get 0), as NetworkX does for multigraphs. Self-loops get 0. On an
/// undirected graph an edge collects the paths crossing it in both directions.</para>
/// <para><b>Determinism.</b> As <see cref="Betweenness"/>: bit-identical for any thread count.</para>
/// </remarks>
public static class EdgeBetweenness
{
    /// <summary>Computes the betweenness of every edge.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for NetworkX's defaults.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <param name="progress">Receives the fraction of sources done (0 to 1, increasing), possibly from worker threads; optional.</param>
    /// <returns>One value per edge id (<see cref="CsrGraph.EdgeCount"/> values).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The sample size is below 1 or larger than the node count.</exception>
    /// <exception cref="ArgumentException">A weight is not a valid length.</exception>
    public static double[] Compute(CsrGraph graph, EdgeBetweennessOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new EdgeBetweennessOptions();
        var n = graph.NodeCount;
        var sources = Betweenness.Sources(n, options.SampleSize, options.Seed);
        var pg = PathGraph.Build(graph, Direction.Out, options.Length, keepRuns: true);
        var slots = Betweenness.Accumulate(pg, sources, PathEnds.All(endpoints: false), edges: true, options.MaxDegreeOfParallelism, cancellationToken, progress);
        var (scale, _) = Betweenness.Scales(n, options.Normalized, graph.IsDirected, endpoints: true, options.SampleSize);
        return ToEdges(graph, pg, slots, scale, graph.IsWeighted ? options.Length : EdgeLength.Unit);
    }

    /// <summary>Maps path-slot values to edge ids, sharing each slot among its parallel edges of minimum length.</summary>
    internal static double[] ToEdges(CsrGraph graph, PathGraph pg, double[] slots, double scale, EdgeLength length)
    {
        var result = new double[graph.EdgeCount];
        var ids = graph.EdgeIdArray;
        var w = graph.WeightArray;
        var runStart = pg.RunStart!;
        var runEnd = pg.RunEnd!;
        for (var p = 0; p < slots.Length; p++)
        {
            var value = slots[p] * scale;
            if (value == 0)
            {
                continue;
            }

            int a = runStart[p], b = runEnd[p];
            if (b - a == 1)
            {
                result[ids[a]] += value;
                continue;
            }

            var best = pg.Lengths is null ? 1.0 : pg.Lengths[p];
            var count = 0;
            for (var j = a; j < b; j++)
            {
                if (PathGraph.LengthOf(w[j], length) == best)
                {
                    count++;
                }
            }

            var share = value / count;
            for (var j = a; j < b; j++)
            {
                if (PathGraph.LengthOf(w[j], length) == best)
                {
                    result[ids[j]] += share;
                }
            }
        }

        return result;
    }
}
