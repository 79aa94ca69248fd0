namespace NetworkAnalysis.Engine.Paths;

/// <summary>
/// The adjacency that shortest-path algorithms walk: one slot per ordered node pair (u, x) with an edge
/// u→x along the chosen direction, self-loops dropped, parallel edges merged into one slot of the minimum
/// length. Shortest paths are node sequences (NetworkX semantics: parallel edges do not multiply path
/// counts). Reuses the graph's arrays when nothing needs dropping or merging.
/// </summary>
internal sealed class PathGraph
{
    private PathGraph(int nodeCount, int[] offsets, int[] targets, double[]? lengths, int[]? runStart, int[]? runEnd)
    {
        NodeCount = nodeCount;
        Offsets = offsets;
        Targets = targets;
        Lengths = lengths;
        RunStart = runStart;
        RunEnd = runEnd;
    }

    public int NodeCount { get; }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    /// <summary>Slot lengths; null when every length is 1 (breadth-first search applies).</summary>
    public double[]? Lengths { get; }

    /// <summary>For each slot, the first out-slot of the source graph it stands for (only with runs kept).</summary>
    public int[]? RunStart { get; }

    /// <summary>For each slot, one past the last out-slot of the source graph it stands for.</summary>
    public int[]? RunEnd { get; }

    public int SlotCount => Targets.Length;

    /// <summary>Builds the path adjacency of <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="direction">Out: follow edges forwards; In: backwards; All: ignore direction.</param>
    /// <param name="length">How weights become lengths (Unit on an unweighted graph regardless).</param>
    /// <param name="keepRuns">Record which source slots each slot merges (needs a single adjacency list: Out, or an undirected graph).</param>
    public static PathGraph Build(CsrGraph graph, Direction direction, EdgeLength length, bool keepRuns = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.IsWeighted)
        {
            length = EdgeLength.Unit;
        }

        var merge = graph.IsDirected && direction == Direction.All;
        if (keepRuns && (merge || (graph.IsDirected && direction == Direction.In)))
        {
            throw new ArgumentException("slot runs are only kept for the out-adjacency", nameof(keepRuns));
        }

        var useIn = graph.IsDirected && direction == Direction.In;
        var off = useIn ? graph.InOffsetArray : graph.OffsetArray;
        var tgt = useIn ? graph.InSourceArray : graph.TargetArray;
        var w = useIn ? graph.InWeightArray : graph.WeightArray;
        var n = graph.NodeCount;

        ValidateWeights(graph.WeightArray, length);
        if (!merge && !keepRuns && IsSimple(n, off, tgt) && (length != EdgeLength.InverseWeight || !HasZero(w)))
        {
            double[]? lengths = length switch
            {
                EdgeLength.Unit => null,
                EdgeLength.Weight => w,
                _ => Inverse(w),
            };
            return new PathGraph(n, off, tgt, lengths, null, null);
        }

        return merge
            ? BuildMerged(n, graph, length)
            : BuildFiltered(n, off, tgt, w, length, keepRuns);
    }

    /// <summary>The length of an edge of weight <paramref name="weight"/>; +∞ means "no usable edge".</summary>
    public static double LengthOf(double weight, EdgeLength length) => length switch
    {
        EdgeLength.Unit => 1.0,
        EdgeLength.Weight => weight,
        _ => weight == 0 ? double.PositiveInfinity : 1.0 / weight,
    };

    private static void ValidateWeights(double[] weights, EdgeLength length)
    {
        if (length == EdgeLength.Unit)
        {
            return;
        }

        foreach (var x in weights)
        {
            if (x < 0 || (x == 0 && length == EdgeLength.Weight))
            {
                throw new ArgumentException(
                    length == EdgeLength.Weight
                        ? $"edge weight {x} cannot be a length: lengths must be positive"
                        : $"edge weight {x} is negative: inverse-weight lengths need non-negative weights");
            }
        }
    }

    private static bool IsSimple(int n, int[] off, int[] tgt)
    {
        for (var v = 0; v < n; v++)
        {
            var prev = -1;
            for (var j = off[v]; j < off[v + 1]; j++)
            {
                var x = tgt[j];
                if (x == v || x == prev)
                {
                    return false;
                }

                prev = x;
            }
        }

        return true;
    }

    private static bool HasZero(double[] w)
    {
        foreach (var x in w)
        {
            if (x == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static double[] Inverse(double[] w)
    {
        var result = new double[w.Length];
        for (var i = 0; i < w.Length; i++)
        {
            result[i] = 1.0 / w[i];
        }

        return result;
    }

    private static PathGraph BuildFiltered(int n, int[] off, int[] tgt, double[] w, EdgeLength length, bool keepRuns)
    {
        var offsets = new int[n + 1];
        var targets = new int[tgt.Length];
        var lengths = length == EdgeLength.Unit ? null : new double[tgt.Length];
        var runStart = keepRuns ? new int[tgt.Length] : null;
        var runEnd = keepRuns ? new int[tgt.Length] : null;
        var k = 0;
        for (var v = 0; v < n; v++)
        {
            var j = off[v];
            var end = off[v + 1];
            while (j < end)
            {
                var x = tgt[j];
                var first = j;
                var best = double.PositiveInfinity;
                while (j < end && tgt[j] == x)
                {
                    best = Math.Min(best, LengthOf(w[j], length));
                    j++;
                }

                if (x == v || double.IsPositiveInfinity(best))
                {
                    continue;
                }

                targets[k] = x;
                if (lengths is not null)
                {
                    lengths[k] = best;
                }

                if (keepRuns)
                {
                    runStart![k] = first;
                    runEnd![k] = j;
                }

                k++;
            }

            offsets[v + 1] = k;
        }

        return new PathGraph(n, offsets, Trim(targets, k), lengths is null ? null : Trim(lengths, k),
            runStart is null ? null : Trim(runStart, k), runEnd is null ? null : Trim(runEnd, k));
    }

    private static PathGraph BuildMerged(int n, CsrGraph graph, EdgeLength length)
    {
        int[] o1 = graph.OffsetArray, t1 = graph.TargetArray, o2 = graph.InOffsetArray, t2 = graph.InSourceArray;
        double[] w1 = graph.WeightArray, w2 = graph.InWeightArray;
        var offsets = new int[n + 1];
        var targets = new int[t1.Length + t2.Length];
        var lengths = length == EdgeLength.Unit ? null : new double[targets.Length];
        var k = 0;
        for (var v = 0; v < n; v++)
        {
            int i = o1[v], e1 = o1[v + 1], j = o2[v], e2 = o2[v + 1];
            var start = k;
            while (i < e1 || j < e2)
            {
                int x;
                double len;
                if (j >= e2 || (i < e1 && t1[i] <= t2[j]))
                {
                    x = t1[i];
                    len = LengthOf(w1[i], length);
                    i++;
                }
                else
                {
                    x = t2[j];
                    len = LengthOf(w2[j], length);
                    j++;
                }

                if (x == v || double.IsPositiveInfinity(len))
                {
                    continue;
                }

                if (k > start && targets[k - 1] == x)
                {
                    if (lengths is not null && len < lengths[k - 1])
                    {
                        lengths[k - 1] = len;
                    }

                    continue;
                }

                targets[k] = x;
                if (lengths is not null)
                {
                    lengths[k] = len;
                }

                k++;
            }

            offsets[v + 1] = k;
        }

        return new PathGraph(n, offsets, Trim(targets, k), lengths is null ? null : Trim(lengths, k), null, null);
    }

    private static T[] Trim<T>(T[] array, int length)
    {
        if (array.Length != length)
        {
            Array.Resize(ref array, length);
        }

        return array;
    }
}
