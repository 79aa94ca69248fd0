namespace NetworkAnalysis.Engine.Temporal;

/// <summary>
/// Timestamped directed edges (for example money transfers) sorted by time, with per-node lists of
/// outgoing and incoming edges in time order. Times are integers (e.g. UTC ticks or seconds); amounts are
/// optional. Immutable; thread-safe to read.
/// </summary>
/// <remarks>
/// Edges with equal times keep their input order, which algorithms read as the order in which they
/// happened. Building is O(m log m) time and O(n + m) memory.
/// </remarks>
public sealed class TimedEdges
{
    private readonly int[] _sources;
    private readonly int[] _targets;
    private readonly long[] _times;
    private readonly double[] _amounts;
    private readonly int[] _inputIndex;
    private readonly int[] _outOffsets;
    private readonly int[] _outEdges;
    private readonly int[] _inOffsets;
    private readonly int[] _inEdges;

    private TimedEdges(int nodeCount, int[] sources, int[] targets, long[] times, double[] amounts, int[] inputIndex)
    {
        NodeCount = nodeCount;
        _sources = sources;
        _targets = targets;
        _times = times;
        _amounts = amounts;
        _inputIndex = inputIndex;
        (_outOffsets, _outEdges) = ByNode(nodeCount, sources);
        (_inOffsets, _inEdges) = ByNode(nodeCount, targets);
    }

    /// <summary>Number of nodes.</summary>
    public int NodeCount { get; }

    /// <summary>Number of edges.</summary>
    public int Count => _sources.Length;

    /// <summary>Source of every edge, in time order.</summary>
    public ReadOnlySpan<int> Sources => _sources;

    /// <summary>Target of every edge, in time order.</summary>
    public ReadOnlySpan<int> Targets => _targets;

    /// <summary>Time of every edge, ascending.</summary>
    public ReadOnlySpan<long> Times => _times;

    /// <summary>Amount of every edge in time order (NaN when unknown; all NaN when none was given).</summary>
    public ReadOnlySpan<double> Amounts => _amounts;

    /// <summary>The position each edge had in the input, in time order (maps results back to transactions).</summary>
    public ReadOnlySpan<int> InputIndex => _inputIndex;

    internal int[] SourceArray => _sources;

    internal int[] TargetArray => _targets;

    internal long[] TimeArray => _times;

    internal double[] AmountArray => _amounts;

    internal int[] OutOffsets => _outOffsets;

    internal int[] OutEdges => _outEdges;

    internal int[] InOffsets => _inOffsets;

    internal int[] InEdges => _inEdges;

    /// <summary>Builds the sorted edge set.</summary>
    /// <param name="nodeCount">Number of nodes; every endpoint must be below it.</param>
    /// <param name="sources">Source of each edge.</param>
    /// <param name="targets">Target of each edge.</param>
    /// <param name="times">Time of each edge.</param>
    /// <param name="amounts">Amount of each edge (empty: none; NaN: unknown).</param>
    public static TimedEdges Create(int nodeCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets, ReadOnlySpan<long> times, ReadOnlySpan<double> amounts = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        var m = sources.Length;
        if (targets.Length != m || times.Length != m || (!amounts.IsEmpty && amounts.Length != m))
        {
            throw new ArgumentException("sources, targets, times (and amounts when given) must have the same length");
        }

        for (var e = 0; e < m; e++)
        {
            if ((uint)sources[e] >= (uint)nodeCount || (uint)targets[e] >= (uint)nodeCount)
            {
                throw new ArgumentOutOfRangeException(nameof(sources), $"edge {e} has an endpoint outside 0..{nodeCount - 1}");
            }
        }

        var keys = times.ToArray();
        var order = new int[m];
        for (var e = 0; e < m; e++)
        {
            order[e] = e;
        }

        Array.Sort(keys, order);

        // Array.Sort is not stable: restore input order within runs of equal times.
        var start = 0;
        while (start < m)
        {
            var end = start + 1;
            while (end < m && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start);
            }

            start = end;
        }

        var s = new int[m];
        var t = new int[m];
        var a = new double[m];
        for (var i = 0; i < m; i++)
        {
            var e = order[i];
            s[i] = sources[e];
            t[i] = targets[e];
            a[i] = amounts.IsEmpty ? double.NaN : amounts[e];
        }

        return new TimedEdges(nodeCount, s, t, keys, a, order);
    }

    /// <summary>The first edge index whose time is at or after <paramref name="time"/> (Count when none).</summary>
    public int LowerBound(long time)
    {
        int lo = 0, hi = _times.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (_times[mid] < time)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // Edge indexes grouped by node; since edges are already in time order, each group is too.
    private static (int[] Offsets, int[] Edges) ByNode(int n, int[] endpoint)
    {
        var offsets = new int[n + 1];
        foreach (var v in endpoint)
        {
            offsets[v + 1]++;
        }

        for (var v = 0; v < n; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        var fill = offsets[..n];
        var edges = new int[endpoint.Length];
        for (var e = 0; e < endpoint.Length; e++)
        {
            edges[fill[endpoint[e]]++] = e;
        }

        return (offsets, edges);
    }
}
