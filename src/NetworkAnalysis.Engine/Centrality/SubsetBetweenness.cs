using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Betweenness restricted to paths from a source set to a target set: for every node v, the sum over
/// s ∈ S, t ∈ T (s ≠ t, v ∉ {s, t}) of the share of shortest s–t paths through v. Useful to ask who brokers
/// between, say, suppliers and street dealers.
/// </summary>
/// <remarks>
/// <para><b>Algorithm.</b> Brandes (2008), "On variants of shortest-path betweenness centrality and their
/// generic computation", Social Networks 30(2): one search per source, accumulating only dependencies on
/// targets. Time O(|S|·m) unweighted, O(|S|·(m + n log n)) weighted; memory as <see cref="Betweenness"/>.</para>
/// <para><b>Semantics</b> (NetworkX 3.6 <c>betweenness_centrality_subset</c>): directed graphs follow edge
/// direction; unnormalised undirected values are halved; normalised values are divided by (n−1)(n−2).
/// Paths, parallel edges, self-loops and lengths as in <see cref="Betweenness"/>.</para>
/// <para><b>Determinism.</b> Bit-identical for any thread count (fixed chunks of sources, chunk-ordered sum).</para>
/// </remarks>
public static class SubsetBetweenness
{
    /// <summary>Computes subset betweenness of every node.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Sources, targets and options.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <param name="progress">Receives the fraction of sources done (0 to 1, increasing), possibly from worker threads; optional.</param>
    /// <returns>One value per node.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A source or target is not a node.</exception>
    public static double[] Compute(CsrGraph graph, SubsetBetweennessOptions options, CancellationToken cancellationToken = default,
        IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        var n = graph.NodeCount;
        var isSource = Mask(n, options.Sources, nameof(options.Sources));
        var isTarget = Mask(n, options.Targets, nameof(options.Targets));
        var count = 0;
        foreach (var b in isSource)
        {
            count += b ? 1 : 0;
        }

        var sources = new int[count];
        count = 0;
        for (var v = 0; v < n; v++)
        {
            if (isSource[v])
            {
                sources[count++] = v;
            }
        }

        var pg = PathGraph.Build(graph, Direction.Out, options.Length);
        var result = Betweenness.Accumulate(pg, sources, PathEnds.Subset(isTarget), edges: false, options.MaxDegreeOfParallelism, cancellationToken, progress);
        var (scale, _) = Betweenness.Scales(n, options.Normalized, graph.IsDirected, endpoints: false, sampleSize: null);
        Betweenness.Scale(result, scale);
        return result;
    }

    private static bool[] Mask(int n, IReadOnlyList<int> nodes, string name)
    {
        ArgumentNullException.ThrowIfNull(nodes, name);
        var mask = new bool[n];
        foreach (var v in nodes)
        {
            if ((uint)v >= (uint)n)
            {
                throw new ArgumentOutOfRangeException(name, v, "not a node of the graph");
            }

            mask[v] = true;
        }

        return mask;
    }
}
