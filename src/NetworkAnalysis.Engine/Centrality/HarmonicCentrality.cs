using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Harmonic centrality: the sum of 1/d over the other nodes at finite distance d (unreachable nodes add 0).
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> Marchiori and Latora (2000), "Harmony in the small-world", Physica A 285;
/// Boldi and Vigna (2014), "Axioms for centrality", Internet Mathematics 10. Semantics of NetworkX 3.6
/// <c>harmonic_centrality</c>: directed graphs use incoming distances unless
/// <see cref="HarmonicCentralityOptions.Direction"/> says otherwise; isolated nodes score 0; self-loops
/// and parallel edges do not change distances. Well defined on disconnected graphs.</para>
/// <para><b>Cost.</b> As <see cref="Closeness"/> (the same searches); with
/// <see cref="HarmonicCentralityOptions.SampleSize"/> k, k searches instead of n (O(k·m/256) word operations
/// unweighted), from the pivots towards every node.</para>
/// <para><b>Determinism.</b> Each node's value comes from its own search (unit lengths: summed per
/// distance level), so the result is bit-identical for any thread count. Sampled: the pivots depend on the seed
/// only, and the per-pivot sums are added in a fixed order, so again bit-identical for any thread count.</para>
/// </remarks>
public static class HarmonicCentrality
{
    /// <summary>Computes the harmonic centrality of every node.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for NetworkX's defaults.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <param name="progress">Receives the fraction of searches done (0 to 1, increasing), possibly from worker threads; optional.</param>
    /// <returns>One value per node.</returns>
    /// <exception cref="ArgumentException">A weight is not a valid length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The sample size is below 1 or larger than the node count.</exception>
    public static double[] Compute(CsrGraph graph, HarmonicCentralityOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new HarmonicCentralityOptions();
        var n = graph.NodeCount;
        var result = options.SampleSize is int k
            ? Sampled(graph, options, Betweenness.Sources(n, k, options.Seed), cancellationToken, progress)
            : Closeness.Totals(graph, options.Direction, options.Length, options.MaxDegreeOfParallelism, cancellationToken, progress).InverseDistanceSum;
        if (options.Normalized && n > 1)
        {
            for (var v = 0; v < n; v++)
            {
                result[v] /= n - 1;
            }
        }

        return result;
    }

    /// <summary>n/k × Σ over the pivots u of 1/d(u, v): searches run from the pivots against <see cref="HarmonicCentralityOptions.Direction"/>.</summary>
    private static double[] Sampled(CsrGraph graph, HarmonicCentralityOptions options, int[] pivots, CancellationToken ct, IProgress<double>? progress)
    {
        var n = graph.NodeCount;
        var threads = options.MaxDegreeOfParallelism;

        // Harmonic "In" sums distances from others to v: a pivot searches forwards, along out-edges.
        var along = !graph.IsDirected ? Direction.Out : options.Direction switch
        {
            Direction.In => Direction.Out,
            Direction.Out => Direction.In,
            _ => Direction.All,
        };
        double[] sums;
        if (!graph.IsWeighted || options.Length == EdgeLength.Unit)
        {
            sums = along switch
            {
                Direction.Out => PivotDistances.Unit(n, graph.OffsetArray, graph.TargetArray, null, null, pivots, threads, ct, progress),
                Direction.In => PivotDistances.Unit(n, graph.InOffsetArray, graph.InSourceArray, null, null, pivots, threads, ct, progress),
                _ => PivotDistances.Unit(n, graph.OffsetArray, graph.TargetArray, graph.InOffsetArray, graph.InSourceArray, pivots, threads, ct, progress),
            };
        }
        else
        {
            sums = PivotDistances.Weighted(PathGraph.Build(graph, along, options.Length), pivots, threads, ct, progress);
        }

        var scale = n / (double)pivots.Length;
        for (var v = 0; v < n; v++)
        {
            sums[v] *= scale;
        }

        return sums;
    }
}
