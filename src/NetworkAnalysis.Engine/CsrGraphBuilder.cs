namespace NetworkAnalysis.Engine;

/// <summary>
/// Collects edges and builds an immutable <see cref="CsrGraph"/>. Not thread-safe.
/// </summary>
/// <remarks>
/// <see cref="Build"/> is O(n + m) time (two stable counting sorts, no comparison sort) and O(n + m)
/// extra memory. Edge ids follow insertion order; when parallel edges are merged, the merged edge takes
/// the position (and endpoint order) of its first occurrence. The result does not depend on anything but
/// the sequence of calls, so it is deterministic.
/// </remarks>
public sealed class CsrGraphBuilder
{
    private int[] _sources;
    private int[] _targets;
    private double[] _weights;
    private int _count;
    private int _nodeCount;
    private bool _adopted;

    /// <summary>Creates a builder.</summary>
    /// <param name="nodeCount">Initial number of nodes; adding an edge to a larger index grows it.</param>
    /// <param name="directed">Whether edges have a direction.</param>
    /// <param name="weighted">Whether weights carry meaning (<see cref="CsrGraph.IsWeighted"/>).</param>
    /// <param name="edgeCapacity">Expected number of edges, to avoid regrowing.</param>
    public CsrGraphBuilder(int nodeCount = 0, bool directed = true, bool weighted = false, int edgeCapacity = 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        _nodeCount = nodeCount;
        IsDirected = directed;
        IsWeighted = weighted;
        var capacity = Math.Max(edgeCapacity, 4);
        _sources = new int[capacity];
        _targets = new int[capacity];
        _weights = new double[capacity];
    }

    /// <summary>
    /// Builds a graph straight from edge arrays, without copying them into a builder first (for large
    /// inputs this halves the memory peak). The arrays are adopted: do not change them afterwards.
    /// </summary>
    /// <param name="nodeCount">Number of nodes; every endpoint must be below it.</param>
    /// <param name="directed">Whether edges have a direction.</param>
    /// <param name="sources">Source of each edge.</param>
    /// <param name="targets">Target of each edge (same length).</param>
    /// <param name="weights">Weight of each edge (finite), or null for an unweighted graph.</param>
    /// <param name="parallel">What to do with parallel edges.</param>
    /// <exception cref="ArgumentException">Lengths differ, an endpoint is out of range or a weight is not finite.</exception>
    public static CsrGraph FromEdges(int nodeCount, bool directed, int[] sources, int[] targets, double[]? weights, ParallelEdges parallel = ParallelEdges.Keep)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(targets);
        if (sources.Length != targets.Length || (weights is not null && weights.Length != sources.Length))
        {
            throw new ArgumentException("edge arrays must have the same length");
        }

        for (var e = 0; e < sources.Length; e++)
        {
            if ((uint)sources[e] >= (uint)nodeCount || (uint)targets[e] >= (uint)nodeCount)
            {
                throw new ArgumentException($"edge {e} has an endpoint outside 0..{nodeCount - 1}");
            }

            if (weights is not null && !double.IsFinite(weights[e]))
            {
                throw new ArgumentException($"edge {e} has a weight that is not a finite number");
            }
        }

        var builder = new CsrGraphBuilder(nodeCount, directed, weights is not null, edgeCapacity: 4)
        {
            _sources = sources,
            _targets = targets,
            _count = sources.Length,
            _adopted = true,
        };
        if (weights is null)
        {
            weights = new double[sources.Length];
            Array.Fill(weights, 1.0);
        }

        builder._weights = weights;
        return builder.Build(parallel);
    }

    /// <summary>Whether the graph being built is directed.</summary>
    public bool IsDirected { get; }

    /// <summary>Whether weights carry meaning.</summary>
    public bool IsWeighted { get; }

    /// <summary>Current number of nodes.</summary>
    public int NodeCount => _nodeCount;

    /// <summary>Number of edges added so far.</summary>
    public int EdgeCount => _count;

    /// <summary>Adds an isolated node and returns its index.</summary>
    public int AddNode() => _nodeCount++;

    /// <summary>Makes sure nodes <c>0 .. count-1</c> exist.</summary>
    public void EnsureNodeCount(int count)
    {
        if (count > _nodeCount)
        {
            _nodeCount = count;
        }
    }

    /// <summary>Adds an edge. Node indexes must be non-negative; the node count grows to include them.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative index, or a weight that is NaN or infinite.</exception>
    public void AddEdge(int source, int target, double weight = 1.0)
    {
        if ((source | target) < 0)
        {
            throw new ArgumentOutOfRangeException(source < 0 ? nameof(source) : nameof(target), "node index must be non-negative");
        }

        if (!double.IsFinite(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "edge weight must be a finite number");
        }

        if (_count == _sources.Length)
        {
            var size = (int)Math.Min(Array.MaxLength, (long)_sources.Length * 2);
            if (size == _count)
            {
                throw new InvalidOperationException("too many edges for one graph");
            }

            Array.Resize(ref _sources, size);
            Array.Resize(ref _targets, size);
            Array.Resize(ref _weights, size);
        }

        _sources[_count] = source;
        _targets[_count] = target;
        _weights[_count] = IsWeighted ? weight : 1.0;
        _count++;
        var max = Math.Max(source, target);
        if (max >= _nodeCount)
        {
            _nodeCount = max + 1;
        }
    }

    /// <summary>Builds the graph. The builder can be reused afterwards (it keeps its edges).</summary>
    /// <param name="parallel">What to do with parallel edges; default keeps them all.</param>
    public CsrGraph Build(ParallelEdges parallel = ParallelEdges.Keep)
    {
        var m = _count;
        int[] src;
        int[] dst;
        double[] w;
        if (parallel == ParallelEdges.Keep || m == 0)
        {
            // Arrays adopted by FromEdges are exactly full and owned by no one else: share them.
            var exact = _sources.Length == m && _adopted;
            src = exact ? _sources : _sources.AsSpan(0, m).ToArray();
            dst = exact ? _targets : _targets.AsSpan(0, m).ToArray();
            w = exact ? _weights : _weights.AsSpan(0, m).ToArray();
        }
        else
        {
            (src, dst, w) = Merge(parallel);
        }

        var n = _nodeCount;
        m = src.Length;
        if (IsDirected)
        {
            var (offsets, targets, weights, ids) = BuildCsr(n, src, dst, w, mirror: false);
            var (inOffsets, inSources, inWeights, inIds) = BuildCsr(n, dst, src, w, mirror: false);
            return new CsrGraph(n, true, IsWeighted, src, dst, w, offsets, targets, weights, ids, inOffsets, inSources, inWeights, inIds);
        }
        else
        {
            var (offsets, targets, weights, ids) = BuildCsr(n, src, dst, w, mirror: true);
            return new CsrGraph(n, false, IsWeighted, src, dst, w, offsets, targets, weights, ids, null, null, null, null);
        }
    }

    /// <summary>
    /// Builds one CSR from edge lists: slot rows are <paramref name="rows"/>, columns <paramref name="cols"/>.
    /// With <paramref name="mirror"/>, each non-loop edge also yields the slot (col, row). Slots are sorted by
    /// row, then column, then edge id, using two stable counting sorts.
    /// </summary>
    private static (int[] Offsets, int[] Cols, double[] Weights, int[] Ids) BuildCsr(
        int n, int[] rows, int[] cols, double[] w, bool mirror)
    {
        var m = rows.Length;
        long slotsLong = m;
        if (mirror)
        {
            for (var e = 0; e < m; e++)
            {
                if (rows[e] != cols[e])
                {
                    slotsLong++;
                }
            }
        }

        if (slotsLong > Array.MaxLength)
        {
            throw new InvalidOperationException($"graph has {slotsLong} adjacency slots; at most {Array.MaxLength} are supported");
        }

        var slots = (int)slotsLong;

        // Slot lists (row, col, edge id) in edge-id order. Without mirroring the slots are the edges
        // themselves, so the input arrays serve directly (no copies: this is the build's memory peak).
        int[] slotRow, slotCol;
        int[]? slotId = null;
        if (!mirror)
        {
            slotRow = rows;
            slotCol = cols;
        }
        else
        {
            slotRow = new int[slots];
            slotCol = new int[slots];
            slotId = new int[slots];
            var k = 0;
            for (var e = 0; e < m; e++)
            {
                slotRow[k] = rows[e];
                slotCol[k] = cols[e];
                slotId[k] = e;
                k++;
                if (rows[e] != cols[e])
                {
                    slotRow[k] = cols[e];
                    slotCol[k] = rows[e];
                    slotId[k] = e;
                    k++;
                }
            }
        }

        // Pass 1: stable sort slot order by column (edge id order is kept within a column).
        var byCol = CountingOrder(n, slotCol, input: null);

        // Pass 2: stable sort that order by row; the result is sorted by (row, col, original order).
        var order = CountingOrder(n, slotRow, byCol);

        var offsets = new int[n + 1];
        for (var i = 0; i < slots; i++)
        {
            offsets[slotRow[i] + 1]++;
        }

        for (var v = 0; v < n; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        var outCols = new int[slots];
        var outW = new double[slots];
        var outIds = new int[slots];
        for (var i = 0; i < slots; i++)
        {
            var s = order[i];
            var id = slotId is null ? s : slotId[s];
            outCols[i] = slotCol[s];
            outIds[i] = id;
            outW[i] = w[id];
        }

        return (offsets, outCols, outW, outIds);
    }

    /// <summary>Stable counting sort of the items <paramref name="input"/> (or 0..len-1) by key[item].</summary>
    private static int[] CountingOrder(int n, int[] key, int[]? input)
    {
        var len = key.Length;
        var start = new int[n + 1];
        for (var i = 0; i < len; i++)
        {
            start[key[i] + 1]++;
        }

        for (var v = 0; v < n; v++)
        {
            start[v + 1] += start[v];
        }

        var result = new int[len];
        for (var i = 0; i < len; i++)
        {
            var item = input is null ? i : input[i];
            result[start[key[item]]++] = item;
        }

        return result;
    }

    private (int[] Src, int[] Dst, double[] W) Merge(ParallelEdges policy)
    {
        var m = _count;
        var n = _nodeCount;

        // Canonical key: on an undirected graph (u, v) and (v, u) are one pair.
        var a = new int[m];
        var b = new int[m];
        for (var e = 0; e < m; e++)
        {
            int s = _sources[e], t = _targets[e];
            if (!IsDirected && s > t)
            {
                (s, t) = (t, s);
            }

            a[e] = s;
            b[e] = t;
        }

        var order = CountingOrder(n, a, CountingOrder(n, b, null));

        // Each run of equal (a, b) keys is one merged edge, represented by its first (smallest id) member.
        var keep = new bool[m];
        var merged = new double[m];
        var i = 0;
        while (i < m)
        {
            var first = order[i];
            var value = _weights[first];
            var j = i + 1;
            while (j < m && a[order[j]] == a[first] && b[order[j]] == b[first])
            {
                var x = _weights[order[j]];
                value = policy switch
                {
                    ParallelEdges.Sum => value + x,
                    ParallelEdges.Min => Math.Min(value, x),
                    ParallelEdges.Max => Math.Max(value, x),
                    ParallelEdges.Last => x,
                    _ => value,
                };
                j++;
            }

            keep[first] = true;
            merged[first] = value;
            i = j;
        }

        var count = 0;
        for (var e = 0; e < m; e++)
        {
            if (keep[e])
            {
                count++;
            }
        }

        var src = new int[count];
        var dst = new int[count];
        var w = new double[count];
        var k = 0;
        for (var e = 0; e < m; e++)
        {
            if (keep[e])
            {
                src[k] = _sources[e];
                dst[k] = _targets[e];
                w[k] = merged[e];
                k++;
            }
        }

        return (src, dst, w);
    }
}
