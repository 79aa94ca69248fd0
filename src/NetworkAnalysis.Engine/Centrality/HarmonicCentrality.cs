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
/// <para><b>Cost.</b> As <see cref="Closeness"/> (the same searches).</para>
/// <para><b>Determinism.</b> Each node's value comes from its own search (unit lengths: summed per
/// distance level), so the result is bit-identical for any thread count.</para>
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
    public static double[] Compute(CsrGraph graph, HarmonicCentralityOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new HarmonicCentralityOptions();
        var totals = Closeness.Totals(graph, options.Direction, options.Length, options.MaxDegreeOfParallelism, cancellationToken, progress);
        var result = totals.InverseDistanceSum;
        var n = graph.NodeCount;
        if (options.Normalized && n > 1)
        {
            for (var v = 0; v < n; v++)
            {
                result[v] /= n - 1;
            }
        }

        return result;
    }
}
