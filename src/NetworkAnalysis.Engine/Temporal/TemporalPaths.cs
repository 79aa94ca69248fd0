namespace NetworkAnalysis.Engine.Temporal;

/// <summary>
/// Time-respecting paths between two nodes: sequences of edges each no earlier than the one before
/// (Kempe, Kleinberg and Kumar 2002; Holme and Saramäki 2012), such as a chain of payments or a
/// sequence of calls that could have carried an instruction.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> Layered earliest-arrival search: layer h holds, for every node whose earliest
/// arrival improved with h hops, that arrival; layer h + 1 scans only those nodes' edges at or after their
/// arrival (binary search in each node's time-ordered list). This is exact for "earliest arrival with at most
/// h hops" and gives both the earliest-arrival path (fewest hops among those) and the fewest-hops path
/// (earliest arrival among those). Equal times may follow each other (non-decreasing times).</para>
/// <para><b>Cost.</b> O(H · (n + m)) time in the worst case, usually far less; memory O(n) plus one log entry
/// per improvement. Deterministic: edges in time order, ties by input order.</para>
/// </remarks>
public static class TemporalPaths
{
    /// <summary>Finds time-respecting paths from <paramref name="source"/> to <paramref name="target"/>.</summary>
    /// <param name="edges">The timed edges.</param>
    /// <param name="source">Start node.</param>
    /// <param name="target">End node (different from the start).</param>
    /// <param name="options">Hop limit, time window and direction.</param>
    /// <param name="cancellationToken">Checked once per layer and every 4096 entries.</param>
    public static TemporalPathResult Find(TimedEdges edges, int source, int target, TemporalPathOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edges);
        options ??= TemporalPathOptions.Default;
        var n = edges.NodeCount;
        if ((uint)source >= (uint)n || (uint)target >= (uint)n)
        {
            throw new ArgumentOutOfRangeException(nameof(source), "source and target must be nodes");
        }

        if (source == target)
        {
            throw new ArgumentException("source and target must differ", nameof(target));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxHops);
        var window = options.Window;
        var times = edges.TimeArray;
        var followOut = options.Direction != Direction.In;
        var followIn = options.Direction != Direction.Out;
        var best = new long[n];
        Array.Fill(best, long.MaxValue);
        var bestEntry = new int[n];
        Array.Fill(bestEntry, -1);
        var log = new Log();
        log.Add(source, window.From, -1, -1, 0);
        bestEntry[source] = 0;
        best[source] = window.From;
        var fewest = -1;
        var layerStart = 0;
        for (var layer = 1; layer <= options.MaxHops; layer++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var layerEnd = log.Count;
            if (layerStart == layerEnd)
            {
                break;
            }

            for (var entry = layerStart; entry < layerEnd; entry++)
            {
                if (((entry - layerStart) & 4095) == 4095)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var u = log.Node[entry];
                var arrival = log.Arrival[entry];
                if (followOut)
                {
                    Scan(edges.OutOffsets, edges.OutEdges, edges.TargetArray, u, arrival, entry, layer);
                }

                if (followIn)
                {
                    Scan(edges.InOffsets, edges.InEdges, edges.SourceArray, u, arrival, entry, layer);
                }
            }

            if (fewest < 0 && bestEntry[target] >= layerEnd)
            {
                fewest = bestEntry[target];
            }

            layerStart = layerEnd;
        }

        return new TemporalPathResult(Path(log, bestEntry[target], edges), Path(log, fewest, edges));

        void Scan(int[] offsets, int[] list, int[] other, int u, long arrival, int entry, int layer)
        {
            int lo = offsets[u], hi = offsets[u + 1];
            var from = Math.Max(arrival, window.From);

            // First edge of u at or after its arrival (the list is in time order).
            while (lo < hi)
            {
                var mid = (int)((uint)(lo + hi) >> 1);
                if (times[list[mid]] < from)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            for (var i = lo; i < offsets[u + 1]; i++)
            {
                var e = list[i];
                var t = times[e];
                if (t >= window.To)
                {
                    break;
                }

                var v = other[e];
                if (v == source || t >= best[v])
                {
                    continue;
                }

                best[v] = t;
                var last = bestEntry[v];
                if (last >= 0 && log.Layer[last] == layer)
                {
                    log.Arrival[last] = t;
                    log.Parent[last] = entry;
                    log.Edge[last] = e;
                }
                else
                {
                    bestEntry[v] = log.Count;
                    log.Add(v, t, entry, e, layer);
                }
            }
        }
    }

    private static TemporalPath? Path(Log log, int entry, TimedEdges edges)
    {
        if (entry < 0)
        {
            return null;
        }

        var nodes = new List<int>();
        var taken = new List<int>();
        for (var e = entry; e >= 0; e = log.Parent[e])
        {
            nodes.Add(log.Node[e]);
            if (log.Edge[e] >= 0)
            {
                taken.Add(log.Edge[e]);
            }
        }

        nodes.Reverse();
        taken.Reverse();
        var times = edges.Times;
        return new TemporalPath(nodes.ToArray(), taken.ToArray(), times[taken[0]], times[taken[^1]]);
    }

    private sealed class Log
    {
        public List<int> Node { get; } = [];

        public List<long> Arrival { get; } = [];

        public List<int> Parent { get; } = [];

        public List<int> Edge { get; } = [];

        public List<int> Layer { get; } = [];

        public int Count => Node.Count;

        public void Add(int node, long arrival, int parent, int edge, int layer)
        {
            Node.Add(node);
            Arrival.Add(arrival);
            Parent.Add(parent);
            Edge.Add(edge);
            Layer.Add(layer);
        }
    }
}
