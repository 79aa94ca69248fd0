using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// The single-source step of Brandes' betweenness algorithm (shortest-path counting, then dependency
/// accumulation in reverse order), shared by node, edge and subset betweenness.
/// </summary>
/// <remarks>
/// <para>The accumulation pulls from successors instead of keeping predecessor lists: for a node w,
/// δ(w) = σ(w)·Σ_{x successor of w} c(x) with c(x) = (t(x) + δ(x))/σ(x), where t(x) is 1 when x counts
/// as a path end (every node, or the target set of subset betweenness; more with source folding, see
/// <see cref="PathEnds"/>). The edge w→x carries σ(w)·c(x).</para>
/// <para>Unit lengths: the forward pass is branch-free per edge and records the shortest-path DAG edges
/// grouped by tail node (see the comments in <see cref="UnitSource"/>), so the backward pass visits only
/// DAG edges and needs no distance tests.</para>
/// </remarks>
internal static class Brandes
{
    /// <summary>
    /// Accumulates the dependencies of source <paramref name="s"/> on a unit-length graph.
    /// </summary>
    /// <param name="g">Path adjacency (Lengths ignored).</param>
    /// <param name="s">Source.</param>
    /// <param name="scratch">Thread scratch, clean on entry and left clean.</param>
    /// <param name="nodes">Node dependencies are added here (or null).</param>
    /// <param name="slots">Edge (slot) dependencies are added here (or null).</param>
    /// <param name="ends">Which nodes count as path ends, and how often.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void UnitSource(PathGraph g, int s, UnitScratch scratch, double[]? nodes, double[]? slots, PathEnds ends)
    {
        var off = g.Offsets;
        var tgt = g.Targets;
        var order = scratch.Order;
        var dagStart = scratch.DagStart;
        var edges = slots is not null;
        ref var state = ref MemoryMarshal.GetArrayDataReference(scratch.State);
        ref var tgtRef = ref MemoryMarshal.GetArrayDataReference(tgt);
        ref var orderRef = ref MemoryMarshal.GetArrayDataReference(order);
        ref var dagRef = ref MemoryMarshal.GetArrayDataReference(scratch.Dag);

        // Forward: level-synchronous BFS counting shortest paths, branch-free per edge. Unvisited nodes have
        // distance int.MaxValue; with diff = dist(x) − (d+1): diff > 0 means x is new, diff ≥ 0 that x is on
        // level d+1 (the edge is a shortest-path DAG edge), diff < 0 that x lies on an earlier level. Every
        // neighbour is written past the queue tail, which only advances for new nodes; σ(x) gains σ(v) masked
        // to +0.0 off the DAG; every neighbour is written to the DAG list, which only advances on DAG edges.
        order[0] = s;
        Unsafe.Add(ref state, s).Dist = 0;
        Unsafe.Add(ref state, s).Sigma = 1.0;
        int head = 0, tail = 1, level = 0, k = 0;
        while (head < tail)
        {
            var end = tail;
            var next = level + 1;
            for (var i = head; i < end; i++)
            {
                var v = Unsafe.Add(ref orderRef, i);
                dagStart[i] = k;
                var sv = BitConverter.DoubleToInt64Bits(Unsafe.Add(ref state, v).Sigma);
                var jEnd = off[v + 1];
                for (var j = off[v]; j < jEnd; j++)
                {
                    var x = Unsafe.Add(ref tgtRef, j);
                    ref var nx = ref Unsafe.Add(ref state, x);
                    var diff = nx.Dist - next;
                    var earlier = diff >> 31;
                    Unsafe.Add(ref orderRef, tail) = x;
                    tail += (int)((uint)-diff >> 31);
                    nx.Dist = next + (diff & earlier);
                    nx.Sigma += BitConverter.Int64BitsToDouble(sv & ~(long)earlier);
                    Unsafe.Add(ref dagRef, k) = edges ? j : x;
                    k += 1 + earlier;
                }
            }

            head = end;
            level = next;
        }

        dagStart[tail] = k;

        // Backward: reverse BFS order over the DAG edges recorded above. Level 0 (the source) only matters for
        // edge values. Once w is processed its σ is not read again, so its slot then holds c(w).
        var last = edges ? 0 : 1;
        var foldedReached = 0;
        for (var i = tail - 1; i >= last; i--)
        {
            var w = Unsafe.Add(ref orderRef, i);
            var a = dagStart[i];
            var b = dagStart[i + 1];
            ref var nw = ref Unsafe.Add(ref state, w);
            var sw = nw.Sigma;
            double sum;
            if (!edges)
            {
                // Two accumulators break the floating-point add chain (fixed order, so still deterministic).
                double s0 = 0, s1 = 0;
                for (; a + 1 < b; a += 2)
                {
                    s0 += Unsafe.Add(ref state, Unsafe.Add(ref dagRef, a)).Sigma;
                    s1 += Unsafe.Add(ref state, Unsafe.Add(ref dagRef, a + 1)).Sigma;
                }

                if (a < b)
                {
                    s0 += Unsafe.Add(ref state, Unsafe.Add(ref dagRef, a)).Sigma;
                }

                sum = s0 + s1;
            }
            else
            {
                sum = 0;
                for (; a < b; a++)
                {
                    var j = Unsafe.Add(ref dagRef, a);
                    var c = Unsafe.Add(ref state, Unsafe.Add(ref tgtRef, j)).Sigma;
                    sum += c;
                    slots![j] += sw * c;
                }
            }

            if (i == 0)
            {
                continue;
            }

            var delta = sw * sum;
            var t = ends.Weight(w, s, ref foldedReached);
            if (nodes is not null)
            {
                nodes[w] += ends.Endpoints ? delta + t : delta;
            }

            nw.Sigma = (t + delta) / sw;
        }

        if (nodes is not null)
        {
            nodes[s] += ends.SourceValue(s, tail, foldedReached);
        }

        for (var i = 0; i < tail; i++)
        {
            ref var nx = ref Unsafe.Add(ref state, Unsafe.Add(ref orderRef, i));
            nx.Dist = int.MaxValue;
            nx.Sigma = 0;
        }
    }

    /// <summary>
    /// Accumulates the dependencies of source <paramref name="s"/> with edge lengths (Dijkstra).
    /// Same parameters as <see cref="UnitSource"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WeightedSource(PathGraph g, int s, WeightedScratch scratch, double[]? nodes, double[]? slots, PathEnds ends)
    {
        var off = g.Offsets;
        var tgt = g.Targets;
        var len = g.Lengths!;
        var order = scratch.Order;
        var dist = scratch.Dist;
        var sigma = scratch.Sigma;
        var settled = scratch.Settled;
        var touched = scratch.Touched;
        var heap = scratch.Heap;

        // Forward: Dijkstra counting shortest paths; a node's σ is final when it is settled.
        var touchedCount = 0;
        dist[s] = 0;
        sigma[s] = 1.0;
        touched[touchedCount++] = s;
        heap.Set(s, 0);
        var count = 0;
        while (heap.Count > 0)
        {
            var v = heap.Pop(out var dv);
            settled[v] = true;
            order[count++] = v;
            var sv = sigma[v];
            for (var j = off[v]; j < off[v + 1]; j++)
            {
                var x = tgt[j];
                if (settled[x])
                {
                    continue;
                }

                var nd = dv + len[j];
                var dx = dist[x];
                if (nd < dx)
                {
                    if (double.IsPositiveInfinity(dx))
                    {
                        touched[touchedCount++] = x;
                    }

                    dist[x] = nd;
                    sigma[x] = sv;
                    heap.Set(x, nd);
                }
                else if (nd == dx)
                {
                    sigma[x] += sv;
                }
            }
        }

        // Backward: reverse settle order; successors x of w satisfy dist[x] == dist[w] + len(w, x).
        var last = slots is null ? 1 : 0;
        var foldedReached = 0;
        for (var i = count - 1; i >= last; i--)
        {
            var w = order[i];
            var dw = dist[w];
            var sw = sigma[w];
            double sum = 0;
            for (var j = off[w]; j < off[w + 1]; j++)
            {
                var x = tgt[j];
                if (dist[x] == dw + len[j] && settled[x])
                {
                    var c = sigma[x];
                    sum += c;
                    if (slots is not null)
                    {
                        slots[j] += sw * c;
                    }
                }
            }

            if (i == 0)
            {
                continue;
            }

            var delta = sw * sum;
            var t = ends.Weight(w, s, ref foldedReached);
            if (nodes is not null)
            {
                nodes[w] += ends.Endpoints ? delta + t : delta;
            }

            // σ(w) is not read again once w is processed, so its slot now holds c(w).
            sigma[w] = (t + delta) / sw;
        }

        if (nodes is not null)
        {
            nodes[s] += ends.SourceValue(s, count, foldedReached);
        }

        for (var i = 0; i < touchedCount; i++)
        {
            var x = touched[i];
            dist[x] = double.PositiveInfinity;
            sigma[x] = 0;
            settled[x] = false;
        }
    }

    /// <summary>Per-node state of a unit-length search; σ and the distance share a cache line.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct NodeState
    {
        /// <summary>σ during the forward pass; c(x) = (t(x) + δ(x))/σ(x) once x is processed backwards.</summary>
        public double Sigma;

        /// <summary>BFS level; int.MaxValue when not reached.</summary>
        public int Dist;

        private readonly int _padding;
    }

    /// <summary>Per-thread state for <see cref="UnitSource"/>.</summary>
    internal sealed class UnitScratch
    {
        public UnitScratch(int n, int slots)
        {
            // One spare entry each: the forward pass writes a candidate before knowing whether to keep it.
            Order = new int[n + 1];
            DagStart = new int[n + 1];
            Dag = new int[slots + 1];
            State = new NodeState[n];
            for (var v = 0; v < n; v++)
            {
                State[v].Dist = int.MaxValue;
            }
        }

        public int[] Order { get; }

        /// <summary>Shortest-path DAG edges, grouped by tail node in BFS order (targets, or slots for edge values).</summary>
        public int[] Dag { get; }

        /// <summary>Start of each BFS position's DAG edges in <see cref="Dag"/>.</summary>
        public int[] DagStart { get; }

        public NodeState[] State { get; }
    }

    /// <summary>Per-thread state for <see cref="WeightedSource"/>.</summary>
    internal sealed class WeightedScratch
    {
        public WeightedScratch(int n)
        {
            Order = new int[n];
            Touched = new int[n];
            Dist = new double[n];
            Array.Fill(Dist, double.PositiveInfinity);
            Sigma = new double[n];
            Settled = new bool[n];
            Heap = new DistanceHeap(n);
        }

        public int[] Order { get; }

        public int[] Touched { get; }

        public double[] Dist { get; }

        /// <summary>σ per node during the forward pass; c(x) = (t(x) + δ(x))/σ(x) once x is processed backwards.</summary>
        public double[] Sigma { get; }

        public bool[] Settled { get; }

        public DistanceHeap Heap { get; }
    }
}
