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
/// as a path end (every node, or the target set of subset betweenness). The edge w→x carries σ(w)·c(x).</para>
/// <para>Unit lengths: the coefficient of a node at level d is stored in slot <c>2x + (d mod 2)</c>. A node at
/// level d reads the slots of parity d+1 of its out-neighbours; out-neighbours lie at levels ≤ d+1, those
/// at levels ≤ d of that parity are not yet written (zeroed at discovery), so the sum over all
/// out-neighbours equals the sum over successors without testing distances.</para>
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
    /// <param name="targets">Path ends counted (null: every node).</param>
    /// <param name="endpoints">Count the path ends themselves (NetworkX endpoints=True).</param>
    public static void UnitSource(PathGraph g, int s, UnitScratch scratch, double[]? nodes, double[]? slots,
        bool[]? targets, bool endpoints)
    {
        var off = g.Offsets;
        var tgt = g.Targets;
        var order = scratch.Order;
        var levelStart = scratch.LevelStart;
        var dist = scratch.Dist;
        var sigma = scratch.Sigma;
        ref var coef = ref MemoryMarshal.GetArrayDataReference(scratch.Coef);
        ref var distRef = ref MemoryMarshal.GetArrayDataReference(dist);
        ref var sigmaRef = ref MemoryMarshal.GetArrayDataReference(sigma);
        ref var tgtRef = ref MemoryMarshal.GetArrayDataReference(tgt);

        // Forward: level-synchronous BFS counting shortest paths.
        order[0] = s;
        dist[s] = 0;
        sigma[s] = 1.0;
        Unsafe.Add(ref coef, 2 * s) = 0;
        Unsafe.Add(ref coef, 2 * s + 1) = 0;
        int head = 0, tail = 1, level = 0;
        while (head < tail)
        {
            levelStart[level] = head;
            var end = tail;
            var next = level + 1;
            for (var i = head; i < end; i++)
            {
                var v = order[i];
                var sv = sigma[v];
                var jEnd = off[v + 1];
                for (var j = off[v]; j < jEnd; j++)
                {
                    var x = Unsafe.Add(ref tgtRef, j);
                    ref var dx = ref Unsafe.Add(ref distRef, x);
                    if (dx < 0)
                    {
                        dx = next;
                        order[tail++] = x;
                        Unsafe.Add(ref sigmaRef, x) = sv;
                        Unsafe.Add(ref coef, 2 * x) = 0;
                        Unsafe.Add(ref coef, 2 * x + 1) = 0;
                    }
                    else if (dx == next)
                    {
                        Unsafe.Add(ref sigmaRef, x) += sv;
                    }
                }
            }

            head = end;
            level = next;
        }

        levelStart[level] = tail;

        // Backward: levels from the deepest up; level 0 (the source) only matters for edge values.
        var lastLevel = slots is null ? 1 : 0;
        for (var d = level - 1; d >= lastLevel; d--)
        {
            var read = (d + 1) & 1;
            var write = d & 1;
            for (var i = levelStart[d + 1] - 1; i >= levelStart[d]; i--)
            {
                var w = order[i];
                double sum = 0;
                var jEnd = off[w + 1];
                var sw = sigma[w];
                if (slots is null)
                {
                    for (var j = off[w]; j < jEnd; j++)
                    {
                        sum += Unsafe.Add(ref coef, 2 * Unsafe.Add(ref tgtRef, j) + read);
                    }
                }
                else
                {
                    for (var j = off[w]; j < jEnd; j++)
                    {
                        var c = Unsafe.Add(ref coef, 2 * Unsafe.Add(ref tgtRef, j) + read);
                        sum += c;
                        slots[j] += sw * c;
                    }
                }

                if (d == 0)
                {
                    continue;
                }

                var delta = sw * sum;
                var t = targets is null || targets[w] ? 1.0 : 0.0;
                if (nodes is not null)
                {
                    nodes[w] += endpoints ? delta + t : delta;
                }

                Unsafe.Add(ref coef, 2 * w + write) = (t + delta) / sw;
            }
        }

        if (endpoints && nodes is not null)
        {
            nodes[s] += tail - 1;
        }

        for (var i = 0; i < tail; i++)
        {
            dist[order[i]] = -1;
        }
    }

    /// <summary>
    /// Accumulates the dependencies of source <paramref name="s"/> with edge lengths (Dijkstra).
    /// Same parameters as <see cref="UnitSource"/>.
    /// </summary>
    public static void WeightedSource(PathGraph g, int s, WeightedScratch scratch, double[]? nodes, double[]? slots,
        bool[]? targets, bool endpoints)
    {
        var off = g.Offsets;
        var tgt = g.Targets;
        var len = g.Lengths!;
        var order = scratch.Order;
        var dist = scratch.Dist;
        var sigma = scratch.Sigma;
        var coef = scratch.Coef;
        var settled = scratch.Settled;
        var touched = scratch.Touched;
        var heap = scratch.Heap;

        // Forward: Dijkstra counting shortest paths; a node's σ is final when it is settled.
        var touchedCount = 0;
        dist[s] = 0;
        sigma[s] = 1.0;
        touched[touchedCount++] = s;
        heap.Push(0, s);
        var count = 0;
        while (heap.Count > 0)
        {
            var (dv, v) = heap.Pop();
            if (settled[v] || dv > dist[v])
            {
                continue;
            }

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
                    heap.Push(nd, x);
                }
                else if (nd == dx)
                {
                    sigma[x] += sv;
                }
            }
        }

        // Backward: reverse settle order; successors x of w satisfy dist[x] == dist[w] + len(w, x).
        var last = slots is null ? 1 : 0;
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
                    var c = coef[x];
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
            var t = targets is null || targets[w] ? 1.0 : 0.0;
            if (nodes is not null)
            {
                nodes[w] += endpoints ? delta + t : delta;
            }

            coef[w] = (t + delta) / sw;
        }

        if (endpoints && nodes is not null)
        {
            nodes[s] += count - 1;
        }

        for (var i = 0; i < touchedCount; i++)
        {
            var x = touched[i];
            dist[x] = double.PositiveInfinity;
            sigma[x] = 0;
            coef[x] = 0;
            settled[x] = false;
        }
    }

    /// <summary>Per-thread state for <see cref="UnitSource"/>.</summary>
    internal sealed class UnitScratch
    {
        public UnitScratch(int n)
        {
            Order = new int[n];
            LevelStart = new int[n + 2];
            Dist = new int[n];
            Array.Fill(Dist, -1);
            Sigma = new double[n];
            Coef = new double[2 * n];
        }

        public int[] Order { get; }

        public int[] LevelStart { get; }

        public int[] Dist { get; }

        public double[] Sigma { get; }

        public double[] Coef { get; }
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
            Coef = new double[n];
            Settled = new bool[n];
            Heap = new DistanceHeap(Math.Max(16, n));
        }

        public int[] Order { get; }

        public int[] Touched { get; }

        public double[] Dist { get; }

        public double[] Sigma { get; }

        public double[] Coef { get; }

        public bool[] Settled { get; }

        public DistanceHeap Heap { get; }
    }
}
