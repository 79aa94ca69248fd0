namespace NetworkAnalysis.Engine.Paths;

/// <summary>
/// The shortest path between two nodes: fewest hops, least total weight, or strongest ties
/// (<see cref="EdgeLength"/>), optionally with a hop limit.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> Fewest hops: bidirectional breadth-first search, expanding the smaller frontier level
/// by level, which touches about the square root of what a one-sided search touches on typical networks.
/// Lengths: Dijkstra (binary heap, stops when the target is settled). With a hop limit, when the shortest
/// path has more edges than allowed, a hop-layered Bellman-Ford finds the exact shortest path of at most
/// that many edges (O(h · m)).</para>
/// <para><b>Edges.</b> Direction per <see cref="ShortestPathOptions.Direction"/>; parallel edges: the
/// shortest counts; self-loops never help. Lengths must be non-negative (<see cref="EdgeLength.Weight"/>);
/// for <see cref="EdgeLength.InverseWeight"/> edges with weight ≤ 0 are skipped. Unreachable (or beyond
/// the hop limit): null.</para>
/// <para><b>Determinism.</b> Neighbours are scanned in index order and ties broken by node index, so the same
/// path comes back on every run. Sequential; O(n) scratch per call.</para>
/// </remarks>
public static class ShortestPath
{
    /// <summary>Finds a shortest path from <paramref name="source"/> to <paramref name="target"/>, or null when there is none.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="source">Start node.</param>
    /// <param name="target">End node.</param>
    /// <param name="options">Edge lengths, direction and hop limit.</param>
    /// <param name="cancellationToken">Checked once per BFS level, every 1024 Dijkstra settlements and once per Bellman-Ford layer.</param>
    public static GraphPath? Find(CsrGraph graph, int source, int target, ShortestPathOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ShortestPathOptions.Default;
        CheckNode(graph, source, nameof(source));
        CheckNode(graph, target, nameof(target));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxHops);
        var search = new PathSearch(graph, options.Length, options.Direction);
        return search.Find(source, target, options.MaxHops, cancellationToken);
    }

    /// <summary>
    /// Finds a shortest path from <paramref name="source"/> to the nearest of the nodes flagged in
    /// <paramref name="targets"/> (for example a group's core members), or null when none is reachable.
    /// Ties between equally near targets go to the one settled first (lowest index among equal lengths).
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="source">Start node.</param>
    /// <param name="targets">One flag per node.</param>
    /// <param name="options">Edge lengths, direction and hop limit.</param>
    /// <param name="cancellationToken">Checked every 1024 settlements and once per Bellman-Ford layer.</param>
    public static GraphPath? FindToAny(CsrGraph graph, int source, ReadOnlySpan<bool> targets, ShortestPathOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ShortestPathOptions.Default;
        CheckNode(graph, source, nameof(source));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxHops);
        if (targets.Length != graph.NodeCount)
        {
            throw new ArgumentException("targets must have one flag per node", nameof(targets));
        }

        var search = new PathSearch(graph, options.Length, options.Direction);
        return search.FindToAny(source, targets.ToArray(), options.MaxHops, cancellationToken);
    }

    internal static void CheckNode(CsrGraph graph, int node, string name)
    {
        if ((uint)node >= (uint)graph.NodeCount)
        {
            throw new ArgumentOutOfRangeException(name, node, "not a node of the graph");
        }
    }
}
