namespace NetworkAnalysis.Engine.KeyPlayers;

/// <summary>
/// Borgatti's fragmentation of a network after removing a set of nodes: the share of pairs of remaining
/// nodes that can no longer reach each other, plain or weighted by distance.
/// </summary>
/// <remarks>
/// <para><c>F = 1 − Σ_k s_k (s_k − 1) / (n (n − 1))</c>, s_k the sizes of the connected components and n the
/// number of remaining nodes; <c>DF = 1 − Σ_{i≠j} (1 / d_ij) / (n (n − 1))</c> with <c>1/∞ = 0</c>.
/// S. P. Borgatti (2006), "Identifying sets of key players in a social network", Computational and
/// Mathematical Organization Theory 12: 21–34.</para>
/// <para>Direction is ignored (components and distances of the undirected view), weights ignored, self-loops
/// and parallel edges have no effect. With fewer than two remaining nodes both are NaN.
/// <see cref="Compute"/> is O(n + m); <see cref="DistanceWeighted"/> is O(n (n + m)) (a BFS from every node).</para>
/// </remarks>
public static class Fragmentation
{
    /// <summary>F after removing the nodes flagged in <paramref name="removed"/> (empty: none removed).</summary>
    public static double Compute(CsrGraph graph, ReadOnlySpan<bool> removed = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var mask = Mask(graph, removed, out var remaining);
        var scan = new CutScan(graph.NodeCount);
        var pairs = scan.Run(graph, mask, new long[graph.NodeCount], out _);
        return FromPairs(pairs, remaining);
    }

    /// <summary>DF (distance-weighted fragmentation) after removing the flagged nodes.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="removed">Removed nodes (empty: none).</param>
    /// <param name="cancellationToken">Checked once per BFS source.</param>
    public static double DistanceWeighted(CsrGraph graph, ReadOnlySpan<bool> removed = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var mask = Mask(graph, removed, out var remaining);
        var bfs = new ResidualBfs(graph.NodeCount);
        var sum = bfs.InverseDistanceSum(graph, mask, cancellationToken);
        return remaining < 2 ? double.NaN : 1 - (sum / ((double)remaining * (remaining - 1)));
    }

    internal static double FromPairs(long pairs, int remaining) =>
        remaining < 2 ? double.NaN : 1 - (pairs / ((double)remaining * (remaining - 1)));

    private static bool[] Mask(CsrGraph graph, ReadOnlySpan<bool> removed, out int remaining)
    {
        var n = graph.NodeCount;
        if (!removed.IsEmpty && removed.Length != n)
        {
            throw new ArgumentException($"removed has {removed.Length} entries for {n} nodes", nameof(removed));
        }

        var mask = new bool[n];
        remaining = n;
        for (var v = 0; v < removed.Length; v++)
        {
            if (removed[v])
            {
                mask[v] = true;
                remaining--;
            }
        }

        return mask;
    }
}
