namespace NetworkAnalysis.Engine.Brokerage;

/// <summary>
/// The undirected "contact" view of a graph used by Burt's measures: for every node its distinct
/// neighbours in either direction (self excluded, ascending), each with the mutual weight
/// <c>w(u→v) + w(v→u)</c>, plus the sum and maximum of those weights per node.
/// </summary>
internal sealed class MutualTies
{
    private MutualTies(int[] offsets, int[] targets, double[] weights, double[] sum, double[] max)
    {
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        Sum = sum;
        Max = max;
    }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public double[] Weights { get; }

    public double[] Sum { get; }

    public double[] Max { get; }

    /// <summary>Builds the view in O(n + m). Unweighted: each existing direction counts 1 (parallel edges once).</summary>
    public static MutualTies Build(CsrGraph graph, bool weighted)
    {
        var n = graph.NodeCount;
        var offsets = new int[n + 1];
        var targets = new List<int>(graph.SlotCount * (graph.IsDirected ? 2 : 1));
        var weights = new List<double>(targets.Capacity);
        var sum = new double[n];
        var max = new double[n];
        for (var u = 0; u < n; u++)
        {
            var outs = graph.Neighbors(u);
            var outW = graph.Weights(u);
            var ins = graph.IsDirected ? graph.InNeighbors(u) : ReadOnlySpan<int>.Empty;
            var inW = graph.IsDirected ? graph.InWeights(u) : ReadOnlySpan<double>.Empty;
            int a = 0, b = 0;
            while (a < outs.Length || b < ins.Length)
            {
                var v = a < outs.Length && (b >= ins.Length || outs[a] <= ins[b]) ? outs[a] : ins[b];
                double outPart = 0, inPart = 0;
                while (a < outs.Length && outs[a] == v)
                {
                    outPart = weighted ? outPart + outW[a] : 1;
                    a++;
                }

                while (b < ins.Length && ins[b] == v)
                {
                    inPart = weighted ? inPart + inW[b] : 1;
                    b++;
                }

                if (v == u)
                {
                    continue;
                }

                // An undirected tie is a tie both ways, as NetworkX's mutual_weight reads it.
                var w = graph.IsDirected ? outPart + inPart : 2 * outPart;
                targets.Add(v);
                weights.Add(w);
                sum[u] += w;
                if (w > max[u])
                {
                    max[u] = w;
                }
            }

            offsets[u + 1] = targets.Count;
        }

        return new MutualTies(offsets, targets.ToArray(), weights.ToArray(), sum, max);
    }
}
