namespace NetworkAnalysis.Engine.Paths;

/// <summary>
/// Every simple cycle of at most L edges: round trips through which something (money, goods, people)
/// can come back to where it started, such as layering loops in laundering.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> For each start node s in index order, a depth-limited search over nodes greater than
/// s; a cycle is reported when an edge returns to s. Each cycle is therefore found once, from its smallest
/// node, which is how it is written. On a directed graph cycles follow edge direction, 2-cycles (a ↔ b) and
/// self-loops (length 1) included. On an undirected graph only cycles of 3 or more distinct edges count, each
/// reported in one orientation (second node smaller than last). Parallel edges do not make separate cycles.</para>
/// <para><b>Cost.</b> Output-sensitive but exponential in L in the worst case: O(n · d^L) for degree d; the
/// length and count limits bound it. Deterministic order.</para>
/// </remarks>
public static class SimpleCycles
{
    /// <summary>Enumerates the simple cycles of at most <see cref="SimpleCycleOptions.MaxLength"/> edges.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Length and count limits.</param>
    /// <param name="cancellationToken">Checked once per start node and every 65,536 search steps.</param>
    public static CycleList Enumerate(CsrGraph graph, SimpleCycleOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= SimpleCycleOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxLength);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxCycles);
        var n = graph.NodeCount;
        var maxLength = Math.Min(options.MaxLength, n);
        var directed = graph.IsDirected;
        var minLength = directed ? 1 : 3;
        var cycles = new List<int[]>();
        var onPath = new bool[n];
        var path = new int[maxLength + 1];
        var cursor = new int[maxLength + 1];
        var offsets = graph.OffsetArray;
        var targets = graph.TargetArray;
        long steps = 0;
        for (var s = 0; s < n && maxLength >= minLength; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var depth = 0;
            path[0] = s;
            cursor[0] = offsets[s];
            onPath[s] = true;
            while (depth >= 0)
            {
                if ((++steps & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var v = path[depth];
                var end = offsets[v + 1];
                if (cursor[depth] >= end)
                {
                    onPath[v] = false;
                    depth--;
                    continue;
                }

                var i = cursor[depth]++;
                var w = targets[i];
                if (i > offsets[v] && targets[i - 1] == w)
                {
                    continue; // a parallel edge: same cycles as the one before
                }

                var length = depth + 1;
                if (w == s)
                {
                    if (length >= minLength && (directed || path[1] < v))
                    {
                        if (cycles.Count >= options.MaxCycles)
                        {
                            ClearPath(onPath, path, depth);
                            return new CycleList(cycles, true);
                        }

                        cycles.Add(path[..(depth + 1)]);
                    }

                    continue;
                }

                if (w < s || onPath[w] || length >= maxLength)
                {
                    continue;
                }

                depth++;
                path[depth] = w;
                cursor[depth] = offsets[w];
                onPath[w] = true;
            }
        }

        return new CycleList(cycles, false);
    }

    private static void ClearPath(bool[] onPath, int[] path, int depth)
    {
        for (var d = 0; d <= depth; d++)
        {
            onPath[path[d]] = false;
        }
    }
}
