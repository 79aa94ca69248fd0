namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Eigenvector centrality: the principal eigenvector of the adjacency matrix (a node is central when its
/// neighbours are), scaled to Euclidean norm 1.
/// </summary>
/// <remarks>
/// <para><b>Algorithm.</b> Bonacich (1972), "Factoring and weighting approaches to status scores and clique
/// identification", J. Math. Sociol. 2(1). Power iteration on A + I (the shift avoids oscillation on
/// bipartite graphs) from the uniform vector, as NetworkX 3.6 <c>eigenvector_centrality</c>:
/// x'(v) = x(v) + Σ_{u→v} x(u)·w(u,v), then x' /= ‖x'‖₂, until Σ|x' − x| &lt; 1e-10·‖x'‖₁
/// (<see cref="ConvergenceRule.Relative"/>; NetworkX stops at n·1e-6, see <see cref="EigenvectorCentralityOptions.NetworkX"/>).
/// The power iteration converges at the rate (1+λ₂)/(1+λ₁), slow when the two largest eigenvalues are close:
/// then it needs many iterations, or throws at the limit.</para>
/// <para><b>Edge cases.</b> Directed graphs use in-edges by default. An undirected self-loop adds its node's
/// own value once; parallel edges each count. On a disconnected graph the result concentrates on the
/// component with the largest eigenvalue (other components tend to 0); isolated nodes tend to 0. Weights
/// should be non-negative. An empty graph gives an empty result.</para>
/// <para><b>Cost.</b> O(n + m) per iteration, O(n) memory. Bit-identical for any thread count (fixed node
/// split, partial sums added in split order). Cancellation is checked once per iteration.</para>
/// </remarks>
public static class EigenvectorCentrality
{
    /// <summary>Computes eigenvector centrality.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for NetworkX's defaults.</param>
    /// <param name="cancellationToken">Checked once per iteration.</param>
    /// <param name="progress">Receives a fraction done after each iteration (iterations / the iteration limit; 1 when converged); optional.</param>
    /// <returns>One value per node, Euclidean norm 1.</returns>
    /// <exception cref="NotConvergedException">No convergence within <see cref="EigenvectorCentralityOptions.MaxIterations"/>.</exception>
    public static double[] Compute(CsrGraph graph, EigenvectorCentralityOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new EigenvectorCentralityOptions();
        var n = graph.NodeCount;
        if (n == 0)
        {
            return [];
        }

        var (off, src, w) = Pull.Lists(graph, options.Direction, options.Weighted);
        var blocks = NodeBlocks.Create(n, off, options.MaxDegreeOfParallelism);
        var x = new double[n];
        var next = new double[n];
        Array.Fill(x, 1.0 / n);
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
                double squares = 0;
                for (var v = blocks.Start(b); v < blocks.End(b); v++)
                {
                    var value = xs[v] + Pull.Sum(v, off, src, w, xs);
                    xn[v] = value;
                    squares += value * value;
                }

                parts[b] = squares;
            });

            var norm = Math.Sqrt(NodeBlocks.Sum(parts));
            if (norm == 0)
            {
                norm = 1;
            }

            blocks.Run(b =>
            {
                double e = 0, size = 0;
                for (var v = blocks.Start(b); v < blocks.End(b); v++)
                {
                    var value = xn[v] / norm;
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
                return x;
            }
        }

        throw new NotConvergedException("Eigenvector centrality", options.MaxIterations, err, threshold);
    }
}
