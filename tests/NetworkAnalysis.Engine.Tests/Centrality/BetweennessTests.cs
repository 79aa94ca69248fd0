using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Engine.Paths;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Centrality;

[TestFixture]
public class BetweennessTests
{
    private static readonly BetweennessOptions Raw = new() { Normalized = false };

    [Test]
    public void Compute_UndirectedPath_MiddleNodeCarriesTheOnlyPair()
    {
        var g = GraphText.Parse("a--b b--c");
        g.ByName(Betweenness.Compute(g.Graph, Raw)).Should().Equal(new Dictionary<string, double> { ["a"] = 0, ["b"] = 1, ["c"] = 0 });
        Betweenness.Compute(g.Graph)[g["b"]].Should().Be(1.0); // divided by (n-1)(n-2)/2 = 1
    }

    [Test]
    public void Compute_DirectedPath_NormalisesByOrderedPairs()
    {
        var g = GraphText.Parse("a->b b->c");
        Betweenness.Compute(g.Graph, Raw)[g["b"]].Should().Be(1.0);
        Betweenness.Compute(g.Graph)[g["b"]].Should().Be(0.5); // 1 / ((n-1)(n-2)) = 1/2
    }

    [Test]
    public void Compute_Star_CentreLiesOnEveryPairOfLeaves()
    {
        var g = GraphText.Parse("c--a c--b c--d c--e");
        Betweenness.Compute(g.Graph, Raw)[g["c"]].Should().Be(6.0); // C(4, 2) leaf pairs
    }

    [Test]
    public void Compute_DiamondWithTail_SplitsEqualPaths()
    {
        // NetworkX: {'a': 0, 'b': 1, 'c': 1, 'd': 3, 'e': 0}
        var g = GraphText.Parse("a->b a->c b->d c->d d->e");
        g.ByName(Betweenness.Compute(g.Graph, Raw)).Should().Equal(new Dictionary<string, double>
        {
            ["a"] = 0, ["b"] = 1, ["c"] = 1, ["d"] = 3, ["e"] = 0,
        });
    }

    [TestCase(3.0, 1.0)] // the detour a->b->c (length 2) beats a->c (3)
    [TestCase(2.0, 0.5)] // tie: half the a-c paths use b
    [TestCase(1.5, 0.0)]
    public void Compute_WeightAsLength_ChoosesShorterRoute(double direct, double expected)
    {
        var g = GraphText.Parse($"a->b:1 b->c:1 a->c:{direct}");
        Betweenness.Compute(g.Graph, Raw with { Length = EdgeLength.Weight })[g["b"]].Should().Be(expected);
        Betweenness.Compute(g.Graph, Raw)[g["b"]].Should().Be(0, "unit lengths ignore weights");
    }

    [Test]
    public void Compute_InverseWeight_StrongTieIsShort()
    {
        // The two-hop route has strong ties (weights 4 and 4: length 1/4 + 1/4) and beats the weak direct tie (length 1).
        var g = GraphText.Parse("a->b:4 b->c:4 a->c:1");
        Betweenness.Compute(g.Graph, Raw with { Length = EdgeLength.InverseWeight })[g["b"]].Should().Be(1.0);
        Betweenness.Compute(g.Graph, Raw with { Length = EdgeLength.Weight })[g["b"]].Should().Be(0.0);
    }

    [Test]
    public void Compute_InverseWeightZeroWeight_EdgeIsAbsent()
    {
        var g = GraphText.Parse("a->b:1 b->c:1 a->c:0");
        Betweenness.Compute(g.Graph, Raw with { Length = EdgeLength.InverseWeight })[g["b"]].Should().Be(1.0);
    }

    [Test]
    public void Compute_ParallelEdgesAndSelfLoops_DoNotChangePathCounts()
    {
        var multi = GraphText.Parse("a->b a->b b->b b->c a->d d->c");
        var simple = GraphText.Parse("a->b b->c a->d d->c");
        Betweenness.Compute(multi.Graph, Raw).Should().Equal(Betweenness.Compute(simple.Graph, Raw));
        Betweenness.Compute(multi.Graph, Raw)[multi["b"]].Should().Be(0.5);
    }

    [Test]
    public void Compute_Endpoints_MatchesNetworkX()
    {
        // NetworkX path_graph(3), endpoints=True: raw {a: 2, b: 3, c: 2}, normalised {2/3, 1, 2/3}.
        var g = GraphText.Parse("a--b b--c");
        Betweenness.Compute(g.Graph, Raw with { Endpoints = true }).Should().Equal(2.0, 3.0, 2.0);
        Betweenness.Compute(g.Graph, new() { Endpoints = true }).Should().BeEquivalentTo(
            new[] { 2.0 / 3, 1.0, 2.0 / 3 }, o => o.Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-15)).WhenTypeIs<double>());
    }

    [Test]
    public void Compute_IsolatedNodesAndTinyGraphs_AreZero()
    {
        Betweenness.Compute(GraphText.Parse("a b c").Graph).Should().Equal(0.0, 0.0, 0.0);
        Betweenness.Compute(GraphText.Parse("a--b").Graph).Should().Equal(0.0, 0.0);
        Betweenness.Compute(new CsrGraphBuilder(0).Build()).Should().BeEmpty();
    }

    [TestCase(true, EdgeLength.Unit)]
    [TestCase(true, EdgeLength.Weight)]
    [TestCase(false, EdgeLength.Unit)]
    [TestCase(false, EdgeLength.Weight)]
    public void Compute_RandomGraphs_MatchNaiveOracle(bool directed, EdgeLength length)
    {
        for (var seed = 1; seed <= 6; seed++)
        {
            var g = RandomGraphs.Uniform(24, 60 + 10 * seed, directed, weighted: true, seed);
            var oracle = new PathOracle(g, length);
            var pairs = oracle.PairBetweenness();
            var n = g.NodeCount;
            var raw = Betweenness.Compute(g, Raw with { Length = length });
            var norm = Betweenness.Compute(g, new() { Length = length });
            var ends = Betweenness.Compute(g, Raw with { Length = length, Endpoints = true });
            var halve = directed ? 1.0 : 0.5;
            var oracleEnds = oracle.PairBetweenness(endpoints: true);
            for (var v = 0; v < n; v++)
            {
                raw[v].Should().BeApproximately(pairs[v] * halve, 1e-9 * (1 + pairs[v]), $"seed {seed} node {v}");
                norm[v].Should().BeApproximately(pairs[v] / ((n - 1.0) * (n - 2.0)), 1e-12, $"seed {seed} node {v}");
                ends[v].Should().BeApproximately(oracleEnds[v] * halve, 1e-9 * (1 + oracleEnds[v]), $"seed {seed} node {v}");
            }
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Compute_ManyOutDegreeOneNodesAndChains_MatchesOracle(bool directed)
    {
        // Leaves and chains: exact betweenness folds the search of an out-degree-1 node into its neighbour's.
        var sep = directed ? "->" : "--";
        var text = string.Join(' ', new[] { "a", "b", "c", "d" }.Select(x => $"hub{sep}{x} {x}{sep}hub") )
            + $" l1{sep}hub l2{sep}hub c1{sep}c2 c2{sep}c3 c3{sep}hub a{sep}b x{sep}a y{sep}x";
        var g = GraphText.Parse(text).Graph;
        var pairs = new PathOracle(g, EdgeLength.Unit).PairBetweenness();
        var raw = Betweenness.Compute(g, Raw);
        for (var v = 0; v < g.NodeCount; v++)
        {
            raw[v].Should().BeApproximately(pairs[v] * (directed ? 1 : 0.5), 1e-12, $"node {v}");
        }
    }

    [TestCase(true, false)]
    [TestCase(false, false)]
    [TestCase(true, true)]
    [TestCase(false, true)]
    public void Compute_SampleOfAllNodes_EqualsExactBitForBit(bool directed, bool normalized)
    {
        var g = RandomGraphs.Uniform(40, 150, directed, weighted: false, seed: 3);
        var exact = Betweenness.Compute(g, new() { Normalized = normalized });
        var sampled = Betweenness.Compute(g, new() { Normalized = normalized, SampleSize = g.NodeCount, Seed = 99 });
        Bits(sampled).Should().Equal(Bits(exact));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Compute_Sample_EqualsOracleSumOverSampledSourcesWithNetworkXScaling(bool directed)
    {
        var g = RandomGraphs.Uniform(30, 90, directed, weighted: false, seed: 5);
        var n = g.NodeCount;
        const int k = 7;
        var sources = SourceSample.Draw(n, k, 42);
        sources.Should().OnlyHaveUniqueItems().And.BeInAscendingOrder();
        var oracle = new PathOracle(g, EdgeLength.Unit).PairBetweenness(sources);
        var raw = Betweenness.Compute(g, new() { Normalized = false, SampleSize = k, Seed = 42 });
        var norm = Betweenness.Compute(g, new() { SampleSize = k, Seed = 42 });
        double c = directed ? 1 : 2;
        for (var v = 0; v < n; v++)
        {
            var isSource = sources.Contains(v);
            var kk = isSource ? k - 1 : k; // NetworkX 3.6: sampled nodes cannot count themselves
            raw[v].Should().BeApproximately(oracle[v] * (n - 1) / (kk * c), 1e-9 * (1 + oracle[v]));
            norm[v].Should().BeApproximately(oracle[v] / (kk * (n - 2.0)), 1e-12);
        }
    }

    [Test]
    public void Compute_SameSeed_SameSample_DifferentSeed_DifferentSample()
    {
        SourceSample.Draw(1000, 10, 1).Should().Equal(SourceSample.Draw(1000, 10, 1));
        SourceSample.Draw(1000, 10, 1).Should().NotEqual(SourceSample.Draw(1000, 10, 2));
    }

    [TestCase(true, EdgeLength.Unit)]
    [TestCase(false, EdgeLength.Unit)]
    [TestCase(true, EdgeLength.Weight)]
    [TestCase(false, EdgeLength.InverseWeight)]
    public void Compute_ParallelEqualsSequential_BitForBit(bool directed, EdgeLength length)
    {
        var g = RandomGraphs.Uniform(600, 2400, directed, weighted: true, seed: 11);
        var one = Betweenness.Compute(g, new() { Length = length, MaxDegreeOfParallelism = 1 });
        var two = Betweenness.Compute(g, new() { Length = length, MaxDegreeOfParallelism = 2 });
        var three = Betweenness.Compute(g, new() { Length = length, MaxDegreeOfParallelism = 3 });
        Bits(two).Should().Equal(Bits(one));
        Bits(three).Should().Equal(Bits(one));
        one.Should().Contain(x => x > 0);
    }

    [Test]
    public void Compute_InvalidInput_Throws()
    {
        var g = GraphText.Parse("a->b:1 b->c:-1");
        FluentActions.Invoking(() => Betweenness.Compute(g.Graph, new() { Length = EdgeLength.Weight })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Betweenness.Compute(g.Graph, new() { Length = EdgeLength.InverseWeight })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Betweenness.Compute(GraphText.Parse("a->b:0").Graph, new() { Length = EdgeLength.Weight })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Betweenness.Compute(g.Graph, new() { SampleSize = 4 })).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Betweenness.Compute(g.Graph, new() { SampleSize = 0 })).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Compute_CancelledToken_Throws()
    {
        var g = RandomGraphs.Uniform(600, 2400, true, false, 1);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        FluentActions.Invoking(() => Betweenness.Compute(g, null, cts.Token)).Should().Throw<OperationCanceledException>();
        FluentActions.Invoking(() => Betweenness.Compute(g, new() { MaxDegreeOfParallelism = 2 }, cts.Token)).Should().Throw<OperationCanceledException>();
    }

    internal static long[] Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();
}
