namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Hopcroft–Tarjan depth-first search with discovery times and low points, iterative (an explicit stack,
/// so a path of millions of nodes cannot overflow the call stack), on the undirected view of the graph.
/// </summary>
/// <remarks>
/// Only the tree edge itself (by edge id) is skipped when looking back at the parent, so a parallel edge
/// (including the reverse arc of a reciprocated directed pair) closes a cycle. Self-loops are skipped.
/// Roots and neighbours are visited in index order, so the search is deterministic. O(n + m) time, O(n) memory.
/// </remarks>
internal static class LowPoints
{
    /// <summary>Runs the search; returns articulation flags per node and bridge flags per edge id.</summary>
    public static (bool[] Articulation, bool[] Bridge) Run(CsrGraph graph, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        int[] off = graph.OffsetArray, adj = graph.TargetArray, ids = graph.EdgeIdArray;
        var directed = graph.IsDirected;
        int[] inOff = graph.InOffsetArray, inAdj = graph.InSourceArray, inIds = graph.InEdgeIdArray;

        var disc = new int[n];
        Array.Fill(disc, -1);
        var low = new int[n];
        var parentEdge = new int[n];
        var cursor = new int[n];
        var stack = new int[n];
        var articulation = new bool[n];
        var bridge = new bool[graph.EdgeCount];
        var time = 0;
        for (var root = 0; root < n; root++)
        {
            if (disc[root] >= 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var top = 0;
            stack[0] = root;
            disc[root] = low[root] = time++;
            parentEdge[root] = -1;
            cursor[root] = 0;
            var rootChildren = 0;
            while (top >= 0)
            {
                var v = stack[top];
                var outCount = off[v + 1] - off[v];
                var total = directed ? outCount + inOff[v + 1] - inOff[v] : outCount;
                var advanced = false;
                while (cursor[v] < total)
                {
                    var k = cursor[v]++;
                    int x, e;
                    if (k < outCount)
                    {
                        x = adj[off[v] + k];
                        e = ids[off[v] + k];
                    }
                    else
                    {
                        x = inAdj[inOff[v] + k - outCount];
                        e = inIds[inOff[v] + k - outCount];
                    }

                    if (x == v || e == parentEdge[v])
                    {
                        continue;
                    }

                    if (disc[x] < 0)
                    {
                        disc[x] = low[x] = time++;
                        parentEdge[x] = e;
                        cursor[x] = 0;
                        stack[++top] = x;
                        if (v == root)
                        {
                            rootChildren++;
                        }

                        advanced = true;
                        break;
                    }

                    low[v] = Math.Min(low[v], disc[x]);
                }

                if (advanced)
                {
                    continue;
                }

                top--;
                if (top >= 0)
                {
                    var p = stack[top];
                    low[p] = Math.Min(low[p], low[v]);
                    if (low[v] > disc[p])
                    {
                        bridge[parentEdge[v]] = true;
                    }

                    if (p != root && low[v] >= disc[p])
                    {
                        articulation[p] = true;
                    }
                }
            }

            if (rootChildren >= 2)
            {
                articulation[root] = true;
            }
        }

        return (articulation, bridge);
    }

    /// <summary>Indexes of the true entries, ascending.</summary>
    public static int[] Indexes(bool[] flags)
    {
        var count = 0;
        foreach (var f in flags)
        {
            count += f ? 1 : 0;
        }

        var result = new int[count];
        count = 0;
        for (var i = 0; i < flags.Length; i++)
        {
            if (flags[i])
            {
                result[count++] = i;
            }
        }

        return result;
    }
}
