namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Katz centrality: x = α·Aᵀx + β, the attenuated count of walks ending at each node plus a baseline.
/// </summary>
/// <remarks>
/// <para><b>Algorithm.</b> Katz (1953), "A new status index derived from sociometric analysis",
/// Psychometrika 18(1). Power iteration from the zero vector, as NetworkX 3.6 <c>katz_centrality</c>:
/// x'(v) = α·Σ_{u→v} x(u)·w(u,v) + β(v), until Σ|x' − x| &lt; 1e-10·‖x'‖₁ (<see cref="ConvergenceRule.Relative"/>;
/// NetworkX stops at n·1e-6, see <see cref="KatzCentralityOptions.NetworkX"/>); then optionally scaled to
/// Euclidean norm 1.</para>
/// <para><b>Edge cases.</b> Directed graphs use in-edges by default; an undirected self-loop counts once;
/// parallel edges each count; isolated nodes get β (before normalisation). Diverges (and throws
/// <see cref="NotConvergedException"/>) when α ≥ 1/λ_max.</para>
/// <para><b>Cost.</b> O(n + m) per iteration, O(n) memory. Bit-identical for any thread count.
/// Cancellation is checked once per iteration.</para>
/// </remarks>
public static class KatzCentrality
{
    /// <summary>Computes Katz centrality.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for NetworkX's defaults.</param>
    /// <param name="cancellationToken">Checked once per iteration.</param>
    /// <param name="progress">Receives a fraction done after each iteration (iterations / the iteration limit; 1 when converged); optional.</param>
    /// <returns>One value per node.</returns>
    /// <exception cref="NotConvergedException">No convergence within <see cref="KatzCentralityOptions.MaxIterations"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="KatzCentralityOptions.BetaPerNode"/> has the wrong length.</exception>
    public static double[] Compute(CsrGraph graph, KatzCentralityOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new KatzCentralityOptions();
        var n = graph.NodeCount;
        if (n == 0)
        {
            return [];
        }

        double[]? beta = null;
        if (options.BetaPerNode is { } perNode)
        {
            if (perNode.Count != n)
            {
                throw new ArgumentException($"BetaPerNode has {perNode.Count} values for {n} nodes", nameof(options));
            }

            beta = [.. perNode];
        }

        var betaAll = options.Beta;
        var alpha = options.Alpha;
        var (off, src, w) = Pull.Lists(graph, options.Direction, options.Weighted);
        var blocks = NodeBlocks.Create(n, off, options.MaxDegreeOfParallelism);
        var x = new double[n];
        var next = new double[n];
        var parts = new double[blocks.Count];
        var sizes = new double[blocks.Count];
        Convergence.Validate(options.Tolerance, nameof(options));
        double err = double.PositiveInfinity, threshold = 0;
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report((iteration - 1) / (double)options.MaxIterations);
            var xs = x;
            var xn = next;
            blocks.Run(b =>
            {
                double e = 0, size = 0;
                for (var v = blocks.Start(b); v < blocks.End(b); v++)
                {
                    var value = alpha * Pull.Sum(v, off, src, w, xs) + (beta is null ? betaAll : beta[v]);
                    xn[v] = value;
                    e += Math.Abs(value - xs[v]);
                    size += Math.Abs(value);
                }

                parts[b] = e;
                sizes[b] = size;
            });

            (x, next) = (next, x);
            err = NodeBlocks.Sum(parts);
            threshold = Convergence.Threshold(options.Convergence, options.Tolerance, n, NodeBlocks.Sum(sizes));
            if (err < threshold)
            {
                if (options.Normalized)
                {
                    double squares = 0;
                    foreach (var value in x)
                    {
                        squares += value * value;
                    }

                    var s = squares == 0 ? 1.0 : 1.0 / Math.Sqrt(squares);
                    for (var v = 0; v < n; v++)
                    {
                        x[v] *= s;
                    }
                }

                return x;
            }
        }

        throw new NotConvergedException("Katz centrality", options.MaxIterations, err, threshold);
    }
}
