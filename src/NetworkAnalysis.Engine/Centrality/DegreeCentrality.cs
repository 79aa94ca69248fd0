namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Degree centrality (number of incident edges) or strength (sum of incident edge weights), optionally
/// normalised by n−1.
/// </summary>
/// <remarks>
/// Counting follows NetworkX (see <see cref="Degrees"/>): a self-loop adds 2 to an undirected node's degree
/// (and to in + out on a directed one), parallel edges each count. Isolated nodes score 0. O(n + m) time,
/// O(n) memory, single-threaded and deterministic (Freeman 1978, "Centrality in social networks
/// conceptual clarification", Social Networks 1(3)).
/// </remarks>
public static class DegreeCentrality
{
    /// <summary>Computes degree (or strength) centrality of every node.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for the plain total degree.</param>
    /// <param name="cancellationToken">Not used (the computation is linear); present for a uniform signature.</param>
    /// <returns>One value per node.</returns>
    public static double[] Compute(CsrGraph graph, DegreeCentralityOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new DegreeCentralityOptions();
        double[] result;
        if (options.Weighted)
        {
            result = Degrees.Strength(graph, options.Direction);
        }
        else
        {
            var degrees = Degrees.Compute(graph, options.Direction);
            result = new double[degrees.Length];
            for (var v = 0; v < degrees.Length; v++)
            {
                result[v] = degrees[v];
            }
        }

        if (options.Normalized)
        {
            var n = graph.NodeCount;
            if (n <= 1)
            {
                Array.Fill(result, 1.0);
            }
            else
            {
                var s = 1.0 / (n - 1.0);
                for (var v = 0; v < n; v++)
                {
                    result[v] *= s;
                }
            }
        }

        return result;
    }
}
