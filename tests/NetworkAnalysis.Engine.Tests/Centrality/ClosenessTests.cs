using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Engine.Paths;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Centrality;

[TestFixture]
public class ClosenessTests
{
    [Test]
    public void Compute_DiamondWithTail_MatchesNetworkX()
    {
        // NetworkX closeness_centrality (incoming distances): wf {a: 0, b: .25, c: .25, d: .5625, e: .5}; no wf {0, 1, 1, .75, .5}
        var g = GraphText.Parse("a->b a->c b->d c->d d->e").Graph;
        Closeness.Compute(g).Should().Equal(0.0, 0.25, 0.25, 0.5625, 0.5);
        Closeness.Compute(g, new() { WassermanFaust = false }).Should().Equal(0.0, 1.0, 1.0, 0.75, 0.5);
    }

    [Test]
    public void Compute_OutgoingDirection_UsesDistancesFromTheNode()
    {
        // From a: b 1, c 1, d 2, e 3 -> 4/7; WF factor 4/4.
        var g = GraphText.Parse("a->b a->c b->d c->d d->e").Graph;
        Closeness.Compute(g, new() { Direction = Direction.Out })[0].Should().Be(4.0 / 7);
        Closeness.Compute(g, new() { Direction = Direction.Out })[4].Should().Be(0.0);
    }

    [Test]
    public void Compute_AllDirection_EqualsUndirectedGraph()
    {
        var g = RandomGraphs.Uniform(60, 150, directed: true, weighted: true, seed: 3);
        Closeness.Compute(g, new() { Direction = Direction.All })
            .Should().Equal(Closeness.Compute(g.ToUndirected()));
        Closeness.Compute(g, new() { Direction = Direction.All, Length = EdgeLength.Weight })
            .Should().Equal(Closeness.Compute(g.ToUndirected(ParallelEdges.Min), new() { Length = EdgeLength.Weight }));
    }

    [Test]
    public void Compute_IsolatedNodeAndSingleNode_AreZero()
    {
        Closeness.Compute(GraphText.Parse("a--b c").Graph).Should().Equal(0.5, 0.5, 0.0); // WF: 1/1 * 1/2
        Closeness.Compute(GraphText.Parse("a").Graph).Should().Equal(0.0);
        HarmonicCentrality.Compute(GraphText.Parse("a").Graph).Should().Equal(0.0);
    }

    [Test]
    public void Harmonic_DiamondWithTail_MatchesNetworkX()
    {
        // NetworkX harmonic_centrality: {a: 0, b: 1, c: 1, d: 2.5, e: 2.3333}
        var g = GraphText.Parse("a->b a->c b->d c->d d->e").Graph;
        var h = HarmonicCentrality.Compute(g);
        h[..4].Should().Equal(0.0, 1.0, 1.0, 2.5);
        h[4].Should().BeApproximately(1 + 0.5 + 0.5 + 1.0 / 3, 1e-15);
        HarmonicCentrality.Compute(g, new() { Normalized = true })[3].Should().Be(2.5 / 4);
    }

    [TestCase(true, EdgeLength.Unit, Direction.In)]
    [TestCase(true, EdgeLength.Unit, Direction.Out)]
    [TestCase(true, EdgeLength.Unit, Direction.All)]
    [TestCase(false, EdgeLength.Unit, Direction.In)]
    [TestCase(true, EdgeLength.Weight, Direction.In)]
    [TestCase(true, EdgeLength.Weight, Direction.Out)]
    [TestCase(false, EdgeLength.Weight, Direction.In)]
    [TestCase(true, EdgeLength.InverseWeight, Direction.In)]
    public void Compute_RandomGraphs_MatchFloydWarshall(bool directed, EdgeLength length, Direction direction)
    {
        for (var seed = 1; seed <= 5; seed++)
        {
            // 300 nodes: more than one 256-source batch of the bit-parallel search.
            var n = seed == 1 ? 300 : 30;
            var g = RandomGraphs.Uniform(n, n * 2, directed, weighted: true, seed);
            var oracle = new PathOracle(g, length, direction);
            var closeness = Closeness.Compute(g, new() { Length = length, Direction = direction });
            var plain = Closeness.Compute(g, new() { Length = length, Direction = direction, WassermanFaust = false });
            var harmonic = HarmonicCentrality.Compute(g, new() { Length = length, Direction = direction });
            for (var u = 0; u < n; u++)
            {
                double sum = 0, inverse = 0;
                var reached = 0;
                for (var v = 0; v < n; v++)
                {
                    var d = oracle.Dist[u, v];
                    if (v != u && !double.IsPositiveInfinity(d))
                    {
                        sum += d;
                        inverse += 1 / d;
                        reached++;
                    }
                }

                var expectedPlain = sum > 0 ? reached / sum : 0;
                plain[u].Should().BeApproximately(expectedPlain, 1e-12, $"seed {seed} node {u}");
                closeness[u].Should().BeApproximately(expectedPlain * reached / (n - 1), 1e-12, $"seed {seed} node {u}");
                harmonic[u].Should().BeApproximately(inverse, 1e-9, $"seed {seed} node {u}");
            }
        }
    }

    [TestCase(EdgeLength.Unit)]
    [TestCase(EdgeLength.Weight)]
    public void Compute_ParallelEqualsSequential_BitForBit(EdgeLength length)
    {
        var g = RandomGraphs.Uniform(700, 2800, directed: true, weighted: true, seed: 9);
        var one = Closeness.Compute(g, new() { Length = length, MaxDegreeOfParallelism = 1 });
        var two = Closeness.Compute(g, new() { Length = length, MaxDegreeOfParallelism = 2 });
        BetweennessTests.Bits(two).Should().Equal(BetweennessTests.Bits(one));
        var h1 = HarmonicCentrality.Compute(g, new() { Length = length, MaxDegreeOfParallelism = 1 });
        var h2 = HarmonicCentrality.Compute(g, new() { Length = length, MaxDegreeOfParallelism = 2 });
        BetweennessTests.Bits(h2).Should().Equal(BetweennessTests.Bits(h1));
    }
}
