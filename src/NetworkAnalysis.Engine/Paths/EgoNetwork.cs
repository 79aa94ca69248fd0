namespace NetworkAnalysis.Engine.Paths;

/// <summary>
/// The ego network of a node: every node within k hops of it (breadth-first search with a depth and a
/// size limit), optionally only through allowed nodes.
/// </summary>
/// <remarks>
/// Neighbours are visited in index order, so the result is deterministic. Cost O(size of the k-hop
/// neighbourhood) plus one O(n) scratch array; the size limit bounds the work on dense graphs. A node that
/// is not allowed is neither returned nor passed through (the centre is always kept).
/// </remarks>
public static class EgoNetwork
{
    /// <summary>Collects the nodes within <see cref="EgoNetworkOptions.MaxHops"/> of <paramref name="center"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="center">The ego.</param>
    /// <param name="options">Hops, direction and size limit.</param>
    /// <param name="allowed">Nodes that may be part of the ego network (empty: all).</param>
    /// <param name="cancellationToken">Checked once per 4096 nodes.</param>
    public static EgoNetworkResult Extract(
        CsrGraph graph,
        int center,
        EgoNetworkOptions? options = null,
        ReadOnlySpan<bool> allowed = default,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= EgoNetworkOptions.Default;
        ShortestPath.CheckNode(graph, center, nameof(center));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxHops);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxNodes, 1);
        if (!allowed.IsEmpty && allowed.Length != graph.NodeCount)
        {
            throw new ArgumentException("allowed must have one entry per node", nameof(allowed));
        }

        var n = graph.NodeCount;
        var followOut = !graph.IsDirected || options.Direction != Direction.In;
        var followIn = graph.IsDirected && options.Direction != Direction.Out;
        var dist = new int[n];
        Array.Fill(dist, -1);
        var nodes = new List<int> { center };
        var distances = new List<int> { 0 };
        dist[center] = 0;
        var truncated = false;
        var head = 0;
        while (head < nodes.Count && !truncated)
        {
            if ((head & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var v = nodes[head++];
            var d = dist[v];
            if (d >= options.MaxHops)
            {
                continue;
            }

            if (followOut)
            {
                foreach (var w in graph.Neighbors(v))
                {
                    if (!Visit(w, d, allowed))
                    {
                        break;
                    }
                }
            }

            if (followIn && !truncated)
            {
                foreach (var w in graph.InNeighbors(v))
                {
                    if (!Visit(w, d, allowed))
                    {
                        break;
                    }
                }
            }
        }

        return new EgoNetworkResult(nodes.ToArray(), distances.ToArray(), truncated);

        bool Visit(int w, int d, ReadOnlySpan<bool> mask)
        {
            if (dist[w] >= 0 || (!mask.IsEmpty && !mask[w]))
            {
                return true;
            }

            if (nodes.Count >= options.MaxNodes)
            {
                truncated = true;
                return false;
            }

            dist[w] = d + 1;
            nodes.Add(w);
            distances.Add(d + 1);
            return true;
        }
    }
}
