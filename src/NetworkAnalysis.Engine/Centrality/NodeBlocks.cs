namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// A fixed split of the nodes into contiguous blocks of similar work (nodes + in-slots), used by the power
/// iterations. The split depends only on the graph, so per-block partial sums added in block order give
/// the same bits for any thread count.
/// </summary>
internal sealed class NodeBlocks
{
    private const long WorkPerBlock = 32_768;

    private readonly int[] _starts;
    private readonly ParallelOptions? _parallel;

    private NodeBlocks(int[] starts, int workers)
    {
        _starts = starts;
        _parallel = workers > 1 ? new ParallelOptions { MaxDegreeOfParallelism = workers } : null;
    }

    /// <summary>Number of blocks.</summary>
    public int Count => _starts.Length - 1;

    /// <summary>First node of block <paramref name="b"/>.</summary>
    public int Start(int b) => _starts[b];

    /// <summary>One past the last node of block <paramref name="b"/>.</summary>
    public int End(int b) => _starts[b + 1];

    /// <summary>Splits nodes 0..n-1 whose in-slots are delimited by <paramref name="offsets"/>.</summary>
    public static NodeBlocks Create(int n, int[] offsets, int maxDegreeOfParallelism)
    {
        var total = (long)n + offsets[n];
        var starts = new List<int> { 0 };
        long work = 0;
        for (var v = 0; v < n; v++)
        {
            work += 1 + offsets[v + 1] - offsets[v];
            if (work >= WorkPerBlock && v + 1 < n)
            {
                starts.Add(v + 1);
                work = 0;
            }
        }

        starts.Add(n);
        var blocks = starts.Count - 1;
        return new NodeBlocks([.. starts], Workers.Count(maxDegreeOfParallelism, blocks, total));
    }

    /// <summary>Runs <paramref name="body"/> once per block, in parallel when worthwhile.</summary>
    public void Run(Action<int> body)
    {
        if (_parallel is null)
        {
            for (var b = 0; b < Count; b++)
            {
                body(b);
            }
        }
        else
        {
            Parallel.For(0, Count, _parallel, body);
        }
    }

    /// <summary>Sum of <paramref name="partials"/> in block order.</summary>
    public static double Sum(double[] partials)
    {
        double s = 0;
        foreach (var x in partials)
        {
            s += x;
        }

        return s;
    }
}
