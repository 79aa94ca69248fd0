using NetworkAnalysis.Engine;

namespace NetworkAnalysis.Testing;

/// <summary>Seeded random graphs for oracle tests.</summary>
public static class RandomGraphs
{
    /// <summary>
    /// An Erdős–Rényi style multigraph with <paramref name="nodes"/> nodes and <paramref name="edges"/>
    /// uniformly random edges (self-loops and parallel edges possible unless merged), weights uniform in
    /// [0.5, 5) rounded to quarters (so ties happen) when weighted.
    /// </summary>
    public static CsrGraph Uniform(int nodes, int edges, bool directed, bool weighted, int seed,
        ParallelEdges parallel = ParallelEdges.Keep, bool selfLoops = true)
    {
        var rng = new Random(seed);
        var builder = new CsrGraphBuilder(nodes, directed, weighted, edges);
        var added = 0;
        while (added < edges)
        {
            var s = rng.Next(nodes);
            var t = rng.Next(nodes);
            if (!selfLoops && s == t)
            {
                continue;
            }

            var w = Math.Round((0.5 + rng.NextDouble() * 4.5) * 4) / 4;
            builder.AddEdge(s, t, w);
            added++;
        }

        return builder.Build(parallel);
    }

    /// <summary>
    /// A Chung–Lu style graph with power-law degrees, as payment networks have: <paramref name="edges"/>
    /// edges whose sources are drawn with weight (rank)^(−1/1.5) and targets with (rank)^(−1/1.2) over randomly
    /// permuted node ids (out- and in-degree exponents about 2.5 and 2.2, as in <c>gen_graph.py</c>), parallel
    /// edges merged (weights summed) and no self-loops. Heavy tails give the near-ties at the top of a
    /// ranking that a loose convergence rule gets wrong. Weights uniform in [1, 100).
    /// </summary>
    public static CsrGraph PowerLaw(int nodes, int edges, bool directed, int seed)
    {
        var rng = new Random(seed);
        var outCumulative = Cumulative(nodes, 1 / 1.5, rng);
        var inCumulative = Cumulative(nodes, 1 / 1.2, rng);
        var builder = new CsrGraphBuilder(nodes, directed, weighted: true, edges);
        for (var added = 0; added < edges;)
        {
            var s = Draw(outCumulative, rng);
            var t = Draw(inCumulative, rng);
            if (s == t)
            {
                continue;
            }

            builder.AddEdge(s, t, 1 + rng.NextDouble() * 99);
            added++;
        }

        return builder.Build(ParallelEdges.Sum);
    }

    private static double[] Cumulative(int nodes, double exponent, Random rng)
    {
        var order = Enumerable.Range(0, nodes).ToArray();
        rng.Shuffle(order);
        var weight = new double[nodes];
        for (var rank = 0; rank < nodes; rank++)
        {
            weight[order[rank]] = Math.Pow(rank + 1, -exponent);
        }

        var cumulative = new double[nodes];
        double total = 0;
        for (var v = 0; v < nodes; v++)
        {
            total += weight[v];
            cumulative[v] = total;
        }

        return cumulative;
    }

    private static int Draw(double[] cumulative, Random rng)
    {
        var i = Array.BinarySearch(cumulative, rng.NextDouble() * cumulative[^1]);
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }
}
