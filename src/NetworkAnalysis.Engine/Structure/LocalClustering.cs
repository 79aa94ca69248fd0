namespace NetworkAnalysis.Engine.Structure;

/// <summary>
/// Local clustering coefficient of every node: how close its neighbourhood is to a clique.
/// </summary>
/// <remarks>
/// Two definitions (<see cref="LocalClusteringDefinition"/>): the undirected Watts–Strogatz coefficient (Watts and
/// Strogatz 1998) on the simple undirected view, computed from <see cref="Triangles"/>; and LDBC Graphalytics' directed
/// LCC, which counts directed edges among the undirected neighbourhood (each neighbour pair can contribute 2). Nodes
/// with fewer than two distinct neighbours get 0 (NetworkX and LDBC convention). Self-loops, parallel edges and
/// weights are ignored. Undirected: O(m·√m) worst case; LDBC: O(Σ_v Σ_{u ∈ N(v)} outdeg(u)). Parallel over nodes;
/// each value is computed by one thread with exact integer counts, so results are identical at any thread count.
/// </remarks>
public static class LocalClustering
{
    /// <summary>Local clustering coefficient of every node.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Definition and threads (<see cref="LocalClusteringOptions"/>).</param>
    /// <param name="cancellationToken">Checked once per chunk of nodes.</param>
    public static double[] Compute(CsrGraph graph, LocalClusteringOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new LocalClusteringOptions();
        var adjacency = SimpleAdjacency.Of(graph);
        var workers = ParallelChunks.Workers(options.MaxDegreeOfParallelism);
        var n = graph.NodeCount;
        var result = new double[n];
        if (options.Definition == LocalClusteringDefinition.Undirected || !graph.IsDirected)
        {
            var triangles = Triangles.Count(adjacency, workers, cancellationToken);
            for (var v = 0; v < n; v++)
            {
                double d = adjacency.Degree(v);
                result[v] = d < 2 ? 0.0 : 2.0 * triangles[v] / (d * (d - 1));
            }

            return result;
        }

        var off = adjacency.Offsets;
        var nbr = adjacency.Targets;
        var outOff = graph.OffsetArray;
        var outTgt = graph.TargetArray;
        var chunks = outTgt.Length < ParallelChunks.SequentialThreshold ? 1 : workers * 8;
        var bounds = ParallelChunks.ByPrefix(off, n, chunks);
        chunks = bounds.Length - 1;
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = chunks == 1 ? 1 : workers },
            () => new int[n],
            (chunk, _, mark) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var v = bounds[chunk]; v < bounds[chunk + 1]; v++)
                {
                    long d = off[v + 1] - off[v];
                    if (d < 2)
                    {
                        continue;
                    }

                    var stamp = v + 1;
                    for (var s = off[v]; s < off[v + 1]; s++)
                    {
                        mark[nbr[s]] = stamp;
                    }

                    long t = 0;
                    for (var s = off[v]; s < off[v + 1]; s++)
                    {
                        var u = nbr[s];
                        var last = -1;
                        for (var r = outOff[u]; r < outOff[u + 1]; r++)
                        {
                            var w = outTgt[r];
                            if (w != last && w != u && mark[w] == stamp)
                            {
                                t++;
                            }

                            last = w;
                        }
                    }

                    result[v] = (double)t / (d * (d - 1));
                }

                return mark;
            },
            _ => { });

        return result;
    }

    /// <summary>Mean of <see cref="Compute"/> over all nodes, zeros included (NetworkX's <c>average_clustering</c>); 0 for an empty graph.</summary>
    public static double Average(CsrGraph graph, LocalClusteringOptions? options = null, CancellationToken cancellationToken = default)
    {
        var values = Compute(graph, options, cancellationToken);
        double sum = 0;
        foreach (var x in values)
        {
            sum += x;
        }

        return values.Length == 0 ? 0.0 : sum / values.Length;
    }
}
