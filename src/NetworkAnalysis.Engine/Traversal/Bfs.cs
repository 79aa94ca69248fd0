namespace NetworkAnalysis.Engine.Traversal;

/// <summary>
/// Breadth-first search from one or several sources.
/// </summary>
/// <remarks>
/// Visits neighbours in adjacency order (ascending node index), so parents and order are deterministic.
/// Iterative (no recursion). O(n + m) time, O(n) memory. With <c>maxDepth</c> the search stops expanding
/// nodes at that distance, so the cost is bounded by the reached neighbourhood.
/// </remarks>
public static class Bfs
{
    /// <summary>Runs a BFS from <paramref name="source"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="source">Start node.</param>
    /// <param name="direction">Edges to follow on a directed graph; ignored on an undirected one.</param>
    /// <param name="maxDepth">Largest distance to reach; nodes further away stay unreached.</param>
    /// <param name="cancellationToken">Checked once per 4096 nodes visited.</param>
    public static BfsResult Run(
        CsrGraph graph,
        int source,
        Direction direction = Direction.Out,
        int maxDepth = int.MaxValue,
        CancellationToken cancellationToken = default) =>
        Run(graph, [source], direction, maxDepth, cancellationToken);

    /// <summary>Runs a BFS from several sources at once (distance to the nearest source).</summary>
    public static BfsResult Run(
        CsrGraph graph,
        ReadOnlySpan<int> sources,
        Direction direction = Direction.Out,
        int maxDepth = int.MaxValue,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        var n = graph.NodeCount;
        var dist = new int[n];
        var parent = new int[n];
        Array.Fill(dist, -1);
        Array.Fill(parent, -1);
        var queue = new int[n];
        int head = 0, tail = 0;
        foreach (var s in sources)
        {
            if ((uint)s >= (uint)n)
            {
                throw new ArgumentOutOfRangeException(nameof(sources), s, "source is not a node of the graph");
            }

            if (dist[s] < 0)
            {
                dist[s] = 0;
                queue[tail++] = s;
            }
        }

        var both = graph.IsDirected && direction == Direction.All;
        while (head < tail)
        {
            if ((head & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var v = queue[head++];
            var d = dist[v];
            if (d >= maxDepth)
            {
                continue;
            }

            var nb = graph.Neighbors(v, direction);
            foreach (var u in nb)
            {
                if (dist[u] < 0)
                {
                    dist[u] = d + 1;
                    parent[u] = v;
                    queue[tail++] = u;
                }
            }

            if (both)
            {
                foreach (var u in graph.InNeighbors(v))
                {
                    if (dist[u] < 0)
                    {
                        dist[u] = d + 1;
                        parent[u] = v;
                        queue[tail++] = u;
                    }
                }
            }
        }

        return new BfsResult(dist, parent, queue.AsSpan(0, tail).ToArray());
    }
}
