using System.Runtime.CompilerServices;

namespace NetworkAnalysis.Engine.Paths;

/// <summary>
/// An indexed 4-ary min-heap of nodes keyed by tentative distance, with decrease-key, for Dijkstra's
/// algorithm: each node is in the heap at most once, so a search pops exactly the reached nodes. Ties are
/// broken by node index, so the pop order is fully determined by the operations.
/// </summary>
/// <remarks>The position array has one entry per node and is left all −1 whenever the heap is empty.</remarks>
internal sealed class DistanceHeap
{
    private readonly double[] _keys;
    private readonly int[] _nodes;
    private readonly int[] _position;

    public DistanceHeap(int nodeCount)
    {
        _keys = new double[Math.Max(1, nodeCount)];
        _nodes = new int[Math.Max(1, nodeCount)];
        _position = new int[nodeCount];
        Array.Fill(_position, -1);
    }

    public int Count { get; private set; }

    /// <summary>Inserts <paramref name="node"/> or lowers its key.</summary>
    public void Set(int node, double key)
    {
        var i = _position[node];
        if (i < 0)
        {
            i = Count++;
        }

        SiftUp(i, key, node);
    }

    public int Pop(out double key)
    {
        var keys = _keys;
        var nodes = _nodes;
        var top = nodes[0];
        key = keys[0];
        _position[top] = -1;
        var n = --Count;
        if (n > 0)
        {
            SiftDown(keys[n], nodes[n], n);
        }

        return top;
    }

    private void SiftUp(int i, double key, int node)
    {
        var keys = _keys;
        var nodes = _nodes;
        var position = _position;
        while (i > 0)
        {
            var parent = (i - 1) >> 2;
            var pk = keys[parent];
            if (!Less(key, node, pk, nodes[parent]))
            {
                break;
            }

            keys[i] = pk;
            nodes[i] = nodes[parent];
            position[nodes[i]] = i;
            i = parent;
        }

        keys[i] = key;
        nodes[i] = node;
        position[node] = i;
    }

    private void SiftDown(double key, int node, int n)
    {
        var keys = _keys;
        var nodes = _nodes;
        var position = _position;
        var i = 0;
        while (true)
        {
            var first = (i << 2) + 1;
            if (first >= n)
            {
                break;
            }

            var best = first;
            var last = Math.Min(first + 4, n);
            for (var c = first + 1; c < last; c++)
            {
                if (Less(keys[c], nodes[c], keys[best], nodes[best]))
                {
                    best = c;
                }
            }

            if (!Less(keys[best], nodes[best], key, node))
            {
                break;
            }

            keys[i] = keys[best];
            nodes[i] = nodes[best];
            position[nodes[i]] = i;
            i = best;
        }

        keys[i] = key;
        nodes[i] = node;
        position[node] = i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Less(double ka, int na, double kb, int nb) => ka < kb || (ka == kb && na < nb);
}
