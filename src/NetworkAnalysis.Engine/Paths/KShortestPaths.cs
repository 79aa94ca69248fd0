namespace NetworkAnalysis.Engine.Paths;

/// <summary>
/// The k shortest loopless paths between two nodes (Yen's algorithm), for "which other routes connect
/// these two suspects" questions.
/// </summary>
/// <remarks>
/// <para>J. Y. Yen (1971), "Finding the k shortest loopless paths in a network", Management Science 17(11):
/// 712–716. Each next path is the best "spur" deviation from a path already found: for every node of the
/// previous path, the root up to it is kept, the root's other nodes and the edges already used from it by
/// paths sharing the root are banned, and a shortest path (see <see cref="ShortestPath"/>) completes it.</para>
/// <para>Paths are distinct node sequences (parallel edges do not make new paths), in order of length, then
/// hops, then node sequence. Cost: up to k · L shortest-path searches, L the longest path's hop count.
/// With a hop limit every path returned has at most that many edges. Deterministic.</para>
/// </remarks>
public static class KShortestPaths
{
    /// <summary>Finds up to <paramref name="k"/> shortest loopless paths from <paramref name="source"/> to <paramref name="target"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="source">Start node.</param>
    /// <param name="target">End node.</param>
    /// <param name="k">How many paths at most.</param>
    /// <param name="options">Edge lengths, direction and hop limit.</param>
    /// <param name="cancellationToken">Checked in every search.</param>
    public static IReadOnlyList<GraphPath> Yen(CsrGraph graph, int source, int target, int k, ShortestPathOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        options ??= ShortestPathOptions.Default;
        ShortestPath.CheckNode(graph, source, nameof(source));
        ShortestPath.CheckNode(graph, target, nameof(target));
        var found = new List<GraphPath>();
        if (k == 0)
        {
            return found;
        }

        var search = new PathSearch(graph, options.Length, options.Direction);
        var first = search.Find(source, target, options.MaxHops, cancellationToken);
        if (first is null)
        {
            return found;
        }

        found.Add(first);
        if (source == target)
        {
            return found;
        }

        var candidates = new List<GraphPath>();
        var seen = new HashSet<GraphPath> { first };
        search.AnyBans = true;
        while (found.Count < k)
        {
            var previous = found[^1];
            for (var i = 0; i < previous.Hops; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var spur = previous.Nodes[i];
                var root = previous.Nodes.AsSpan(0, i + 1);
                foreach (var p in found)
                {
                    if (p.Nodes.Length > i + 1 && p.Nodes.AsSpan(0, i + 1).SequenceEqual(root))
                    {
                        search.BannedFirstHop[p.Nodes[i + 1]] = true;
                    }
                }

                for (var r = 0; r < i; r++)
                {
                    search.BannedNode[root[r]] = true;
                }

                var tail = options.MaxHops == int.MaxValue ? int.MaxValue : options.MaxHops - i;
                var spurPath = search.Find(spur, target, tail, cancellationToken);

                for (var r = 0; r < i; r++)
                {
                    search.BannedNode[root[r]] = false;
                }

                foreach (var p in found)
                {
                    if (p.Nodes.Length > i + 1)
                    {
                        search.BannedFirstHop[p.Nodes[i + 1]] = false;
                    }
                }

                if (spurPath is null)
                {
                    continue;
                }

                int[] nodes = [.. root[..^1], .. spurPath.Nodes];
                var candidate = new GraphPath(nodes, search.PathLength(nodes));
                if (seen.Add(candidate))
                {
                    candidates.Add(candidate);
                }
            }

            if (candidates.Count == 0)
            {
                break;
            }

            var best = 0;
            for (var c = 1; c < candidates.Count; c++)
            {
                if (Compare(candidates[c], candidates[best]) < 0)
                {
                    best = c;
                }
            }

            found.Add(candidates[best]);
            candidates.RemoveAt(best);
        }

        return found;
    }

    private static int Compare(GraphPath a, GraphPath b)
    {
        var c = a.Length.CompareTo(b.Length);
        if (c != 0)
        {
            return c;
        }

        c = a.Hops.CompareTo(b.Hops);
        return c != 0 ? c : a.Nodes.AsSpan().SequenceCompareTo(b.Nodes);
    }
}
