using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Engine.Paths;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Centrality;

[TestFixture]
public class SubsetBetweennessTests
{
    [Test]
    public void Compute_CycleWithTail_MatchesNetworkX()
    {
        // NetworkX betweenness_centrality_subset(G, [a, e], [c, e]): {a: 0, b: 0.25, c: 0, d: 1.25, e: 0}
        var g = GraphText.Parse("a--b b--c c--d a--d d--e");
        var result = SubsetBetweenness.Compute(g.Graph, new() { Sources = [g["a"], g["e"]], Targets = [g["c"], g["e"]] });
        g.ByName(result).Should().Equal(new Dictionary<string, double> { ["a"] = 0, ["b"] = 0.25, ["c"] = 0, ["d"] = 1.25, ["e"] = 0 });
    }

    [Test]
    public void Compute_AllSourcesAndTargets_EqualsPlainBetweenness()
    {
        var g = RandomGraphs.Uniform(40, 120, directed: true, weighted: false, seed: 8);
        var all = Enumerable.Range(0, g.NodeCount).ToArray();
        var subset = SubsetBetweenness.Compute(g, new() { Sources = all, Targets = all });
        var plain = Betweenness.Compute(g, new() { Normalized = false });
        subset.Should().BeEquivalentTo(plain, o => o.Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-9)).WhenTypeIs<double>());
    }

    [TestCase(true, EdgeLength.Unit)]
    [TestCase(false, EdgeLength.Unit)]
    [TestCase(true, EdgeLength.Weight)]
    [TestCase(false, EdgeLength.Weight)]
    public void Compute_RandomGraphs_MatchNaiveOracle(bool directed, EdgeLength length)
    {
        for (var seed = 1; seed <= 5; seed++)
        {
            var g = RandomGraphs.Uniform(25, 70, directed, weighted: true, seed);
            var rng = new Random(seed);
            var sources = Enumerable.Range(0, g.NodeCount).Where(_ => rng.NextDouble() < 0.3).ToArray();
            var targets = Enumerable.Range(0, g.NodeCount).Where(_ => rng.NextDouble() < 0.3).ToArray();
            var expected = new PathOracle(g, length).PairBetweenness(sources, targets);
            var n = g.NodeCount;
            var raw = SubsetBetweenness.Compute(g, new() { Sources = sources, Targets = targets, Length = length });
            var norm = SubsetBetweenness.Compute(g, new() { Sources = sources, Targets = targets, Length = length, Normalized = true });
            for (var v = 0; v < n; v++)
            {
                raw[v].Should().BeApproximately(expected[v] * (directed ? 1 : 0.5), 1e-9 * (1 + expected[v]));
                norm[v].Should().BeApproximately(expected[v] / ((n - 1.0) * (n - 2.0)), 1e-12);
            }
        }
    }

    [Test]
    public void Compute_ParallelEqualsSequential_BitForBit()
    {
        var g = RandomGraphs.Uniform(500, 2000, true, weighted: false, seed: 6);
        var sources = Enumerable.Range(0, 250).ToArray();
        var targets = Enumerable.Range(100, 300).ToArray();
        var one = SubsetBetweenness.Compute(g, new() { Sources = sources, Targets = targets, MaxDegreeOfParallelism = 1 });
        var two = SubsetBetweenness.Compute(g, new() { Sources = sources, Targets = targets, MaxDegreeOfParallelism = 2 });
        BetweennessTests.Bits(two).Should().Equal(BetweennessTests.Bits(one));
    }

    [Test]
    public void Compute_NodeOutOfRange_Throws()
    {
        var g = GraphText.Parse("a->b").Graph;
        FluentActions.Invoking(() => SubsetBetweenness.Compute(g, new() { Sources = [5], Targets = [0] }))
            .Should().Throw<ArgumentOutOfRangeException>();
    }
}
