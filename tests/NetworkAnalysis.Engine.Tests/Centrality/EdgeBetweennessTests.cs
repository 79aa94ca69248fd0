using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Engine.Paths;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Centrality;

[TestFixture]
public class EdgeBetweennessTests
{
    [Test]
    public void Compute_UndirectedPath_MatchesNetworkXDocExample()
    {
        // NetworkX docs, path_graph(3): raw {(0,1): 2, (1,2): 2}, normalised 2/3 each.
        var g = GraphText.Parse("a--b b--c").Graph;
        EdgeBetweenness.Compute(g, new() { Normalized = false }).Should().Equal(2.0, 2.0);
        EdgeBetweenness.Compute(g).Should().Equal(4.0 / 6, 4.0 / 6);
    }

    [Test]
    public void Compute_DirectedPath_MatchesNetworkXDocExample()
    {
        var g = GraphText.Parse("a->b b->c").Graph;
        EdgeBetweenness.Compute(g, new() { Normalized = false }).Should().Equal(2.0, 2.0);
        EdgeBetweenness.Compute(g).Should().Equal(2.0 / 6, 2.0 / 6);
    }

    [Test]
    public void Compute_DiamondWithTail_MatchesNetworkX()
    {
        // NetworkX: {(a,b): 2, (a,c): 2, (b,d): 3, (c,d): 3, (d,e): 4}
        var g = GraphText.Parse("a->b a->c b->d c->d d->e").Graph;
        EdgeBetweenness.Compute(g, new() { Normalized = false }).Should().Equal(2.0, 2.0, 3.0, 3.0, 4.0);
    }

    [Test]
    public void Compute_ParallelEdges_ShareTheirPairsValue()
    {
        // a->b twice (ids 0, 1) and b->c (id 2): the pair a-b carries 2 paths (a->b, a->c), split in halves.
        var g = GraphText.Parse("a->b a->b b->c b->b").Graph;
        EdgeBetweenness.Compute(g, new() { Normalized = false }).Should().Equal(1.0, 1.0, 2.0, 0.0);
    }

    [Test]
    public void Compute_ParallelEdgesWithLengths_OnlyShortestShares()
    {
        var g = GraphText.Parse("a->b:1 a->b:3 b->c:1").Graph;
        EdgeBetweenness.Compute(g, new() { Normalized = false, Length = EdgeLength.Weight }).Should().Equal(2.0, 0.0, 2.0);
        EdgeBetweenness.Compute(g, new() { Normalized = false, Length = EdgeLength.InverseWeight }).Should().Equal(0.0, 2.0, 2.0);
    }

    [TestCase(true, EdgeLength.Unit)]
    [TestCase(false, EdgeLength.Unit)]
    [TestCase(true, EdgeLength.Weight)]
    [TestCase(false, EdgeLength.Weight)]
    public void Compute_RandomGraphs_MatchNaiveOracle(bool directed, EdgeLength length)
    {
        for (var seed = 1; seed <= 4; seed++)
        {
            var g = RandomGraphs.Uniform(18, 50, directed, weighted: true, seed);
            var oracle = new PathOracle(g, length);
            var pairs = oracle.PairEdgeBetweenness();
            var raw = EdgeBetweenness.Compute(g, new() { Normalized = false, Length = length });
            var norm = EdgeBetweenness.Compute(g, new() { Length = length });
            var n = g.NodeCount;

            // Expected per edge: its node pair's value (both directions when undirected), shared by the
            // parallel edges of minimum length.
            for (var e = 0; e < g.EdgeCount; e++)
            {
                int u = g.EdgeSource(e), x = g.EdgeTarget(e);
                double expected = 0;
                if (u != x)
                {
                    var len = length == EdgeLength.Unit ? 1.0 : g.EdgeWeight(e);
                    if (len == oracle.Edge[u, x])
                    {
                        expected += pairs[u, x] / Parallel(g, u, x, len, length, directed);
                    }

                    if (!directed && len == oracle.Edge[x, u])
                    {
                        expected += pairs[x, u] / Parallel(g, u, x, len, length, directed);
                    }
                }

                var halve = directed ? 1.0 : 0.5;
                raw[e].Should().BeApproximately(expected * halve, 1e-9 * (1 + expected), $"seed {seed} edge {e}");
                norm[e].Should().BeApproximately(expected / (n * (n - 1.0)), 1e-12, $"seed {seed} edge {e}");
            }
        }
    }

    [Test]
    public void Compute_SampleOfAllNodes_EqualsExact()
    {
        var g = RandomGraphs.Uniform(30, 100, true, weighted: false, seed: 2);
        var exact = EdgeBetweenness.Compute(g);
        var sampled = EdgeBetweenness.Compute(g, new() { SampleSize = g.NodeCount });
        BetweennessTests.Bits(sampled).Should().Equal(BetweennessTests.Bits(exact));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Compute_ParallelEqualsSequential_BitForBit(bool directed)
    {
        var g = RandomGraphs.Uniform(500, 2000, directed, weighted: false, seed: 4);
        var one = EdgeBetweenness.Compute(g, new() { MaxDegreeOfParallelism = 1 });
        var two = EdgeBetweenness.Compute(g, new() { MaxDegreeOfParallelism = 2 });
        BetweennessTests.Bits(two).Should().Equal(BetweennessTests.Bits(one));
    }

    private static int Parallel(CsrGraph g, int u, int x, double len, EdgeLength length, bool directed)
    {
        var count = 0;
        for (var e = 0; e < g.EdgeCount; e++)
        {
            int a = g.EdgeSource(e), b = g.EdgeTarget(e);
            var same = (a == u && b == x) || (!directed && a == x && b == u);
            if (same && (length == EdgeLength.Unit ? 1.0 : g.EdgeWeight(e)) == len)
            {
                count++;
            }
        }

        return count;
    }
}
