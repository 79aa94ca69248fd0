namespace NetworkAnalysis.Engine.Structure;

/// <summary>
/// Number of triangles through every node, on the simple undirected view of the graph (directions, self-loops,
/// parallel edges and weights ignored; NetworkX's <c>triangles(nx.Graph(G))</c>).
/// </summary>
/// <remarks>
/// Degree-ordered "forward" counting (Schank and Wagner 2005; Latapy 2008): every edge is oriented from the lower
/// to the higher (degree, index) rank, and each triangle is found once, from its lowest-ranked node, by marking
/// that node's forward neighbours and scanning its forward neighbours' forward lists. O(m·√m) worst case, O(n + m)
/// memory plus one counter and one mark array per thread. Parallel over nodes in degree-balanced chunks; per-thread
/// integer counts are added at the end, so the result is exact and identical at any thread count. Isolated nodes
/// and nodes of degree 1 get 0.
/// </remarks>
public static class Triangles
{
    /// <summary>Triangles through every node.</summary>
    /// <param name="graph">The graph (directed graphs are read as undirected).</param>
    /// <param name="options">Threads (<see cref="TriangleOptions"/>).</param>
    /// <param name="cancellationToken">Checked once per chunk of nodes.</param>
    public static long[] Compute(CsrGraph graph, TriangleOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new TriangleOptions();
        return Count(SimpleAdjacency.Of(graph), ParallelChunks.Workers(options.MaxDegreeOfParallelism), cancellationToken);
    }

    /// <summary>Total number of triangles in the graph (each counted once).</summary>
    public static long Total(CsrGraph graph, TriangleOptions? options = null, CancellationToken cancellationToken = default)
    {
        long sum = 0;
        foreach (var t in Compute(graph, options, cancellationToken))
        {
            sum += t;
        }

        return sum / 3;
    }

    internal static long[] Count(SimpleAdjacency adjacency, int workers, CancellationToken cancellationToken)
    {
        var n = adjacency.NodeCount;
        var off = adjacency.Offsets;
        var tgt = adjacency.Targets;

        // Forward lists: neighbours of higher (degree, index) rank.
        var forwardOffsets = new int[n + 1];
        for (var v = 0; v < n; v++)
        {
            var dv = off[v + 1] - off[v];
            var count = 0;
            for (var s = off[v]; s < off[v + 1]; s++)
            {
                var u = tgt[s];
                var du = off[u + 1] - off[u];
                if (du > dv || (du == dv && u > v))
                {
                    count++;
                }
            }

            forwardOffsets[v + 1] = forwardOffsets[v] + count;
        }

        var forward = new int[forwardOffsets[n]];
        for (var v = 0; v < n; v++)
        {
            var dv = off[v + 1] - off[v];
            var k = forwardOffsets[v];
            for (var s = off[v]; s < off[v + 1]; s++)
            {
                var u = tgt[s];
                var du = off[u + 1] - off[u];
                if (du > dv || (du == dv && u > v))
                {
                    forward[k++] = u;
                }
            }
        }

        // Work of node v ≈ Σ over its forward neighbours of their forward degree.
        var work = new int[n + 1];
        for (var v = 0; v < n; v++)
        {
            long w = 0;
            for (var s = forwardOffsets[v]; s < forwardOffsets[v + 1]; s++)
            {
                var u = forward[s];
                w += forwardOffsets[u + 1] - forwardOffsets[u];
            }

            work[v + 1] = (int)Math.Min(int.MaxValue, work[v] + w);
        }

        var chunks = forward.Length < ParallelChunks.SequentialThreshold ? 1 : workers * 8;
        var bounds = ParallelChunks.ByPrefix(work, n, chunks);
        chunks = bounds.Length - 1;
        var result = new long[n];
        var gate = new object();
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = chunks == 1 ? 1 : workers },
            () => new Scratch(n),
            (chunk, _, scratch) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                var mark = scratch.Mark;
                var counts = scratch.Counts;
                for (var v = bounds[chunk]; v < bounds[chunk + 1]; v++)
                {
                    int from = forwardOffsets[v], to = forwardOffsets[v + 1];
                    if (to - from < 2)
                    {
                        continue;
                    }

                    var stamp = v + 1;
                    for (var s = from; s < to; s++)
                    {
                        mark[forward[s]] = stamp;
                    }

                    for (var s = from; s < to; s++)
                    {
                        var u = forward[s];
                        for (var r = forwardOffsets[u]; r < forwardOffsets[u + 1]; r++)
                        {
                            var w = forward[r];
                            if (mark[w] == stamp)
                            {
                                counts[v]++;
                                counts[u]++;
                                counts[w]++;
                            }
                        }
                    }
                }

                return scratch;
            },
            scratch =>
            {
                // Integer sums: the order threads finish in cannot change them.
                lock (gate)
                {
                    for (var v = 0; v < n; v++)
                    {
                        result[v] += scratch.Counts[v];
                    }
                }
            });

        return result;
    }

    private sealed class Scratch(int n)
    {
        public int[] Mark { get; } = new int[n];

        public long[] Counts { get; } = new long[n];
    }
}
