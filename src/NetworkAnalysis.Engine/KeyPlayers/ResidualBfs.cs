namespace NetworkAnalysis.Engine.KeyPlayers;

/// <summary>Breadth-first searches that skip removed nodes (undirected view unless a direction is given); reusable scratch.</summary>
internal sealed class ResidualBfs
{
    private readonly int[] _dist;
    private readonly int[] _queue;

    public ResidualBfs(int nodeCount)
    {
        _dist = new int[nodeCount];
        _queue = new int[nodeCount];
        Array.Fill(_dist, -1);
    }

    /// <summary>Σ over ordered pairs of remaining nodes of 1/d (0 when unreachable).</summary>
    public double InverseDistanceSum(CsrGraph graph, bool[] removed, CancellationToken cancellationToken)
    {
        double total = 0;
        for (var s = 0; s < graph.NodeCount; s++)
        {
            if (removed[s])
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var reached = Run(graph, removed, s, int.MaxValue);
            double sum = 0;
            for (var i = 1; i < reached; i++)
            {
                sum += 1.0 / _dist[_queue[i]];
            }

            total += sum;
            Reset(reached);
        }

        return total;
    }

    /// <summary>Σ over remaining nodes v ≠ s of 1/d(s, v), and the number reached (self included) through <paramref name="reached"/>.</summary>
    public double InverseDistanceFrom(CsrGraph graph, bool[] removed, int source, out int reached)
    {
        reached = Run(graph, removed, source, int.MaxValue);
        double sum = 0;
        for (var i = 1; i < reached; i++)
        {
            sum += 1.0 / _dist[_queue[i]];
        }

        Reset(reached);
        return sum;
    }

    /// <summary>Runs a BFS to depth <paramref name="maxDepth"/>; returns how many nodes were reached (queue[0..count)).</summary>
    public int Run(CsrGraph graph, bool[] removed, int source, int maxDepth, Direction direction = Direction.All)
    {
        var offsets = graph.OffsetArray;
        var targets = graph.TargetArray;
        var inOffsets = graph.InOffsetArray;
        var inSources = graph.InSourceArray;
        var followOut = !graph.IsDirected || direction != Direction.In;
        var followIn = graph.IsDirected && direction != Direction.Out;
        int head = 0, tail = 0;
        _dist[source] = 0;
        _queue[tail++] = source;
        while (head < tail)
        {
            var v = _queue[head++];
            var d = _dist[v];
            if (d >= maxDepth)
            {
                continue;
            }

            if (followOut)
            {
                for (var i = offsets[v]; i < offsets[v + 1]; i++)
                {
                    var w = targets[i];
                    if (_dist[w] < 0 && !removed[w])
                    {
                        _dist[w] = d + 1;
                        _queue[tail++] = w;
                    }
                }
            }

            if (followIn)
            {
                for (var i = inOffsets[v]; i < inOffsets[v + 1]; i++)
                {
                    var w = inSources[i];
                    if (_dist[w] < 0 && !removed[w])
                    {
                        _dist[w] = d + 1;
                        _queue[tail++] = w;
                    }
                }
            }
        }

        return tail;
    }

    /// <summary>The i-th node reached by the last <see cref="Run"/>.</summary>
    public int Reached(int i) => _queue[i];

    /// <summary>The distance of a node reached by the last <see cref="Run"/>.</summary>
    public int Distance(int node) => _dist[node];

    /// <summary>Clears the distances of the first <paramref name="reached"/> queued nodes.</summary>
    public void Reset(int reached)
    {
        for (var i = 0; i < reached; i++)
        {
            _dist[_queue[i]] = -1;
        }
    }
}
