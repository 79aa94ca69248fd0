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
}
