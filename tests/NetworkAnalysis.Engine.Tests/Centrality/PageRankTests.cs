using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Centrality;

[TestFixture]
public class PageRankTests
{
    private static readonly PageRankOptions Tight = new() { Tolerance = 1e-15, MaxIterations = 10_000 };

    [Test]
    public void Compute_TwoCycle_IsUniform()
    {
        PageRank.Compute(GraphText.Parse("a->b b->a").Graph).Should().Equal(0.5, 0.5);
    }

    [Test]
    public void Compute_DanglingNode_SpreadsItsRankUniformly()
    {
        // x_a = (1-α)/2 + α x_b / 2 and x_a + x_b = 1  =>  x_a = 0.5 / 1.425.
        var ranks = PageRank.Compute(GraphText.Parse("a->b").Graph, Tight);
        ranks[0].Should().BeApproximately(0.5 / 1.425, 1e-12);
        ranks[1].Should().BeApproximately(1 - 0.5 / 1.425, 1e-12);
    }

    [Test]
    public void Compute_FixedIterations_FollowsTheLdbcRecurrence()
    {
        var g = GraphText.Parse("a->b a->c b->c d").Graph;
        PageRank.Compute(g, new() { Iterations = 0 }).Should().Equal(0.25, 0.25, 0.25, 0.25);

        // One step from 1/4 each: sinks c and d hold 1/2, so every node gets 0.15/4 + 0.85 * 0.5 / 4 plus its in-flow.
        var baseline = 0.15 / 4 + 0.85 * 0.5 / 4;
        var one = PageRank.Compute(g, new() { Iterations = 1 });
        one[0].Should().BeApproximately(baseline, 1e-15);
        one[1].Should().BeApproximately(baseline + 0.85 * 0.125, 1e-15);
        one[2].Should().BeApproximately(baseline + 0.85 * (0.125 + 0.25), 1e-15);
        one[3].Should().BeApproximately(baseline, 1e-15);
    }

    [TestCase(true, true, PageRankDangling.Teleport)]
    [TestCase(true, false, PageRankDangling.Teleport)]
    [TestCase(false, true, PageRankDangling.Teleport)]
    [TestCase(true, true, PageRankDangling.Uniform)]
    [TestCase(false, false, PageRankDangling.Uniform)]
    public void Compute_RandomGraphs_MatchNetworkXPythonAlgorithm(bool directed, bool personalised, PageRankDangling dangling)
    {
        for (var seed = 1; seed <= 4; seed++)
        {
            var g = RandomGraphs.Uniform(40, 70, directed, weighted: true, seed);
            var rng = new Random(seed);
            var p = personalised ? Enumerable.Range(0, 40).Select(_ => rng.NextDouble() < 0.3 ? rng.NextDouble() : 0).ToArray() : null;
            if (p is not null)
            {
                p[0] += 0.5;
            }

            foreach (var weighted in new[] { false, true })
            {
                var expected = NetworkXPageRank(g, 0.85, weighted, p, dangling == PageRankDangling.Teleport);
                var actual = PageRank.Compute(g, Tight with { Weighted = weighted, Personalization = p, Dangling = dangling });
                for (var v = 0; v < 40; v++)
                {
                    actual[v].Should().BeApproximately(expected[v], 1e-12, $"seed {seed} weighted {weighted} node {v}");
                }

                actual.Sum().Should().BeApproximately(1.0, 1e-12);
            }
        }
    }

    [Test]
    public void Compute_SourceSet_EqualsUniformPersonalisationOverTheSet()
    {
        var g = RandomGraphs.Uniform(30, 80, true, false, 4);
        var p = new double[30];
        p[3] = p[7] = p[11] = 5;
        var bySet = PageRank.Compute(g, Tight with { Sources = [3, 7, 11, 7] });
        var byVector = PageRank.Compute(g, Tight with { Personalization = p });
        bySet.Should().Equal(byVector);
    }

    [Test]
    public void Compute_SelfLoopAndParallelEdges_CountAsArcs()
    {
        // NetworkX reads an undirected self-loop as one arc and keeps parallel arcs: b has three arcs (to a, a
        // and b), so a receives two thirds of b's flow.
        var multi = GraphText.Parse("a--b a--b b--b").Graph;
        var ranks = PageRank.Compute(multi, Tight with { Weighted = false });
        var expected = NetworkXPageRank(multi, 0.85, weighted: false, personalization: null, danglingToTeleport: true);
        ranks[0].Should().BeApproximately(expected[0], 1e-12);
        ranks[1].Should().BeApproximately(expected[1], 1e-12);
    }

    [Test]
    public void Compute_TooFewIterations_ThrowsNotConverged()
    {
        var g = RandomGraphs.Uniform(50, 200, true, false, 1);
        FluentActions.Invoking(() => PageRank.Compute(g, new() { MaxIterations = 3, Tolerance = 1e-12 }))
            .Should().Throw<NotConvergedException>().Which.Iterations.Should().Be(3);
    }

    [Test]
    public void Compute_InvalidOptions_Throw()
    {
        var g = GraphText.Parse("a->b:1 b->a:-2").Graph;
        FluentActions.Invoking(() => PageRank.Compute(g)).Should().Throw<ArgumentException>();
        var ok = GraphText.Parse("a->b b->a").Graph;
        FluentActions.Invoking(() => PageRank.Compute(ok, new() { Sources = [0], Personalization = [1, 0] })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => PageRank.Compute(ok, new() { Personalization = [1] })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => PageRank.Compute(ok, new() { Personalization = [0, 0] })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => PageRank.Compute(ok, new() { Sources = [5] })).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PageRank.Compute(ok, new() { Damping = 1.5 })).Should().Throw<ArgumentOutOfRangeException>();
        PageRank.Compute(new CsrGraphBuilder(0).Build()).Should().BeEmpty();
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Compute_ParallelEqualsSequential_BitForBit(bool weighted)
    {
        var g = RandomGraphs.Uniform(60_000, 240_000, true, weighted: true, seed: 5);
        var one = PageRank.Compute(g, new() { Weighted = weighted, MaxDegreeOfParallelism = 1 });
        var two = PageRank.Compute(g, new() { Weighted = weighted, MaxDegreeOfParallelism = 2 });
        var four = PageRank.Compute(g, new() { Weighted = weighted, MaxDegreeOfParallelism = 4 });
        BetweennessTests.Bits(two).Should().Equal(BetweennessTests.Bits(one));
        BetweennessTests.Bits(four).Should().Equal(BetweennessTests.Bits(one));
    }

    /// <summary>NetworkX 3.6's <c>_pagerank_python</c>, transcribed: push along out-arcs of the stochastic graph.</summary>
    internal static double[] NetworkXPageRank(CsrGraph g, double alpha, bool weighted, double[]? personalization, bool danglingToTeleport)
    {
        var n = g.NodeCount;
        var arcs = new List<(int U, int V, double W)>();
        for (var e = 0; e < g.EdgeCount; e++)
        {
            int u = g.EdgeSource(e), v = g.EdgeTarget(e);
            var w = weighted ? g.EdgeWeight(e) : 1.0;
            arcs.Add((u, v, w));
            if (!g.IsDirected && u != v)
            {
                arcs.Add((v, u, w));
            }
        }

        var outW = new double[n];
        foreach (var (u, _, w) in arcs)
        {
            outW[u] += w;
        }

        var p = personalization is null ? Enumerable.Repeat(1.0 / n, n).ToArray() : personalization.Select(x => x / personalization.Sum()).ToArray();
        var d = danglingToTeleport ? p : Enumerable.Repeat(1.0 / n, n).ToArray();
        var x = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (var it = 0; it < 100_000; it++)
        {
            var last = x;
            x = new double[n];
            var danglesum = alpha * Enumerable.Range(0, n).Where(u => outW[u] == 0).Sum(u => last[u]);
            foreach (var (u, v, w) in arcs)
            {
                x[v] += alpha * last[u] * w / outW[u];
            }

            for (var v = 0; v < n; v++)
            {
                x[v] += danglesum * d[v] + (1 - alpha) * p[v];
            }

            if (Enumerable.Range(0, n).Sum(v => Math.Abs(x[v] - last[v])) < n * 1e-15)
            {
                return x;
            }
        }

        throw new InvalidOperationException("oracle did not converge");
    }
}
