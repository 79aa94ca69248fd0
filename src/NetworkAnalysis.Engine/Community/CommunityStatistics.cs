namespace NetworkAnalysis.Engine.Community;

/// <summary>
/// Per-community statistics of a partition, every array indexed by community label (length = largest label + 1;
/// unused labels hold zeros).
/// </summary>
/// <param name="Size">Nodes in the community.</param>
/// <param name="InternalEdges">Edges with both endpoints inside (self-loops and parallel edges each count).</param>
/// <param name="InternalWeight">Summed weight of those edges (their count when unweighted).</param>
/// <param name="InternalDensity">Internal edges other than self-loops over the possible pairs: s(s−1)/2 undirected,
/// s(s−1) directed; 0 below two nodes (can exceed 1 on a multigraph).</param>
/// <param name="CutWeight">Weight of the edges with exactly one endpoint inside (both directions on a directed graph).</param>
/// <param name="Volume">Summed strength of the members (a self-loop counts twice; directed: in + out).</param>
/// <param name="Conductance">CutWeight / min(Volume, total volume − Volume) (Kannan, Vempala and Vetta 2004; NetworkX's
/// <c>conductance</c>); 0 when that minimum is 0.</param>
public sealed record CommunityStatistics(
    int[] Size,
    long[] InternalEdges,
    double[] InternalWeight,
    double[] InternalDensity,
    double[] CutWeight,
    double[] Volume,
    double[] Conductance)
{
    /// <summary>
    /// Statistics of <paramref name="membership"/> (a non-negative community label per node) on <paramref name="graph"/>.
    /// O(n + m) time; deterministic (sums in edge order).
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="membership">Community label of every node.</param>
    /// <param name="weighted">Use edge weights for weights, cut and volume (true, default) or count edges.</param>
    public static CommunityStatistics Compute(CsrGraph graph, ReadOnlySpan<int> membership, bool weighted = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var k = Partition.LabelBound(graph, membership, nameof(membership));
        var size = new int[k];
        var internalEdges = new long[k];
        var loops = new long[k];
        var internalWeight = new double[k];
        var cut = new double[k];
        var volume = new double[k];
        foreach (var c in membership)
        {
            size[c]++;
        }

        var sources = graph.EdgeSources;
        var targets = graph.EdgeTargets;
        var weights = graph.EdgeWeights;
        var useWeights = weighted && graph.IsWeighted;
        double totalVolume = 0;
        for (var e = 0; e < sources.Length; e++)
        {
            var w = useWeights ? weights[e] : 1.0;
            int a = membership[sources[e]], b = membership[targets[e]];
            volume[a] += w;
            volume[b] += w;
            totalVolume += 2 * w;
            if (a == b)
            {
                internalEdges[a]++;
                internalWeight[a] += w;
                if (sources[e] == targets[e])
                {
                    loops[a]++;
                }
            }
            else
            {
                cut[a] += w;
                cut[b] += w;
            }
        }

        var density = new double[k];
        var conductance = new double[k];
        for (var c = 0; c < k; c++)
        {
            double s = size[c];
            var pairs = graph.IsDirected ? s * (s - 1) : s * (s - 1) / 2;
            density[c] = pairs > 0 ? (internalEdges[c] - loops[c]) / pairs : 0.0;
            var denominator = Math.Min(volume[c], totalVolume - volume[c]);
            conductance[c] = denominator > 0 ? cut[c] / denominator : 0.0;
        }

        return new CommunityStatistics(size, internalEdges, internalWeight, density, cut, volume, conductance);
    }
}
