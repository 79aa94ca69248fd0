namespace NetworkAnalysis.Engine.Structure;

/// <summary>
/// Number of triangles through every node, on the simple undirected view of the graph (directions, self-loops,
/// parallel edges and weights ignored; NetworkX's <c>triangles(nx.Graph(G))</c>).
/// </summary>
/// <remarks>
/// Degree-ordered "forward" counting (Schank and Wagner 2005; Latapy 2008): nodes are ranked by (degree, index) and
/// renumbered by rank, every edge is kept only from its lower to its higher rank, and each triangle a &lt; b &lt; c is
/// found once, from a, by merging the sorted forward lists of a and b (the rank renumbering keeps the hubs' short
/// lists together in memory). O(m·√m) worst case, O(n + m) memory plus one counter array per thread. Parallel over
/// ranks in work-balanced chunks; per-thread integer counts are added at the end, so the result is exact and
/// identical at any thread count. Isolated nodes and nodes of degree 1 get 0.
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

        // Rank nodes by (degree, index) with a counting sort; work in rank space so that the hubs, whose lists every
        // scan touches, sit together at the top.
        var maxDegree = 0;
        for (var v = 0; v < n; v++)
        {
            maxDegree = Math.Max(maxDegree, off[v + 1] - off[v]);
        }

        var bucket = new int[maxDegree + 2];
        for (var v = 0; v < n; v++)
        {
            bucket[off[v + 1] - off[v] + 1]++;
        }

        for (var d = 0; d <= maxDegree; d++)
        {
            bucket[d + 1] += bucket[d];
        }

        var rank = new int[n];
        var node = new int[n];
        for (var v = 0; v < n; v++)
        {
            var r = bucket[off[v + 1] - off[v]]++;
            rank[v] = r;
            node[r] = v;
        }

        // Forward lists in rank space: for rank a, the ranks b > a of its neighbours, ascending (filled in ascending
        // order of b, so no comparison sort). Sorted lists keep each scan moving forward through memory.
        var nodeChunks = tgt.Length < ParallelChunks.SequentialThreshold ? 1 : workers * 4;
        var nodeBounds = ParallelChunks.ByPrefix(off, n, nodeChunks);
        nodeChunks = nodeBounds.Length - 1;
        var forwardOffsets = new int[n + 1];
        ParallelChunks.Run(nodeChunks, workers, chunk =>
        {
            for (var v = nodeBounds[chunk]; v < nodeBounds[chunk + 1]; v++)
            {
                var rv = rank[v];
                var count = 0;
                for (var s = off[v]; s < off[v + 1]; s++)
                {
                    if (rank[tgt[s]] > rv)
                    {
                        count++;
                    }
                }

                forwardOffsets[rv + 1] = count;
            }
        });

        for (var r = 0; r < n; r++)
        {
            forwardOffsets[r + 1] += forwardOffsets[r];
        }

        var forward = new int[forwardOffsets[n]];
        var fill = forwardOffsets.AsSpan(0, n).ToArray();
        for (var b = 0; b < n; b++)
        {
            var u = node[b];
            for (var s = off[u]; s < off[u + 1]; s++)
            {
                var a = rank[tgt[s]];
                if (a < b)
                {
                    forward[fill[a]++] = b;
                }
            }
        }

        // Work of rank a ≈ Σ over its forward neighbours b of |fwd(b)| (the scans), plus |fwd(a)| (the marks).
        var work = new int[n + 1];
        for (var a = 0; a < n; a++)
        {
            long w = forwardOffsets[a + 1] - forwardOffsets[a];
            for (var s = forwardOffsets[a]; s < forwardOffsets[a + 1]; s++)
            {
                var b = forward[s];
                w += forwardOffsets[b + 1] - forwardOffsets[b];
            }

            work[a + 1] = (int)Math.Min(int.MaxValue, work[a] + w);
        }

        var chunks = forward.Length < ParallelChunks.SequentialThreshold ? 1 : workers * 8;
        var bounds = ParallelChunks.ByPrefix(work, n, chunks);
        chunks = bounds.Length - 1;
        var byRank = new long[n];
        var gate = new object();
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = chunks == 1 ? 1 : workers },
            () => new Scratch(n),
            (chunk, _, scratch) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                var counts = scratch.Counts;
                var mark = scratch.Mark;
                for (var a = bounds[chunk]; a < bounds[chunk + 1]; a++)
                {
                    int aFrom = forwardOffsets[a], aTo = forwardOffsets[a + 1];
                    if (aTo - aFrom < 2)
                    {
                        continue;
                    }

                    // Triangles (a, b, c) with a < b < c: c in fwd(a) ∩ fwd(b). Mark fwd(a), scan each fwd(b); in rank
                    // space the scanned ids are high ranks, a small hot region of the mark array.
                    var stamp = a + 1;
                    for (var s = aFrom; s < aTo; s++)
                    {
                        mark[forward[s]] = stamp;
                    }

                    for (var s = aFrom; s < aTo; s++)
                    {
                        var b = forward[s];
                        for (var r = forwardOffsets[b]; r < forwardOffsets[b + 1]; r++)
                        {
                            var c = forward[r];
                            if (mark[c] == stamp)
                            {
                                counts[a]++;
                                counts[b]++;
                                counts[c]++;
                            }
                        }
                    }
                }

                return scratch;
            },
            scratch =>
            {
                var counts = scratch.Counts;
                // Integer sums: the order threads finish in cannot change them.
                lock (gate)
                {
                    for (var r = 0; r < n; r++)
                    {
                        byRank[r] += counts[r];
                    }
                }
            });

        var result = new long[n];
        for (var v = 0; v < n; v++)
        {
            result[v] = byRank[rank[v]];
        }

        return result;
    }

    private sealed class Scratch(int n)
    {
        public int[] Mark { get; } = new int[n];

        public long[] Counts { get; } = new long[n];
    }
}
