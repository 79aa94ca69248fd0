using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NetworkAnalysis.Engine.Centrality;

namespace NetworkAnalysis.Engine.Paths;

/// <summary>
/// Searches from a sample of pivot nodes, summed per reached node: Σ over pivots u of 1/d(u, v). The work behind
/// sampled harmonic centrality (Eppstein and Wang 2004,
/// "Fast approximation of centrality", J. Graph Algorithms Appl. 8(1)): k searches instead of n.
/// </summary>
/// <remarks>
/// <para>Unit lengths: the multi-source breadth-first search of <see cref="AllDistances"/>, 256 pivots per pass,
/// counting per target instead of per source. Weighted lengths: one Dijkstra search per pivot.</para>
/// <para>Determinism: pivots are split into fixed chunks (256 per chunk, or a fixed share of them when weighted);
/// each chunk fills its own partial sums and the partials are added in chunk order (<see cref="OrderedReduction"/>),
/// so the sums are bit-identical for any thread count.</para>
/// </remarks>
internal static class PivotDistances
{
    private const int Lanes = 256;

    /// <summary>
    /// Per node v, Σ over pivots u ≠ v of 1/d(u, v) (unreachable pivots add 0), from <paramref name="pivots"/> along the unit-length adjacency <paramref name="off"/>/<paramref name="tgt"/>
    /// (plus <paramref name="off2"/>/<paramref name="tgt2"/> when given, e.g. in-edges for "ignore direction").
    /// </summary>
    public static double[] Unit(int n, int[] off, int[] tgt, int[]? off2, int[]? tgt2, int[] pivots, int maxDegreeOfParallelism,
        CancellationToken cancellationToken, IProgress<double>? progress)
    {
        var batches = (pivots.Length + Lanes - 1) / Lanes;

        var total = new double[n];
        var slots = (long)tgt.Length + (tgt2?.Length ?? 0);
        var workers = Workers.Count(maxDegreeOfParallelism, batches, (long)pivots.Length * (slots + n));
        OrderedReduction.Run(batches, total, workers, () => new AllDistances.BatchScratch(n), (b, partial, scratch) =>
        {
            var first = b * Lanes;
            Batch(n, off, tgt, off2, tgt2, pivots.AsSpan(first, Math.Min(Lanes, pivots.Length - first)), scratch, partial);
        }, cancellationToken, progress);
        return total;
    }

    /// <summary>As <see cref="Unit"/>, from <paramref name="pivots"/> by Dijkstra searches over <paramref name="g"/> (which must have lengths).</summary>
    public static double[] Weighted(PathGraph g, int[] pivots, int maxDegreeOfParallelism, CancellationToken cancellationToken, IProgress<double>? progress)
    {
        var n = g.NodeCount;
        var total = new double[n];
        if (pivots.Length == 0)
        {
            return total;
        }

        var chunkSize = (pivots.Length + 255) / 256;
        var chunks = (pivots.Length + chunkSize - 1) / chunkSize;
        var workers = Workers.Count(maxDegreeOfParallelism, chunks, (long)pivots.Length * (g.SlotCount + n));
        OrderedReduction.Run(chunks, total, workers, () => new AllDistances.DijkstraScratch(n), (c, partial, scratch) =>
        {
            var end = Math.Min(pivots.Length, (c + 1) * chunkSize);
            for (var i = c * chunkSize; i < end; i++)
            {
                Source(g, pivots[i], scratch, partial);
            }
        }, cancellationToken, progress);
        return total;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Batch(int n, int[] off, int[] tgt, int[]? off2, int[]? tgt2, ReadOnlySpan<int> pivots, AllDistances.BatchScratch scratch, double[] partial)
    {
        var seenArr = scratch.Seen;
        var frontArr = scratch.Frontier;
        var nextArr = scratch.Next;
        Array.Clear(seenArr);
        Array.Clear(frontArr);
        ref var seen = ref Unsafe.As<ulong, Vector256<ulong>>(ref MemoryMarshal.GetArrayDataReference(seenArr));
        ref var front = ref Unsafe.As<ulong, Vector256<ulong>>(ref MemoryMarshal.GetArrayDataReference(frontArr));
        ref var next = ref Unsafe.As<ulong, Vector256<ulong>>(ref MemoryMarshal.GetArrayDataReference(nextArr));
        for (var i = 0; i < pivots.Length; i++)
        {
            var s = pivots[i];
            var bit = 1UL << (i & 63);
            seenArr[(4 * s) + (i >> 6)] |= bit;
            frontArr[(4 * s) + (i >> 6)] |= bit;
        }

        for (var level = 1; ; level++)
        {
            AllDistances.Expand(n, off, tgt, off2, tgt2, frontArr, nextArr);

            // Pivots reaching x for the first time at this level: each adds 1/level to x's sum.
            var any = false;
            var inverseLevel = 1.0 / level;
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
                var count = System.Numerics.BitOperations.PopCount(fresh.GetElement(0)) + System.Numerics.BitOperations.PopCount(fresh.GetElement(1))
                    + System.Numerics.BitOperations.PopCount(fresh.GetElement(2)) + System.Numerics.BitOperations.PopCount(fresh.GetElement(3));
                partial[x] += count * inverseLevel;
            }

            if (!any)
            {
                break;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Source(PathGraph g, int s, AllDistances.DijkstraScratch scratch, double[] partial)
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
        while (heap.Count > 0)
        {
            var v = heap.Pop(out var dv);
            done[v] = true;
            if (dv != 0)
            {
                partial[v] += 1.0 / dv;
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
}
