using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NetworkAnalysis.Engine.Paths;

/// <summary>
/// Single-source searches from every node, reduced to per-source totals (reach, distance sum, inverse
/// distance sum): the work behind closeness and harmonic centrality.
/// </summary>
/// <remarks>
/// <para>Unit lengths use a multi-source breadth-first search (Then et al., "The More the Merrier:
/// Efficient Multi-Source Graph Traversal", PVLDB 8(4), 2014): 256 sources advance together, one bit each in
/// a 256-bit word per node, so one pass over an edge serves all 256 searches. Per level, the newly reached
/// (node, source) pairs are counted per source; distance sums are exact integers.</para>
/// <para>Weighted lengths run one Dijkstra search per source.</para>
/// <para>Each source's totals depend only on that source's search, so the result is the same for any number
/// of threads. Cancellation is checked once per batch of sources (unit) or per source (weighted).</para>
/// </remarks>
internal static class AllDistances
{
    private const int Lanes = 256;

    /// <summary>Totals from every node along the unit-length adjacency (<paramref name="off2"/>/<paramref name="tgt2"/> optional second list, e.g. in-edges for "ignore direction").</summary>
    public static DistanceTotals Unit(int n, int[] off, int[] tgt, int[]? off2, int[]? tgt2, int maxDegreeOfParallelism,
        CancellationToken cancellationToken, IProgress<double>? progress = null)
    {
        var reached = new int[n];
        var sums = new double[n];
        var inverse = new double[n];
        var batches = (n + Lanes - 1) / Lanes;
        var slots = (long)tgt.Length + (tgt2?.Length ?? 0);
        var workers = Centrality.Workers.Count(maxDegreeOfParallelism, batches, (long)n * (slots + n));
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };
        var counter = new ProgressCounter(progress, batches);
        Parallel.For(0, batches, options, () => new BatchScratch(n), (b, _, scratch) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            Batch(n, off, tgt, off2, tgt2, b * Lanes, Math.Min(n, (b + 1) * Lanes), scratch, reached, sums, inverse);
            counter.Add();
            return scratch;
        }, _ => { });
        return new DistanceTotals(reached, sums, inverse);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Batch(int n, int[] off, int[] tgt, int[]? off2, int[]? tgt2, int first, int end,
        BatchScratch scratch, int[] reached, double[] sums, double[] inverse)
    {
        var seenArr = scratch.Seen;
        var frontArr = scratch.Frontier;
        var nextArr = scratch.Next;
        Array.Clear(seenArr);
        Array.Clear(frontArr);
        ref var seen = ref Unsafe.As<ulong, Vector256<ulong>>(ref MemoryMarshal.GetArrayDataReference(seenArr));
        ref var front = ref Unsafe.As<ulong, Vector256<ulong>>(ref MemoryMarshal.GetArrayDataReference(frontArr));
        ref var next = ref Unsafe.As<ulong, Vector256<ulong>>(ref MemoryMarshal.GetArrayDataReference(nextArr));
        ref var tgtRef = ref MemoryMarshal.GetArrayDataReference(tgt);
        var levelCount = scratch.LevelCount;
        var lanes = end - first;
        var distSum = scratch.DistSum;
        var reach = scratch.Reach;
        var inv = scratch.Inverse;
        Array.Clear(distSum);
        Array.Clear(reach);
        Array.Clear(inv);
        for (var i = 0; i < lanes; i++)
        {
            var s = first + i;
            var word = i >> 6;
            var bit = 1UL << (i & 63);
            seenArr[4 * s + word] |= bit;
            frontArr[4 * s + word] |= bit;
            reach[i] = 1;
        }

        for (var level = 1; ; level++)
        {
            // Expand: every node pushes its frontier bits to its neighbours.
            for (var v = 0; v < n; v++)
            {
                var f = Unsafe.Add(ref front, v);
                if (f == Vector256<ulong>.Zero)
                {
                    continue;
                }

                var jEnd = off[v + 1];
                for (var j = off[v]; j < jEnd; j++)
                {
                    ref var nx = ref Unsafe.Add(ref next, Unsafe.Add(ref tgtRef, j));
                    nx |= f;
                }

                if (tgt2 is not null)
                {
                    for (var j = off2![v]; j < off2[v + 1]; j++)
                    {
                        ref var nx = ref Unsafe.Add(ref next, tgt2[j]);
                        nx |= f;
                    }
                }
            }

            // Update: bits not seen before form the next frontier; count them per source.
            var any = false;
            for (var x = 0; x < n; x++)
            {
                ref var nx = ref Unsafe.Add(ref next, x);
                ref var sx = ref Unsafe.Add(ref seen, x);
                var fresh = Vector256.AndNot(nx, sx);
                Unsafe.Add(ref front, x) = fresh;
                nx = Vector256<ulong>.Zero;
                if (fresh == Vector256<ulong>.Zero)
                {
                    continue;
                }

                sx |= fresh;
                any = true;
                for (var word = 0; word < 4; word++)
                {
                    var bits = fresh.GetElement(word);
                    while (bits != 0)
                    {
                        levelCount[(word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
                        bits &= bits - 1;
                    }
                }
            }

            if (!any)
            {
                break;
            }

            for (var i = 0; i < lanes; i++)
            {
                var c = levelCount[i];
                if (c != 0)
                {
                    reach[i] += c;
                    distSum[i] += (long)c * level;
                    inv[i] += c / (double)level;
                    levelCount[i] = 0;
                }
            }
        }

        for (var i = 0; i < lanes; i++)
        {
            reached[first + i] = reach[i];
            sums[first + i] = distSum[i];
            inverse[first + i] = inv[i];
        }
    }

    /// <summary>Totals from every node by Dijkstra searches over <paramref name="g"/> (which must have lengths).</summary>
    public static DistanceTotals Weighted(PathGraph g, int maxDegreeOfParallelism, CancellationToken cancellationToken, IProgress<double>? progress = null)
    {
        var n = g.NodeCount;
        var reached = new int[n];
        var sums = new double[n];
        var inverse = new double[n];
        var workers = Centrality.Workers.Count(maxDegreeOfParallelism, n, (long)n * (g.SlotCount + n));
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };
        var counter = new ProgressCounter(progress, n);
        Parallel.For(0, n, options, () => new DijkstraScratch(n), (s, _, scratch) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            Source(g, s, scratch, out reached[s], out sums[s], out inverse[s]);
            counter.Add();
            return scratch;
        }, _ => { });
        return new DistanceTotals(reached, sums, inverse);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Source(PathGraph g, int s, DijkstraScratch scratch, out int reached, out double sum, out double inverse)
    {
        var off = g.Offsets;
        var tgt = g.Targets;
        var len = g.Lengths!;
        var dist = scratch.Dist;
        var done = scratch.Settled;
        var touched = scratch.Touched;
        var heap = scratch.Heap;
        var touchedCount = 0;
        dist[s] = 0;
        touched[touchedCount++] = s;
        heap.Set(s, 0);
        reached = 0;
        sum = 0;
        inverse = 0;
        while (heap.Count > 0)
        {
            var v = heap.Pop(out var dv);
            done[v] = true;
            reached++;
            sum += dv;
            if (dv != 0)
            {
                inverse += 1.0 / dv;
            }

            for (var j = off[v]; j < off[v + 1]; j++)
            {
                var x = tgt[j];
                var nd = dv + len[j];
                if (nd < dist[x] && !done[x])
                {
                    if (double.IsPositiveInfinity(dist[x]))
                    {
                        touched[touchedCount++] = x;
                    }

                    dist[x] = nd;
                    heap.Set(x, nd);
                }
            }
        }

        for (var i = 0; i < touchedCount; i++)
        {
            dist[touched[i]] = double.PositiveInfinity;
            done[touched[i]] = false;
        }
    }

    private sealed class BatchScratch(int n)
    {
        public ulong[] Seen { get; } = new ulong[4 * n];

        public ulong[] Frontier { get; } = new ulong[4 * n];

        public ulong[] Next { get; } = new ulong[4 * n];

        public int[] LevelCount { get; } = new int[Lanes];

        public int[] Reach { get; } = new int[Lanes];

        public long[] DistSum { get; } = new long[Lanes];

        public double[] Inverse { get; } = new double[Lanes];
    }

    private sealed class DijkstraScratch
    {
        public DijkstraScratch(int n)
        {
            Dist = new double[n];
            Array.Fill(Dist, double.PositiveInfinity);
            Settled = new bool[n];
            Touched = new int[n];
            Heap = new DistanceHeap(n);
        }

        public double[] Dist { get; }

        public bool[] Settled { get; }

        public int[] Touched { get; }

        public DistanceHeap Heap { get; }
    }
}
