namespace NetworkAnalysis.Engine.Community;

/// <summary>
/// Modularity of a given partition: how much more edge weight falls inside communities than a random graph
/// with the same degrees would put there.
/// </summary>
/// <remarks>
/// <para><b>Undirected</b> (Newman and Girvan 2004; Newman 2006): Q = Σ_c [L_c/m − γ (K_c/2m)²], with m the total
/// edge weight, L_c the weight of edges inside c and K_c the summed strength of c's nodes. A self-loop counts once
/// in L_c and twice in K_c (igraph and NetworkX agree).</para>
/// <para><b>Directed</b> (Leicht and Newman 2008): Q = Σ_c [L_c/m − γ K_c^out K_c^in / m²]. To score a directed graph
/// as undirected, pass <see cref="CsrGraph.ToUndirected"/> of it.</para>
/// <para>Parallel edges each count; isolated nodes change nothing. Community labels are any non-negative integers
/// (need not be contiguous). A graph with no edge weight has undefined modularity: NaN.
/// O(n + m) time, O(number of labels) memory; sums run in edge order, so the value is deterministic.</para>
/// </remarks>
public static class Modularity
{
    /// <summary>Modularity of <paramref name="membership"/> (the community label of every node) on <paramref name="graph"/>.</summary>
    public static double Compute(CsrGraph graph, ReadOnlySpan<int> membership, ModularityOptions? options = null)
    {
        var parts = Contributions(graph, membership, options);
        if (parts.Length == 0)
        {
            return double.NaN; // no nodes, hence no edge weight
        }

        double q = 0;
        foreach (var x in parts)
        {
            q += x;
        }

        return q;
    }

    /// <summary>
    /// Each community's term of the sum, indexed by label (length = largest label + 1; unused labels give 0, every
    /// entry NaN when the graph has no edge weight). Their sum is <see cref="Compute"/>.
    /// </summary>
    public static double[] Contributions(CsrGraph graph, ReadOnlySpan<int> membership, ModularityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new ModularityOptions();
        var bound = Partition.LabelBound(graph, membership, nameof(membership));
        var inside = new double[bound];
        var outTotal = new double[bound];
        var inTotal = new double[bound];
        var sources = graph.EdgeSources;
        var targets = graph.EdgeTargets;
        var weights = graph.EdgeWeights;
        var useWeights = options.Weighted && graph.IsWeighted;
        double m = 0;
        for (var e = 0; e < sources.Length; e++)
        {
            var w = useWeights ? weights[e] : 1.0;
            int a = membership[sources[e]], b = membership[targets[e]];
            m += w;
            outTotal[a] += w;
            inTotal[b] += w;
            if (a == b)
            {
                inside[a] += w;
            }
        }

        var result = new double[bound];
        var gamma = options.Resolution;
        for (var c = 0; c < bound; c++)
        {
            if (m == 0)
            {
                result[c] = double.NaN;
            }
            else if (graph.IsDirected)
            {
                result[c] = inside[c] / m - gamma * (outTotal[c] / m) * (inTotal[c] / m);
            }
            else
            {
                // An undirected edge adds its weight to the strength of both endpoints.
                var k = (outTotal[c] + inTotal[c]) / (2 * m);
                result[c] = inside[c] / m - gamma * k * k;
            }
        }

        return result;
    }
}
