namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Coreness (core number) of every node: the largest k such that the node belongs to the k-core, the
/// maximal subgraph in which every node has degree at least k.
/// </summary>
/// <remarks>
/// <para><b>Algorithm.</b> Batagelj and Zaveršnik (2003), "An O(m) algorithm for cores decomposition of
/// networks", arXiv cs/0310049: bin-sort nodes by degree, repeatedly remove a node of minimum degree.
/// O(n + m) time, O(n) memory, sequential and deterministic. Cancellation is checked every 65,536 nodes.</para>
/// <para><b>Edge cases.</b> Self-loops are ignored (NetworkX refuses them; igraph ignores them); parallel
/// edges each count, as in NetworkX multigraphs and igraph. Isolated nodes have coreness 0. On a directed
/// graph the degree is chosen by <see cref="CorenessOptions.Direction"/>.</para>
/// </remarks>
public static class Coreness
{
    /// <summary>Computes the coreness of every node.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for total degree.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <returns>One core number per node.</returns>
    public static int[] Compute(CsrGraph graph, CorenessOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new CorenessOptions();
        var n = graph.NodeCount;
        var direction = graph.IsDirected ? options.Direction : Direction.Out;

        // The degree counts slots of list "deg"; removing v lowers the degree of the nodes in its "affects" lists.
        int[] off1 = graph.OffsetArray, adj1 = graph.TargetArray;
        int[]? off2 = null, adj2 = null;
        if (direction == Direction.All)
        {
            off2 = graph.InOffsetArray;
            adj2 = graph.InSourceArray;
        }

        // In-cores: a node's in-degree; removing v lowers the in-degree of its out-neighbours (and vice versa).
        var (degOff, degAdj) = direction == Direction.In ? (graph.InOffsetArray, graph.InSourceArray) : (off1, adj1);
        var deg = new int[n];
        var max = 0;
        for (var v = 0; v < n; v++)
        {
            var d = CountNonLoops(v, degOff, degAdj);
            if (off2 is not null)
            {
                d += CountNonLoops(v, off2, adj2!);
            }

            deg[v] = d;
            max = Math.Max(max, d);
        }

        var (affOff, affAdj) = direction == Direction.Out ? (graph.InOffsetArray, graph.InSourceArray) : (off1, adj1);
        if (!graph.IsDirected)
        {
            (affOff, affAdj) = (off1, adj1);
        }

        // Bin sort by degree.
        var bin = new int[max + 2];
        foreach (var d in deg)
        {
            bin[d]++;
        }

        var start = 0;
        for (var d = 0; d <= max; d++)
        {
            var count = bin[d];
            bin[d] = start;
            start += count;
        }

        var pos = new int[n];
        var vert = new int[n];
        for (var v = 0; v < n; v++)
        {
            pos[v] = bin[deg[v]];
            vert[pos[v]] = v;
            bin[deg[v]]++;
        }

        for (var d = max; d > 0; d--)
        {
            bin[d] = bin[d - 1];
        }

        bin[0] = 0;

        for (var i = 0; i < n; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var v = vert[i];
            var dv = deg[v];
            Lower(v, dv, affOff, affAdj, deg, bin, pos, vert);
            if (off2 is not null)
            {
                Lower(v, dv, off2, adj2!, deg, bin, pos, vert);
            }
        }

        return deg;
    }

    private static int CountNonLoops(int v, int[] off, int[] adj)
    {
        var d = 0;
        for (var j = off[v]; j < off[v + 1]; j++)
        {
            if (adj[j] != v)
            {
                d++;
            }
        }

        return d;
    }

    /// <summary>Moves every neighbour u of the removed node v with a larger degree one bin down.</summary>
    private static void Lower(int v, int dv, int[] off, int[] adj, int[] deg, int[] bin, int[] pos, int[] vert)
    {
        for (var j = off[v]; j < off[v + 1]; j++)
        {
            var u = adj[j];
            var du = deg[u];
            if (du > dv)
            {
                var pu = pos[u];
                var pw = bin[du];
                var w = vert[pw];
                if (u != w)
                {
                    pos[u] = pw;
                    vert[pu] = w;
                    pos[w] = pu;
                    vert[pw] = u;
                }

                bin[du]++;
                deg[u] = du - 1;
            }
        }
    }
}
