namespace NetworkAnalysis.Engine.Components;

/// <summary>
/// Weakly connected components: the components of the graph with edge directions ignored (on an undirected graph,
/// its connected components).
/// </summary>
/// <remarks>
/// Union–find over the edge list with path halving, always linking the larger root under the smaller one, so every
/// root is its set's smallest node and the labels come out as the smallest node index of each component (LDBC
/// Graphalytics' WCC labelling, and NetworkX's <c>component_label</c> in this repository's reference data). No
/// recursion. Self-loops and parallel edges change nothing; an isolated node is its own component. Weights are
/// ignored. O(m·α-ish + n) time (path halving without union by rank: O(m log n) worst case, near-linear in
/// practice), O(n) memory. Deterministic and sequential: labels are defined by the input alone.
/// </remarks>
public static class WeaklyConnected
{
    /// <summary>Labels every node with the smallest node index of its weakly connected component.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="cancellationToken">Checked once per 1,048,576 edges.</param>
    public static ComponentResult Compute(CsrGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var parent = new int[n];
        for (var v = 0; v < n; v++)
        {
            parent[v] = v;
        }

        var sources = graph.EdgeSources;
        var targets = graph.EdgeTargets;
        for (var e = 0; e < sources.Length; e++)
        {
            if ((e & 0xFFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var a = Find(parent, sources[e]);
            var b = Find(parent, targets[e]);
            if (a < b)
            {
                parent[b] = a;
            }
            else if (b < a)
            {
                parent[a] = b;
            }
        }

        // Ascending order: a node's parent is smaller than it, so it already points at its root.
        var count = 0;
        for (var v = 0; v < n; v++)
        {
            var p = parent[v];
            if (p == v)
            {
                count++;
            }
            else
            {
                parent[v] = parent[p];
            }
        }

        return new ComponentResult(parent, count);
    }

    private static int Find(int[] parent, int x)
    {
        while (true)
        {
            var p = parent[x];
            if (p == x)
            {
                return x;
            }

            var g = parent[p];
            parent[x] = g;
            x = g;
        }
    }
}
