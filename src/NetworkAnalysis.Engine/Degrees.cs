namespace NetworkAnalysis.Engine;

/// <summary>
/// Degree and strength (weighted degree) of every node.
/// </summary>
/// <remarks>
/// Conventions follow NetworkX: on an undirected graph a self-loop adds 2 to its node's degree (and twice
/// its weight to the strength); on a directed graph <see cref="Direction.All"/> is in + out, so a
/// self-loop adds 2 as well. Parallel edges each count. O(n + m) time, O(n) memory. Deterministic
/// (strengths are summed in adjacency order).
/// </remarks>
public static class Degrees
{
    /// <summary>Number of incident edges of every node along <paramref name="direction"/>.</summary>
    public static int[] Compute(CsrGraph graph, Direction direction = Direction.All)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var result = new int[n];
        if (!graph.IsDirected)
        {
            for (var v = 0; v < n; v++)
            {
                var d = 0;
                foreach (var u in graph.Neighbors(v))
                {
                    d += u == v ? 2 : 1;
                }

                result[v] = d;
            }

            return result;
        }

        for (var v = 0; v < n; v++)
        {
            result[v] = direction switch
            {
                Direction.Out => graph.OutDegree(v),
                Direction.In => graph.InDegree(v),
                _ => graph.OutDegree(v) + graph.InDegree(v),
            };
        }

        return result;
    }

    /// <summary>Sum of incident edge weights of every node along <paramref name="direction"/> (the degree when the graph is unweighted).</summary>
    public static double[] Strength(CsrGraph graph, Direction direction = Direction.All)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var result = new double[n];
        for (var v = 0; v < n; v++)
        {
            double s = 0;
            if (!graph.IsDirected)
            {
                var nb = graph.Neighbors(v);
                var w = graph.Weights(v);
                for (var i = 0; i < nb.Length; i++)
                {
                    s += nb[i] == v ? 2 * w[i] : w[i];
                }
            }
            else
            {
                if (direction != Direction.In)
                {
                    foreach (var x in graph.Weights(v))
                    {
                        s += x;
                    }
                }

                if (direction != Direction.Out)
                {
                    foreach (var x in graph.InWeights(v))
                    {
                        s += x;
                    }
                }
            }

            result[v] = s;
        }

        return result;
    }
}
