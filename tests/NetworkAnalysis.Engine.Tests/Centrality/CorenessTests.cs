using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Centrality;

[TestFixture]
public class CorenessTests
{
    [Test]
    public void Compute_TriangleWithPendantAndIsolate_IsTwoOneZero()
    {
        var g = GraphText.Parse("a--b b--c c--a c--d e");
        g.ByName(Coreness.Compute(g.Graph)).Should().Equal(new Dictionary<string, int> { ["a"] = 2, ["b"] = 2, ["c"] = 2, ["d"] = 1, ["e"] = 0 });
    }

    [Test]
    public void Compute_SelfLoopsIgnored_ParallelEdgesCount()
    {
        Coreness.Compute(GraphText.Parse("a--a a--b").Graph).Should().Equal(1, 1);
        Coreness.Compute(GraphText.Parse("a--b a--b").Graph).Should().Equal(2, 2);
    }

    [TestCase(false, Direction.All)]
    [TestCase(true, Direction.All)]
    [TestCase(true, Direction.In)]
    [TestCase(true, Direction.Out)]
    public void Compute_RandomGraphs_MatchBruteForcePeeling(bool directed, Direction direction)
    {
        for (var seed = 1; seed <= 8; seed++)
        {
            var g = RandomGraphs.Uniform(60, 60 + 30 * seed, directed, weighted: false, seed);
            Coreness.Compute(g, new() { Direction = direction }).Should().Equal(BruteForce(g, direction), $"seed {seed}");
        }
    }

    [Test]
    public void Compute_LargeRandomGraph_MatchesBruteForce()
    {
        var g = RandomGraphs.Uniform(3000, 15_000, directed: false, weighted: false, seed: 12);
        Coreness.Compute(g).Should().Equal(BruteForce(g, Direction.All));
    }

    /// <summary>For k = 1, 2, ...: delete nodes whose degree within the remaining graph is below k until none is; survivors have coreness ≥ k.</summary>
    private static int[] BruteForce(CsrGraph g, Direction direction)
    {
        var n = g.NodeCount;
        var core = new int[n];
        for (var k = 1; ; k++)
        {
            var alive = Enumerable.Range(0, n).Select(v => core[v] >= k - 1).ToArray();
            bool changed;
            do
            {
                changed = false;
                var degree = new int[n];
                for (var e = 0; e < g.EdgeCount; e++)
                {
                    int u = g.EdgeSource(e), v = g.EdgeTarget(e);
                    if (u == v || !alive[u] || !alive[v])
                    {
                        continue;
                    }

                    if (!g.IsDirected || direction != Direction.In)
                    {
                        degree[u]++;
                    }

                    if (!g.IsDirected || direction != Direction.Out)
                    {
                        degree[v]++;
                    }
                }

                for (var v = 0; v < n; v++)
                {
                    if (alive[v] && degree[v] < k)
                    {
                        alive[v] = false;
                        changed = true;
                    }
                }
            }
            while (changed);

            if (!alive.Any(a => a))
            {
                return core;
            }

            for (var v = 0; v < n; v++)
            {
                if (alive[v])
                {
                    core[v] = k;
                }
            }
        }
    }
}
