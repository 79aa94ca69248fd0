namespace NetworkAnalysis.Engine.Paths;

/// <summary>
/// Shortest-path searches between two nodes with reusable scratch: bidirectional BFS for hops, bidirectional
/// Dijkstra for lengths (one-sided Dijkstra to the nearest of a set), and a hop-layered Bellman-Ford when a hop limit binds. Nodes flagged in
/// <see cref="BannedNode"/> are never entered; from the source, nodes flagged in <see cref="BannedFirstHop"/>
/// are not taken as the first step (Yen's removed edges).
/// </summary>
internal sealed class PathSearch
{
    private readonly CsrGraph _graph;
    private readonly EdgeLength _weighting;
    private readonly bool _followOut;
    private readonly bool _followIn;
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly double[] _weights;
    private readonly int[] _inOffsets;
    private readonly int[] _inSources;
    private readonly double[] _inWeights;
    private double[]? _dist;
    private int[]? _parent;
    private int[]? _hops;
    private bool[]? _settled;
    private int[]? _touched;

    public PathSearch(CsrGraph graph, EdgeLength weighting, Direction direction)
    {
        _graph = graph;
        _weighting = weighting;
        _followOut = !graph.IsDirected || direction != Direction.In;
        _followIn = graph.IsDirected && direction != Direction.Out;
        _offsets = graph.OffsetArray;
        _targets = graph.TargetArray;
        _weights = graph.WeightArray;
        _inOffsets = graph.InOffsetArray;
        _inSources = graph.InSourceArray;
        _inWeights = graph.InWeightArray;
        BannedNode = new bool[graph.NodeCount];
        BannedFirstHop = new bool[graph.NodeCount];
    }

    public bool[] BannedNode { get; }

    public bool[] BannedFirstHop { get; }

    public bool AnyBans { get; set; }

    /// <summary>The shortest path from s to t with at most <paramref name="maxHops"/> edges, or null.</summary>
    public GraphPath? Find(int s, int t, int maxHops, CancellationToken ct)
    {
        if (BannedNode[s] || BannedNode[t] || maxHops < 0)
        {
            return null;
        }

        if (s == t)
        {
            return new GraphPath([s], 0);
        }

        if (_weighting == EdgeLength.Unit && !AnyBans)
        {
            return BidirectionalBfs(s, t, maxHops, ct);
        }

        var path = BidirectionalDijkstra(s, t, ct);
        if (path is null || path.Hops <= maxHops)
        {
            return path;
        }

        return HopBounded(s, t, null, maxHops, ct);
    }

    /// <summary>The shortest path from s to the nearest node flagged in <paramref name="targets"/> (at most <paramref name="maxHops"/> edges), or null.</summary>
    public GraphPath? FindToAny(int s, bool[] targets, int maxHops, CancellationToken ct)
    {
        if (BannedNode[s] || maxHops < 0)
        {
            return null;
        }

        if (targets[s])
        {
            return new GraphPath([s], 0);
        }

        var path = Dijkstra(s, -1, targets, ct);
        if (path is null || path.Hops <= maxHops)
        {
            return path;
        }

        return HopBounded(s, -1, targets, maxHops, ct);
    }

    /// <summary>The length of the shortest edge from u to v along the search direction (∞ when none usable).</summary>
    public double LengthOf(int u, int v)
    {
        var best = double.PositiveInfinity;
        if (_followOut)
        {
            for (var i = _offsets[u]; i < _offsets[u + 1]; i++)
            {
                if (_targets[i] == v)
                {
                    best = Math.Min(best, Length(_weights[i]));
                }
            }
        }

        if (_followIn)
        {
            for (var i = _inOffsets[u]; i < _inOffsets[u + 1]; i++)
            {
                if (_inSources[i] == v)
                {
                    best = Math.Min(best, Length(_inWeights[i]));
                }
            }
        }

        return best;
    }

    /// <summary>Sums the edge lengths along <paramref name="nodes"/> in order.</summary>
    public double PathLength(ReadOnlySpan<int> nodes)
    {
        double sum = 0;
        for (var i = 1; i < nodes.Length; i++)
        {
            sum += LengthOf(nodes[i - 1], nodes[i]);
        }

        return sum;
    }

    // The rules of EdgeLength: a weight used as a length must be positive; inverted, 0 means no edge.
    private double Length(double weight) => _weighting switch
    {
        EdgeLength.Unit => 1.0,
        EdgeLength.Weight => weight > 0 ? weight : throw new ArgumentException($"edge weight {weight} is not a positive length"),
        _ => weight > 0 ? 1.0 / weight : weight == 0 ? double.PositiveInfinity : throw new ArgumentException($"negative edge weight {weight}"),
    };

    private GraphPath? BidirectionalBfs(int s, int t, int maxHops, CancellationToken ct)
    {
        var n = _graph.NodeCount;
        var distF = new int[n];
        var distB = new int[n];
        var parentF = new int[n];
        var parentB = new int[n];
        Array.Fill(distF, -1);
        Array.Fill(distB, -1);
        var frontF = new List<int> { s };
        var frontB = new List<int> { t };
        var next = new List<int>();
        distF[s] = 0;
        distB[t] = 0;
        int df = 0, db = 0;
        var bestTotal = int.MaxValue;
        var meet = -1;
        while (frontF.Count > 0 && frontB.Count > 0 && df + db < maxHops)
        {
            ct.ThrowIfCancellationRequested();
            var forward = frontF.Count <= frontB.Count;
            var front = forward ? frontF : frontB;
            var dist = forward ? distF : distB;
            var other = forward ? distB : distF;
            var parent = forward ? parentF : parentB;
            var depth = forward ? df : db;
            next.Clear();
            foreach (var v in front)
            {
                // Forward follows the search direction; backward walks it in reverse.
                var useOut = forward ? _followOut : (_followIn || !_graph.IsDirected);
                var useIn = forward ? _followIn : _graph.IsDirected && _followOut;
                if (useOut)
                {
                    for (var i = _offsets[v]; i < _offsets[v + 1]; i++)
                    {
                        Visit(_targets[i]);
                    }
                }

                if (useIn)
                {
                    for (var i = _inOffsets[v]; i < _inOffsets[v + 1]; i++)
                    {
                        Visit(_inSources[i]);
                    }
                }

                void Visit(int w)
                {
                    if (dist[w] >= 0)
                    {
                        return;
                    }

                    dist[w] = depth + 1;
                    parent[w] = v;
                    next.Add(w);
                    if (other[w] >= 0)
                    {
                        var total = depth + 1 + other[w];
                        if (total < bestTotal || (total == bestTotal && w < meet))
                        {
                            bestTotal = total;
                            meet = w;
                        }
                    }
                }
            }

            if (forward)
            {
                (frontF, next) = (next, frontF);
                df++;
            }
            else
            {
                (frontB, next) = (next, frontB);
                db++;
            }

            if (meet >= 0)
            {
                break;
            }
        }

        if (meet < 0)
        {
            return null;
        }

        var nodes = new int[bestTotal + 1];
        var at = distF[meet];
        for (int v = meet, i = at; i >= 0; i--, v = i >= 0 ? parentF[v] : v)
        {
            nodes[i] = v;
        }

        for (int v = meet, i = at; v != t;)
        {
            v = parentB[v];
            nodes[++i] = v;
        }

        return new GraphPath(nodes, bestTotal);
    }

    /// <summary>
    /// Bidirectional Dijkstra: a forward search from s and a backward one from t, always advancing the side
    /// with the smaller key, until the two smallest keys add up to at least the best meeting found (which is
    /// then optimal for non-negative lengths).
    /// </summary>
    private GraphPath? BidirectionalDijkstra(int s, int t, CancellationToken ct)
    {
        var n = _graph.NodeCount;
        var distF = new double[n];
        var distB = new double[n];
        var parentF = new int[n];
        var parentB = new int[n];
        var doneF = new bool[n];
        var doneB = new bool[n];
        Array.Fill(distF, double.PositiveInfinity);
        Array.Fill(distB, double.PositiveInfinity);
        var heapF = new MinHeap();
        var heapB = new MinHeap();
        distF[s] = 0;
        distB[t] = 0;
        parentF[s] = -1;
        parentB[t] = -1;
        heapF.Push(0, s);
        heapB.Push(0, t);
        var best = double.PositiveInfinity;
        int meetFrom = -1, meetTo = -1;
        var backOut = _followIn || !_graph.IsDirected;
        var backIn = _graph.IsDirected && _followOut;
        var pops = 0;
        while (heapF.Count > 0 && heapB.Count > 0)
        {
            var topF = heapF.PeekKey();
            var topB = heapB.PeekKey();
            if (topF + topB >= best)
            {
                break;
            }

            if ((++pops & 1023) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var forward = topF <= topB;
            var heap = forward ? heapF : heapB;
            var (d, v) = heap.Pop();
            if (forward)
            {
                heapF = heap;
            }
            else
            {
                heapB = heap;
            }

            var dist = forward ? distF : distB;
            var done = forward ? doneF : doneB;
            if (done[v] || d > dist[v])
            {
                continue;
            }

            done[v] = true;
            var useOut = forward ? _followOut : backOut;
            var useIn = forward ? _followIn : backIn;
            if (useOut)
            {
                for (var i = _offsets[v]; i < _offsets[v + 1]; i++)
                {
                    Step(forward, v, _targets[i], _weights[i]);
                }
            }

            if (useIn)
            {
                for (var i = _inOffsets[v]; i < _inOffsets[v + 1]; i++)
                {
                    Step(forward, v, _inSources[i], _inWeights[i]);
                }
            }
        }

        if (meetFrom < 0)
        {
            return null;
        }

        var nodes = new List<int>();
        for (var v = meetFrom; v >= 0; v = parentF[v])
        {
            nodes.Add(v);
        }

        nodes.Reverse();
        for (var v = meetTo; v >= 0; v = parentB[v])
        {
            nodes.Add(v);
        }

        var path = nodes.ToArray();
        return new GraphPath(path, PathLength(path));

        void Step(bool forward, int v, int w, double weight)
        {
            if (BannedNode[w])
            {
                return;
            }

            // The first hop out of s: forward it leaves s; backward it is the edge s → v reached from v.
            if (AnyBans && ((forward && v == s && BannedFirstHop[w]) || (!forward && w == s && BannedFirstHop[v])))
            {
                return;
            }

            var length = Length(weight);
            if (double.IsPositiveInfinity(length))
            {
                return;
            }

            var dist = forward ? distF : distB;
            var other = forward ? distB : distF;
            var nd = dist[v] + length;
            if (nd < dist[w])
            {
                dist[w] = nd;
                (forward ? parentF : parentB)[w] = v;
                if (forward)
                {
                    heapF.Push(nd, w);
                }
                else
                {
                    heapB.Push(nd, w);
                }
            }

            if (!double.IsPositiveInfinity(other[w]))
            {
                var total = dist[v] + length + other[w];
                if (total < best)
                {
                    best = total;
                    (meetFrom, meetTo) = forward ? (v, w) : (w, v);
                }
            }
        }
    }

    private void EnsureDijkstra()
    {
        var n = _graph.NodeCount;
        if (_dist is null)
        {
            _dist = new double[n];
            _parent = new int[n];
            _hops = new int[n];
            _settled = new bool[n];
            _touched = new int[n];
            Array.Fill(_dist, double.PositiveInfinity);
        }
    }

    private GraphPath? Dijkstra(int s, int t, bool[]? targets, CancellationToken ct)
    {
        EnsureDijkstra();
        var dist = _dist!;
        var parent = _parent!;
        var hops = _hops!;
        var settled = _settled!;
        var touched = _touched!;
        var touchedCount = 0;
        var heap = new MinHeap();
        dist[s] = 0;
        parent[s] = -1;
        hops[s] = 0;
        touched[touchedCount++] = s;
        heap.Push(0, s);
        var found = false;
        var pops = 0;
        while (heap.Count > 0)
        {
            var (d, v) = heap.Pop();
            if (settled[v] || d > dist[v])
            {
                continue;
            }

            if ((++pops & 1023) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            settled[v] = true;
            if (v == t || (targets is not null && targets[v]))
            {
                found = true;
                t = v;
                break;
            }

            if (_followOut)
            {
                for (var i = _offsets[v]; i < _offsets[v + 1]; i++)
                {
                    Relax(v, _targets[i], _weights[i], ref heap, ref touchedCount);
                }
            }

            if (_followIn)
            {
                for (var i = _inOffsets[v]; i < _inOffsets[v + 1]; i++)
                {
                    Relax(v, _inSources[i], _inWeights[i], ref heap, ref touchedCount);
                }
            }
        }

        GraphPath? result = null;
        if (found)
        {
            var nodes = new int[hops[t] + 1];
            for (int v = t, i = nodes.Length - 1; i >= 0; i--, v = parent[v] >= 0 ? parent[v] : v)
            {
                nodes[i] = v;
            }

            result = new GraphPath(nodes, PathLength(nodes));
        }

        for (var i = 0; i < touchedCount; i++)
        {
            var v = touched[i];
            dist[v] = double.PositiveInfinity;
            settled[v] = false;
        }

        return result;
    }

    private void Relax(int v, int w, double weight, ref MinHeap heap, ref int touchedCount)
    {
        if (BannedNode[w] || settled(w) || (AnyBans && _parent![v] < 0 && BannedFirstHop[w]))
        {
            return;
        }

        var length = Length(weight);
        if (double.IsPositiveInfinity(length))
        {
            return;
        }

        var nd = _dist![v] + length;
        if (nd < _dist[w])
        {
            if (double.IsPositiveInfinity(_dist[w]))
            {
                _touched![touchedCount++] = w;
            }

            _dist[w] = nd;
            _parent![w] = v;
            _hops![w] = _hops[v] + 1;
            heap.Push(nd, w);
        }

        bool settled(int x) => _settled![x];
    }

    /// <summary>Exact shortest path with at most <paramref name="maxHops"/> edges: Bellman-Ford by layers, logging only changes.</summary>
    private GraphPath? HopBounded(int s, int t, bool[]? targets, int maxHops, CancellationToken ct)
    {
        var n = _graph.NodeCount;
        var current = new double[n];
        var lastEntry = new int[n];
        Array.Fill(current, double.PositiveInfinity);
        Array.Fill(lastEntry, -1);
        var logNode = new List<int> { s };
        var logParent = new List<int> { -1 };
        var logDist = new List<double> { 0 };
        var logLayer = new List<int> { 0 };
        current[s] = 0;
        lastEntry[s] = 0;
        var layerStart = 0;
        for (var layer = 1; layer <= maxHops; layer++)
        {
            ct.ThrowIfCancellationRequested();
            var layerEnd = logNode.Count;
            if (layerStart == layerEnd)
            {
                break;
            }

            for (var e = layerStart; e < layerEnd; e++)
            {
                var u = logNode[e];
                var du = logDist[e];
                if (_followOut)
                {
                    for (var i = _offsets[u]; i < _offsets[u + 1]; i++)
                    {
                        Step(e, u, du, _targets[i], _weights[i], layer);
                    }
                }

                if (_followIn)
                {
                    for (var i = _inOffsets[u]; i < _inOffsets[u + 1]; i++)
                    {
                        Step(e, u, du, _inSources[i], _inWeights[i], layer);
                    }
                }
            }

            layerStart = layerEnd;
        }

        if (targets is not null)
        {
            // The nearest flagged node (ties: lowest index).
            t = -1;
            for (var v = 0; v < n; v++)
            {
                if (targets[v] && lastEntry[v] >= 0 && (t < 0 || current[v] < current[t]))
                {
                    t = v;
                }
            }

            if (t < 0)
            {
                return null;
            }
        }

        if (lastEntry[t] < 0)
        {
            return null;
        }

        var chain = new List<int>();
        for (var e = lastEntry[t]; e >= 0; e = logParent[e])
        {
            chain.Add(logNode[e]);
        }

        chain.Reverse();
        var nodes = chain.ToArray();
        return new GraphPath(nodes, PathLength(nodes));

        void Step(int entry, int u, double du, int w, double weight, int layer)
        {
            if (BannedNode[w] || w == s || (AnyBans && u == s && BannedFirstHop[w]))
            {
                return;
            }

            var length = Length(weight);
            var nd = du + length;
            if (!(nd < current[w]))
            {
                return;
            }

            current[w] = nd;
            var last = lastEntry[w];
            if (last >= 0 && logLayer[last] == layer)
            {
                logDist[last] = nd;
                logParent[last] = entry;
            }
            else
            {
                lastEntry[w] = logNode.Count;
                logNode.Add(w);
                logParent.Add(entry);
                logDist.Add(nd);
                logLayer.Add(layer);
            }
        }
    }
}
