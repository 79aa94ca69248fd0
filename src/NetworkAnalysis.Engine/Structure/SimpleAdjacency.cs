namespace NetworkAnalysis.Engine.Structure;

/// <summary>
/// The simple undirected view of a graph used by triangle and clustering measures: for every node, its distinct
/// neighbours in either direction, sorted, without itself (self-loops and parallel edges dropped).
/// </summary>
internal sealed class SimpleAdjacency
{
    private SimpleAdjacency(int[] offsets, int[] targets)
    {
        Offsets = offsets;
        Targets = targets;
    }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public int NodeCount => Offsets.Length - 1;

    /// <summary>Distinct-neighbour count of <paramref name="v"/>.</summary>
    public int Degree(int v) => Offsets[v + 1] - Offsets[v];

    /// <summary>Builds the view; reuses the graph's own arrays when it is undirected and already simple. O(n + m).</summary>
    public static SimpleAdjacency Of(CsrGraph graph)
    {
        var n = graph.NodeCount;
        var off = graph.OffsetArray;
        var tgt = graph.TargetArray;
        if (!graph.IsDirected && IsSimple(n, off, tgt))
        {
            return new SimpleAdjacency(off, tgt);
        }

        var inOff = graph.InOffsetArray;
        var inSrc = graph.InSourceArray;
        var directed = graph.IsDirected;
        var offsets = new int[n + 1];
        var buffer = new int[directed ? tgt.Length + inSrc.Length : tgt.Length];
        var k = 0;
        for (var v = 0; v < n; v++)
        {
            offsets[v] = k;
            int a = off[v], aEnd = off[v + 1];
            int b = directed ? inOff[v] : 0, bEnd = directed ? inOff[v + 1] : 0;
            var last = -1;
            while (a < aEnd || b < bEnd)
            {
                int x;
                if (b >= bEnd || (a < aEnd && tgt[a] <= inSrc[b]))
                {
                    x = tgt[a++];
                }
                else
                {
                    x = inSrc[b++];
                }

                if (x != last && x != v)
                {
                    buffer[k++] = x;
                }

                last = x;
            }
        }

        offsets[n] = k;
        return new SimpleAdjacency(offsets, buffer.AsSpan(0, k).ToArray());
    }

    private static bool IsSimple(int n, int[] off, int[] tgt)
    {
        for (var v = 0; v < n; v++)
        {
            var last = -1;
            for (var s = off[v]; s < off[v + 1]; s++)
            {
                var x = tgt[s];
                if (x == v || x == last)
                {
                    return false;
                }

                last = x;
            }
        }

        return true;
    }
}
