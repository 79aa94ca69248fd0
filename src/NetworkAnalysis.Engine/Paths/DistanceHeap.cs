namespace NetworkAnalysis.Engine.Paths;

/// <summary>
/// A binary min-heap of (distance, node) entries for Dijkstra's algorithm with lazy deletion: a node may
/// be pushed several times and stale entries are skipped by the caller. Ties are broken by node index, so
/// the pop order is fully determined by the pushes.
/// </summary>
internal sealed class DistanceHeap(int capacity)
{
    private double[] _keys = new double[Math.Max(4, capacity)];
    private int[] _nodes = new int[Math.Max(4, capacity)];

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public void Push(double key, int node)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _nodes, Count * 2);
        }

        var keys = _keys;
        var nodes = _nodes;
        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            var pk = keys[parent];
            if (pk < key || (pk == key && nodes[parent] < node))
            {
                break;
            }

            keys[i] = pk;
            nodes[i] = nodes[parent];
            i = parent;
        }

        keys[i] = key;
        nodes[i] = node;
    }

    public (double Key, int Node) Pop()
    {
        var keys = _keys;
        var nodes = _nodes;
        var top = (keys[0], nodes[0]);
        var n = --Count;
        if (n > 0)
        {
            var key = keys[n];
            var node = nodes[n];
            var i = 0;
            while (true)
            {
                var child = 2 * i + 1;
                if (child >= n)
                {
                    break;
                }

                if (child + 1 < n && Less(keys[child + 1], nodes[child + 1], keys[child], nodes[child]))
                {
                    child++;
                }

                if (!Less(keys[child], nodes[child], key, node))
                {
                    break;
                }

                keys[i] = keys[child];
                nodes[i] = nodes[child];
                i = child;
            }

            keys[i] = key;
            nodes[i] = node;
        }

        return top;
    }

    private static bool Less(double ka, int na, double kb, int nb) => ka < kb || (ka == kb && na < nb);
}
