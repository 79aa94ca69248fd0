namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Coreness (core number) of every node: the largest k such that the node belongs to the k-core, the
/// maximal subgraph in which every node has degree at least k.
/// </summary>
/// <remarks>
/// <para><b>Algorithm.</b> Peeling in order of degree (Batagelj and Zaveršnik 2003, "An O(m) algorithm for
/// cores decomposition of networks", arXiv cs/0310049), organised level by level as in Kabir and Madduri
/// (2017), "Parallel k-core decomposition on multicore platforms", IPDPSW: for k = 0, 1, ... remove every
/// node whose remaining degree is ≤ k; they have coreness k. Instead of Batagelj–Zaveršnik's bin-sort swaps
/// a removal only decrements its neighbours' degrees, and the list of remaining nodes is compacted after
/// each level. Still O(n + m) time: a node is scanned at most core(v) + 1 ≤ degree(v) + 1 times. O(n)
/// memory, sequential. Core numbers are unique, so the result is deterministic. Cancellation is checked
/// once per level.</para>
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
        for (var v = 0; v < n; v++)
        {
            var d = CountNonLoops(v, degOff, degAdj);
            if (off2 is not null)
            {
                d += CountNonLoops(v, off2, adj2!);
            }

            deg[v] = d;
        }

        var (affOff, affAdj) = direction == Direction.Out ? (graph.InOffsetArray, graph.InSourceArray) : (off1, adj1);
        if (!graph.IsDirected)
        {
            (affOff, affAdj) = (off1, adj1);
        }

        // Level-synchronous peeling (Kabir and Madduri, "Parallel k-core decomposition on multicore
        // platforms", IPDPSW 2017): for k = 0, 1, ...: every remaining node of degree k, and every node whose
        // degree drops to k while those are removed, has coreness k. A removal only decrements neighbours'
        // degrees, which touches memory less than bin-sort swaps; the remaining list is compacted per level.
        var remaining = new int[n];
        for (var v = 0; v < n; v++)
        {
            remaining[v] = v;
        }

        var remainingCount = n;
        var frontier = new int[n];
        var core = deg;
        var done = new bool[n];
        var k = 0;
        while (remainingCount > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = 0;
            for (var i = 0; i < remainingCount; i++)
            {
                var v = remaining[i];
                if (core[v] == k)
                {
                    frontier[count++] = v;
                }
            }

            for (var i = 0; i < count; i++)
            {
                var v = frontier[i];
                done[v] = true;
                count = Peel(v, k, affOff, affAdj, core, frontier, count);
                if (off2 is not null)
                {
                    count = Peel(v, k, off2, adj2!, core, frontier, count);
                }
            }

            // Compact the survivors and jump to the smallest degree among them.
            var kept = 0;
            var next = int.MaxValue;
            for (var i = 0; i < remainingCount; i++)
            {
                var v = remaining[i];
                if (!done[v])
                {
                    remaining[kept++] = v;
                    next = Math.Min(next, core[v]);
                }
            }

            remainingCount = kept;
            k = next;
        }

        return core;
    }

    /// <summary>Removes v at level k: neighbours above k lose one degree; those that reach k join the frontier.</summary>
    private static int Peel(int v, int k, int[] off, int[] adj, int[] degree, int[] frontier, int count)
    {
        for (var j = off[v]; j < off[v + 1]; j++)
        {
            var u = adj[j];
            var du = degree[u];
            if (du > k)
            {
                degree[u] = --du;
                if (du == k)
                {
                    frontier[count++] = u;
                }
            }
        }

        return count;
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
}
