using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Closeness centrality: (r−1)/Σd, where r is the number of nodes that can reach the node (itself included)
/// and Σd the sum of their distances to it; with the Wasserman–Faust option also multiplied by (r−1)/(n−1).
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> Bavelas (1950), Sabidussi (1966); the correction for disconnected graphs is
/// Wasserman and Faust, "Social Network Analysis" (1994). Semantics of NetworkX 3.6
/// <c>closeness_centrality</c>: only reachable nodes count; a node that no other node reaches (or a
/// graph with one node) scores 0; directed graphs use incoming distances unless
/// <see cref="ClosenessOptions.Direction"/> says otherwise. Self-loops and parallel edges do not change
/// distances.</para>
/// <para><b>Cost.</b> A search from every node: unit lengths use 256-source bit-parallel breadth-first
/// search, O(n·(m + n)·D/256 + n²) for diameter D, memory 96 bytes per node per thread; weighted lengths
/// use Dijkstra, O(n·(m + n log n)).</para>
/// <para><b>Determinism.</b> Every node's value comes from its own search; unit distance sums are exact
/// integers, so the result is bit-identical for any thread count.</para>
/// </remarks>
public static class Closeness
{
    /// <summary>Computes the closeness of every node.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for NetworkX's defaults.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <param name="progress">Receives the fraction of searches done (0 to 1, increasing), possibly from worker threads; optional.</param>
    /// <returns>One value per node.</returns>
    /// <exception cref="ArgumentException">A weight is not a valid length.</exception>
    public static double[] Compute(CsrGraph graph, ClosenessOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new ClosenessOptions();
        var n = graph.NodeCount;
        var totals = Totals(graph, options.Direction, options.Length, options.MaxDegreeOfParallelism, cancellationToken, progress);
        var result = new double[n];
        for (var v = 0; v < n; v++)
        {
            var total = totals.DistanceSum[v];
            if (total > 0 && n > 1)
            {
                double others = totals.Reached[v] - 1;
                var c = others / total;
                if (options.WassermanFaust)
                {
                    c *= others / (n - 1);
                }

                result[v] = c;
            }
        }

        return result;
    }

    /// <summary>
    /// Per-node distance totals along <paramref name="direction"/>: In means distances towards the node
    /// (searches over in-edges).
    /// </summary>
    internal static DistanceTotals Totals(CsrGraph graph, Direction direction, EdgeLength length, int maxDegreeOfParallelism,
        CancellationToken cancellationToken, IProgress<double>? progress = null)
    {
        if (!graph.IsWeighted || length == EdgeLength.Unit)
        {
            var n = graph.NodeCount;
            if (!graph.IsDirected || direction == Direction.Out)
            {
                return AllDistances.Unit(n, graph.OffsetArray, graph.TargetArray, null, null, maxDegreeOfParallelism, cancellationToken, progress);
            }

            if (direction == Direction.In)
            {
                return AllDistances.Unit(n, graph.InOffsetArray, graph.InSourceArray, null, null, maxDegreeOfParallelism, cancellationToken, progress);
            }

            return AllDistances.Unit(n, graph.OffsetArray, graph.TargetArray, graph.InOffsetArray, graph.InSourceArray,
                maxDegreeOfParallelism, cancellationToken, progress);
        }

        var pg = PathGraph.Build(graph, direction, length);
        return AllDistances.Weighted(pg, maxDegreeOfParallelism, cancellationToken, progress);
    }
}
