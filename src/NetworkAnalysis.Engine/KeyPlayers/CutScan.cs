namespace NetworkAnalysis.Engine.KeyPlayers;

/// <summary>
/// One depth-first pass (Hopcroft-Tarjan articulation points) over the graph without its removed nodes,
/// ignoring direction, that gives for every remaining node the connected-pair count
/// <c>Σ s(s − 1)</c> over components after that node were removed too. O(n + m) per pass, reusable scratch.
/// </summary>
internal sealed class CutScan
{
    private readonly int[] _disc;
    private readonly int[] _low;
    private readonly int[] _parent;
    private readonly int[] _iter;
    private readonly int[] _stack;
    private readonly int[] _sub;
    private readonly long[] _sepPairs;
    private readonly int[] _sepSize;
    private readonly int[] _component;

    public CutScan(int nodeCount)
    {
        _disc = new int[nodeCount];
        _low = new int[nodeCount];
        _parent = new int[nodeCount];
        _iter = new int[nodeCount];
        _stack = new int[nodeCount];
        _sub = new int[nodeCount];
        _sepPairs = new long[nodeCount];
        _sepSize = new int[nodeCount];
        _component = new int[nodeCount];
    }

    /// <summary>
    /// Fills <paramref name="after"/>[v] with the pair count after also removing v (long.MaxValue for
    /// removed nodes) and returns the current pair count; <paramref name="largest"/> is the largest component.
    /// </summary>
    public long Run(CsrGraph graph, bool[] removed, long[] after, out int largest)
    {
        var n = graph.NodeCount;
        var offsets = graph.OffsetArray;
        var targets = graph.TargetArray;
        var inOffsets = graph.InOffsetArray;
        var inSources = graph.InSourceArray;
        var directed = graph.IsDirected;
        Array.Fill(_disc, -1);
        var time = 0;
        long total = 0;
        largest = 0;
        for (var r = 0; r < n; r++)
        {
            if (removed[r] || _disc[r] >= 0)
            {
                continue;
            }

            var compCount = 0;
            Open(r, -1, ref time, ref compCount);
            var sp = 0;
            _stack[sp++] = r;
            while (sp > 0)
            {
                var v = _stack[sp - 1];
                var outDegree = offsets[v + 1] - offsets[v];
                var degree = directed ? outDegree + (inOffsets[v + 1] - inOffsets[v]) : outDegree;
                if (_iter[v] < degree)
                {
                    var i = _iter[v]++;
                    var w = i < outDegree ? targets[offsets[v] + i] : inSources[inOffsets[v] + i - outDegree];
                    if (removed[w] || w == v)
                    {
                        continue;
                    }

                    if (_disc[w] < 0)
                    {
                        Open(w, v, ref time, ref compCount);
                        _stack[sp++] = w;
                    }
                    else if (w != _parent[v] && _disc[w] < _low[v])
                    {
                        _low[v] = _disc[w];
                    }
                }
                else
                {
                    sp--;
                    var p = _parent[v];
                    if (p >= 0)
                    {
                        if (_low[v] < _low[p])
                        {
                            _low[p] = _low[v];
                        }

                        _sub[p] += _sub[v];
                        if (_low[v] >= _disc[p])
                        {
                            // v's subtree hangs on p alone: removing p cuts it off.
                            _sepPairs[p] += (long)_sub[v] * (_sub[v] - 1);
                            _sepSize[p] += _sub[v];
                        }
                    }
                }
            }

            long size = _sub[r];
            var pairs = size * (size - 1);
            total += pairs;
            if (size > largest)
            {
                largest = (int)size;
            }

            for (var c = 0; c < compCount; c++)
            {
                var u = _component[c];
                long rest = size - 1 - _sepSize[u];
                after[u] = _sepPairs[u] + (rest * (rest - 1)) - pairs;
            }
        }

        for (var v = 0; v < n; v++)
        {
            after[v] = removed[v] ? long.MaxValue : after[v] + total;
        }

        return total;

        void Open(int node, int parent, ref int t, ref int count)
        {
            _disc[node] = _low[node] = t++;
            _parent[node] = parent;
            _iter[node] = 0;
            _sub[node] = 1;
            _sepPairs[node] = 0;
            _sepSize[node] = 0;
            _component[count++] = node;
        }
    }
}
