namespace NetworkAnalysis.Engine.Paths;

/// <summary>A binary min-heap of (key, node) ordered by key, then node, so pops are deterministic.</summary>
internal struct MinHeap
{
    private double[] _keys;
    private int[] _nodes;

    public MinHeap()
    {
        _keys = new double[64];
        _nodes = new int[64];
        Count = 0;
    }

    public int Count { get; private set; }

    /// <summary>The smallest key (the heap must not be empty).</summary>
    public readonly double PeekKey() => _keys[0];

    public void Push(double key, int node)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _nodes, Count * 2);
        }

        var i = Count++;
        while (i > 0)
        {
            var p = (i - 1) >> 1;
            if (!Less(key, node, _keys[p], _nodes[p]))
            {
                break;
            }

            _keys[i] = _keys[p];
            _nodes[i] = _nodes[p];
            i = p;
        }

        _keys[i] = key;
        _nodes[i] = node;
    }

    public (double Key, int Node) Pop()
    {
        var top = (_keys[0], _nodes[0]);
        var key = _keys[--Count];
        var node = _nodes[Count];
        var i = 0;
        while (true)
        {
            var c = (2 * i) + 1;
            if (c >= Count)
            {
                break;
            }

            if (c + 1 < Count && Less(_keys[c + 1], _nodes[c + 1], _keys[c], _nodes[c]))
            {
                c++;
            }

            if (!Less(_keys[c], _nodes[c], key, node))
            {
                break;
            }

            _keys[i] = _keys[c];
            _nodes[i] = _nodes[c];
            i = c;
        }

        if (Count > 0)
        {
            _keys[i] = key;
            _nodes[i] = node;
        }

        return top;
    }

    private static bool Less(double k1, int n1, double k2, int n2) => k1 < k2 || (k1 == k2 && n1 < n2);
}
