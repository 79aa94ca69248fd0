using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// PageRank: the stationary distribution of a random walk that follows an out-edge with probability α
/// and otherwise teleports (uniformly, or along a personalisation vector).
/// </summary>
/// <remarks>
/// <para><b>Algorithm.</b> Page, Brin, Motwani and Winograd (1999), "The PageRank citation ranking";
/// power iteration from the uniform vector, x'(v) = α·Σ_{u→v} x(u)·w(u,v)/W(u) + α·D·d(v) + (1−α)·p(v),
/// where W(u) is u's out-degree (or out-strength when weighted), D the rank held by dangling nodes, d
/// the dangling distribution and p the teleport vector. This is NetworkX 3.6 <c>pagerank</c> and, with a
/// fixed iteration count and no personalisation, the LDBC Graphalytics PR definition. It stops when the L1
/// change of an iteration is below 1e-10 (<see cref="ConvergenceRule.Relative"/>; the remaining L1 error is
/// then below about α/(1−α) times that); <see cref="PageRankOptions.NetworkX"/> stops as NetworkX does.</para>
/// <para><b>Edge cases.</b> An undirected graph is read as two arcs per edge; a self-loop is one arc (as
/// NetworkX's <c>to_directed</c>); parallel edges each count. Dangling nodes (no out-edge, or out-weight 0)
/// spread their rank per <see cref="PageRankOptions.Dangling"/>. Weights must be non-negative. An empty
/// graph gives an empty result.</para>
/// <para><b>Cost.</b> O(n + m) per iteration (a pull over the in-edges), O(n) extra memory.
/// Deterministic: each node's value is summed in in-edge order, and the L1 change and dangling rank are
/// summed over a fixed node split in split order, so results are bit-identical for any thread count.
/// Cancellation is checked once per iteration.</para>
/// </remarks>
public static class PageRank
{
    /// <summary>Computes PageRank.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for NetworkX's defaults.</param>
    /// <param name="cancellationToken">Checked once per iteration.</param>
    /// <param name="progress">Receives a fraction done after each iteration (iterations / the iteration limit; 1 when converged); optional.</param>
    /// <returns>One value per node (summing to 1 up to the tolerance).</returns>
    /// <exception cref="NotConvergedException">The tolerance was not met within <see cref="PageRankOptions.MaxIterations"/>.</exception>
    /// <exception cref="ArgumentException">Invalid personalisation, damping or a negative weight.</exception>
    public static double[] Compute(CsrGraph graph, PageRankOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new PageRankOptions();
        var n = graph.NodeCount;
        if (n == 0)
        {
            return [];
        }

        var alpha = options.Damping;
        if (!(alpha >= 0 && alpha <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), alpha, "damping must lie in [0, 1]");
        }

        var weighted = options.Weighted && graph.IsWeighted;
        var teleport = TeleportVector(n, options);
        var dangling = options.Dangling == PageRankDangling.Teleport ? teleport : null;

        // Inverse out-weight of every node (0 for dangling nodes), and the dangling nodes themselves.
        var off = graph.OffsetArray;
        var inv = new double[n];
        var w = graph.WeightArray;
        for (var u = 0; u < n; u++)
        {
            double total;
            if (weighted)
            {
                total = 0;
                for (var j = off[u]; j < off[u + 1]; j++)
                {
                    if (w[j] < 0)
                    {
                        throw new ArgumentException($"PageRank needs non-negative weights; found {w[j]}", nameof(graph));
                    }

                    total += w[j];
                }
            }
            else
            {
                total = off[u + 1] - off[u];
            }

            inv[u] = total == 0 ? 0 : 1.0 / total;
        }

        var inOff = graph.InOffsetArray;
        var inSrc = graph.InSourceArray;
        var inW = graph.InWeightArray;
        var blocks = NodeBlocks.Create(n, inOff, options.MaxDegreeOfParallelism);
        var x = new double[n];
        var next = new double[n];
        var contrib = new double[n];
        var contribNext = new double[n];
        var errParts = new double[blocks.Count];
        var danglingParts = new double[blocks.Count];
        Array.Fill(x, 1.0 / n);
        double danglingRank = 0;
        for (var u = 0; u < n; u++)
        {
            contrib[u] = x[u] * inv[u];
            if (inv[u] == 0)
            {
                danglingRank += x[u];
            }
        }

        var fixedCount = options.Iterations;
        var limit = fixedCount ?? options.MaxIterations;
        if (fixedCount is null)
        {
            Convergence.Validate(options.Tolerance, nameof(options));
        }

        var sizeParts = new double[blocks.Count];
        double err = double.PositiveInfinity, threshold = 0;
        for (var iteration = 1; iteration <= limit; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report((iteration - 1) / (double)limit);
            var dsum = alpha * danglingRank;
            var uniformTerm = dsum / n + (1 - alpha) / n;
            var xs = x;
            var xn = next;
            var cs = contrib;
            var cn = contribNext;
            blocks.Run(b =>
            {
                var (e, d, size) = Step(blocks.Start(b), blocks.End(b), inOff, inSrc, weighted ? inW : null, cs, xs, xn, cn, inv,
                    alpha, uniformTerm, dsum, teleport, dangling);
                errParts[b] = e;
                danglingParts[b] = d;
                sizeParts[b] = size;
            });

            (x, next) = (next, x);
            (contrib, contribNext) = (contribNext, contrib);
            err = NodeBlocks.Sum(errParts);
            danglingRank = NodeBlocks.Sum(danglingParts);
            threshold = Convergence.Threshold(options.Convergence, options.Tolerance, n, NodeBlocks.Sum(sizeParts));
            if (fixedCount is null && err < threshold)
            {
                return x;
            }
        }

        if (fixedCount is not null)
        {
            return x;
        }

        throw new NotConvergedException("PageRank", limit, err, threshold);
    }

    /// <summary>One iteration over nodes <c>[start, end)</c>; returns their L1 change, new dangling rank and new rank.</summary>
    /// <remarks>Dangling nodes are those with <c>inv</c> = 0. Two accumulators per node break the floating-point add chain (a fixed order, so still deterministic).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double Error, double Dangling, double Size) Step(int start, int end, int[] inOff, int[] inSrc, double[]? inW,
        double[] contrib, double[] x, double[] next, double[] contribNext, double[] inv,
        double alpha, double uniformTerm, double dsum, double[]? teleport, double[]? dangling)
    {
        ref var cRef = ref MemoryMarshal.GetArrayDataReference(contrib);
        ref var srcRef = ref MemoryMarshal.GetArrayDataReference(inSrc);
        ref var offRef = ref MemoryMarshal.GetArrayDataReference(inOff);
        ref var xRef = ref MemoryMarshal.GetArrayDataReference(x);
        ref var nextRef = ref MemoryMarshal.GetArrayDataReference(next);
        ref var cnRef = ref MemoryMarshal.GetArrayDataReference(contribNext);
        ref var invRef = ref MemoryMarshal.GetArrayDataReference(inv);
        double e = 0, d = 0, size = 0;
        var n = x.Length;
        var j = Unsafe.Add(ref offRef, start);
        for (var v = start; v < end; v++)
        {
            var jEnd = Unsafe.Add(ref offRef, v + 1);
            double s0 = 0, s1 = 0;
            if (inW is null)
            {
                for (; j + 1 < jEnd; j += 2)
                {
                    s0 += Unsafe.Add(ref cRef, Unsafe.Add(ref srcRef, j));
                    s1 += Unsafe.Add(ref cRef, Unsafe.Add(ref srcRef, j + 1));
                }

                if (j < jEnd)
                {
                    s0 += Unsafe.Add(ref cRef, Unsafe.Add(ref srcRef, j));
                    j++;
                }
            }
            else
            {
                ref var wRef = ref MemoryMarshal.GetArrayDataReference(inW);
                for (; j + 1 < jEnd; j += 2)
                {
                    s0 += Unsafe.Add(ref cRef, Unsafe.Add(ref srcRef, j)) * Unsafe.Add(ref wRef, j);
                    s1 += Unsafe.Add(ref cRef, Unsafe.Add(ref srcRef, j + 1)) * Unsafe.Add(ref wRef, j + 1);
                }

                if (j < jEnd)
                {
                    s0 += Unsafe.Add(ref cRef, Unsafe.Add(ref srcRef, j)) * Unsafe.Add(ref wRef, j);
                    j++;
                }
            }

            var value = alpha * (s0 + s1) + (teleport is null
                ? uniformTerm
                : (dangling is null ? dsum / n : dsum * dangling[v]) + (1 - alpha) * teleport[v]);
            Unsafe.Add(ref nextRef, v) = value;
            size += value;
            var iv = Unsafe.Add(ref invRef, v);
            Unsafe.Add(ref cnRef, v) = value * iv;
            e += Math.Abs(value - Unsafe.Add(ref xRef, v));
            if (iv == 0)
            {
                d += value;
            }
        }

        return (e, d, size);
    }

    /// <summary>The normalised teleport vector, or null for uniform.</summary>
    private static double[]? TeleportVector(int n, PageRankOptions options)
    {
        if (options.Sources is not null && options.Personalization is not null)
        {
            throw new ArgumentException("give either Sources or Personalization, not both", nameof(options));
        }

        if (options.Sources is { } sources)
        {
            var p = new double[n];
            foreach (var s in sources)
            {
                if ((uint)s >= (uint)n)
                {
                    throw new ArgumentOutOfRangeException(nameof(options), s, "personalisation source is not a node");
                }

                p[s] = 1;
            }

            return Normalise(p);
        }

        if (options.Personalization is { } weights)
        {
            if (weights.Count != n)
            {
                throw new ArgumentException($"personalisation has {weights.Count} values for {n} nodes", nameof(options));
            }

            var p = new double[n];
            for (var v = 0; v < n; v++)
            {
                if (!(weights[v] >= 0) || double.IsPositiveInfinity(weights[v]))
                {
                    throw new ArgumentException($"personalisation value {weights[v]} of node {v} is not a finite non-negative number", nameof(options));
                }

                p[v] = weights[v];
            }

            return Normalise(p);
        }

        return null;
    }

    private static double[] Normalise(double[] p)
    {
        double s = 0;
        foreach (var v in p)
        {
            s += v;
        }

        if (s <= 0)
        {
            throw new ArgumentException("the personalisation vector is empty or all zero");
        }

        for (var i = 0; i < p.Length; i++)
        {
            p[i] /= s;
        }

        return p;
    }
}
