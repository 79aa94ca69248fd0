using NetworkAnalysis.Engine.Community;
using NetworkAnalysis.Engine.Tests.Support;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Community;

public class LeidenTests
{
    [Test]
    public void Compute_TwoCliquesJoinedByOneEdge_FindsTheCliques()
    {
        var result = Leiden.Compute(LabelPropagationTests.TwoCliques(5));
        result.Membership.Should().Equal(0, 0, 0, 0, 0, 1, 1, 1, 1, 1);
        result.Modularity.Should().BeApproximately(2 * (10.0 / 21 - 0.25), 1e-15);
    }

    [Test]
    public void Compute_ConstantPotts_DensityThresholdDecides()
    {
        // Two 5-cliques (density 1) joined by one edge. CPM merges a pair when its edges exceed γ·n_a·n_b:
        // γ = 0.5 keeps the cliques (one bridge edge < 0.5·25), γ = 0.01 merges them (1 > 0.25), γ = 1.5 splits all.
        var g = LabelPropagationTests.TwoCliques(5);
        Leiden.Compute(g, new LeidenOptions(LeidenQuality.ConstantPotts, 0.5)).Membership.Should().Equal(0, 0, 0, 0, 0, 1, 1, 1, 1, 1);
        Leiden.Compute(g, new LeidenOptions(LeidenQuality.ConstantPotts, 0.01)).CommunityCount.Should().Be(1);
        Leiden.Compute(g, new LeidenOptions(LeidenQuality.ConstantPotts, 1.5)).CommunityCount.Should().Be(10);
    }

    [Test]
    public void Compute_ConstantPotts_QualityIsInternalWeightMinusPairPenalty()
    {
        var g = LabelPropagationTests.TwoCliques(5);
        var result = Leiden.Compute(g, new LeidenOptions(LeidenQuality.ConstantPotts, 0.5));
        result.Quality.Should().BeApproximately(2 * (10 - 0.5 * 10), 1e-12);
        result.Modularity.Should().Be(Modularity.Compute(g, result.Membership));
    }

    [Test]
    public void Compute_ConstantPottsZeroResolution_OneCommunityPerComponent()
    {
        var g = GraphText.Parse("a--b b--c d--e e--f f--g h");
        Leiden.Compute(g.Graph, new LeidenOptions(LeidenQuality.ConstantPotts, 0)).Membership.Should().Equal(0, 0, 0, 1, 1, 1, 1, 2);
    }

    [Test]
    public void Compute_InvalidOptions_Throw()
    {
        var g = GraphText.Parse("a--b").Graph;
        FluentActions.Invoking(() => Leiden.Compute(g, new LeidenOptions(Resolution: -0.5))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Leiden.Compute(g, new LeidenOptions(Randomness: -1))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Leiden.Compute(g, new LeidenOptions(MaxIterations: 0))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Leiden.Compute(GraphText.Parse("a--b:-1").Graph)).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Compute_NoEdges_Singletons()
    {
        var result = Leiden.Compute(GraphText.Parse("a b c").Graph);
        result.Membership.Should().Equal(0, 1, 2);
        result.Modularity.Should().Be(double.NaN);
    }

    [TestCaseSource(typeof(ReferenceNetwork), nameof(ReferenceNetwork.Names))]
    public void Compute_ReferenceNetwork_AtLeastNetworkXMedianAndConnected(string name)
    {
        var net = ReferenceNetwork.Load(name);
        var undirected = net.Graph.ToUndirected(ParallelEdges.Sum);
        var best = double.NegativeInfinity;
        for (var seed = 0; seed < 10; seed++)
        {
            var result = Leiden.Compute(net.Graph, new LeidenOptions(Seed: seed, Weighted: false));
            Partitions.AllConnected(undirected, result.Membership).Should().BeTrue($"seed {seed}");
            if (seed == 0)
            {
                TestContext.Out.WriteLine($"{name}: Leiden seed 0 Q = {result.Modularity:F5}; NetworkX Louvain median {net.Metric("louvain_networkx_50seeds_unweighted_modularity_median"):F5}");
                result.Modularity.Should().BeGreaterThanOrEqualTo(ReferenceQuality.Floor(net, "median") - 1e-9);
            }

            best = Math.Max(best, result.Modularity);
        }

        best.Should().BeGreaterThanOrEqualTo(ReferenceQuality.Floor(net, "max") - 1e-9, "the best of 10 seeds reaches NetworkX's best of 50");
    }

    [Test]
    public void Compute_Karate_ReachesBestKnownModularityForEverySeedWhenRunUntilStable()
    {
        var net = ReferenceNetwork.Load("karate");
        Leiden.Compute(net.Graph, new LeidenOptions(Weighted: false)).Modularity.Should().BeApproximately(0.41978961209730437, 1e-12);
        for (var seed = 0; seed < 20; seed++)
        {
            Leiden.Compute(net.Graph, new LeidenOptions(Seed: seed, Weighted: false, MaxIterations: -1)).Modularity
                .Should().BeApproximately(0.41978961209730437, 1e-12, $"seed {seed}");
        }
    }

    [Test]
    public void Compute_Caviar_AtLeastNetworkXMedian()
    {
        var net = ReferenceNetwork.Load("caviar-full-directed");
        Leiden.Compute(net.Graph, new LeidenOptions(Weighted: false)).Modularity.Should().BeGreaterThanOrEqualTo(0.4745151695419393);
    }

    [Test]
    public void Compute_UsMafia_ReportsNmiAgainstFamilies()
    {
        var net = ReferenceNetwork.Load("us-mafia-1960");
        var families = ModularityTests.MafiaFamilies(net);
        var result = Leiden.Compute(net.Graph, new LeidenOptions(Weighted: false));
        var nmi = PartitionComparison.NormalizedMutualInformation(families, result.Membership);
        TestContext.Out.WriteLine($"US Mafia 1960: Leiden Q = {result.Modularity:F4} ({result.CommunityCount} communities), NMI vs families = {nmi:F4}, ARI = {PartitionComparison.AdjustedRandIndex(families, result.Membership):F4}");
        nmi.Should().BeGreaterThan(0.5);
    }

    [TestCase(false, false)]
    [TestCase(true, false)]
    [TestCase(false, true)]
    public void Compute_ManySeedsOnRandomGraphs_EveryCommunityConnected(bool weighted, bool cpm)
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var g = RandomGraphs.Uniform(300, 450 + 10 * seed, directed: seed % 2 == 1, weighted, seed);
            var options = new LeidenOptions(cpm ? LeidenQuality.ConstantPotts : LeidenQuality.Modularity, cpm ? 0.05 : 1.0, Seed: seed, Weighted: weighted);
            var result = Leiden.Compute(g, options);
            Partitions.AllConnected(g.ToUndirected(), result.Membership).Should().BeTrue($"seed {seed}");
            Partitions.IsCanonical(result.Membership, result.CommunityCount).Should().BeTrue();
        }
    }

    [TestCase(LeidenQuality.Modularity, 1.0, 21)]
    [TestCase(LeidenQuality.Modularity, 0.5, 22)]
    [TestCase(LeidenQuality.ConstantPotts, 0.02, 23)]
    public void Compute_Converged_NoSingleNodeMoveImproves(LeidenQuality quality, double resolution, int seed)
    {
        // Oracle: recompute the quality naively for every move of one node to a neighbouring or empty community.
        var g = RandomGraphs.Uniform(120, 400, directed: false, weighted: true, seed, ParallelEdges.Sum, selfLoops: false);
        var result = Leiden.Compute(g, new LeidenOptions(quality, resolution, Seed: seed, MaxIterations: -1));
        var m = result.Membership.ToArray();
        var baseline = NaiveQuality(g, m, quality, resolution);
        result.Quality.Should().BeApproximately(baseline, 1e-9);
        for (var v = 0; v < g.NodeCount; v++)
        {
            var original = m[v];
            foreach (var target in g.Neighbors(v).ToArray().Select(u => m[u]).Append(result.CommunityCount).Distinct())
            {
                m[v] = target;
                NaiveQuality(g, m, quality, resolution).Should().BeLessThanOrEqualTo(baseline + 1e-9, $"moving node {v} to {target}");
            }

            m[v] = original;
        }
    }

    [Test]
    public void Compute_IterationsNeverLowerQuality()
    {
        var g = RandomGraphs.Uniform(3000, 12000, directed: false, weighted: true, seed: 17);
        var result = Leiden.Compute(g, new LeidenOptions(MaxIterations: 6));
        var qualities = result.Levels.Select(level => Modularity.Compute(g, level)).ToArray();
        for (var i = 1; i < qualities.Length; i++)
        {
            qualities[i].Should().BeGreaterThanOrEqualTo(qualities[i - 1] - 1e-12);
        }

        result.Levels[^1].Should().Equal(result.Membership);
        result.Iterations.Should().Be(result.Levels.Count);
    }

    [Test]
    public void Compute_SameSeed_SameResult()
    {
        var g = RandomGraphs.Uniform(2000, 8000, directed: false, weighted: true, seed: 2);
        var a = Leiden.Compute(g, new LeidenOptions(Seed: 5));
        var b = Leiden.Compute(g, new LeidenOptions(Seed: 5));
        a.Membership.Should().Equal(b.Membership);
        a.Modularity.Should().Be(b.Modularity);
    }

    [Test]
    public void Compute_ParallelAndSequential_BitIdentical()
    {
        var g = RandomGraphs.Uniform(12000, 40000, directed: false, weighted: true, seed: 19);
        foreach (var quality in new[] { LeidenQuality.Modularity, LeidenQuality.ConstantPotts })
        {
            var resolution = quality == LeidenQuality.Modularity ? 1.0 : 0.5;
            var one = Leiden.Compute(g, new LeidenOptions(quality, resolution, MaxIterations: 3, MaxDegreeOfParallelism: 1));
            var four = Leiden.Compute(g, new LeidenOptions(quality, resolution, MaxIterations: 3, MaxDegreeOfParallelism: 4));
            one.Membership.Should().Equal(four.Membership);
            one.Quality.Should().Be(four.Quality);
        }
    }

    private static double NaiveQuality(CsrGraph g, int[] membership, LeidenQuality quality, double resolution)
    {
        if (quality == LeidenQuality.Modularity)
        {
            return ModularityTests.NaiveModularity(g, membership, resolution);
        }

        double h = 0;
        for (var e = 0; e < g.EdgeCount; e++)
        {
            if (membership[g.EdgeSource(e)] == membership[g.EdgeTarget(e)])
            {
                h += g.EdgeWeight(e);
            }
        }

        foreach (var size in membership.GroupBy(c => c).Select(x => (double)x.Count()))
        {
            h -= resolution * size * (size - 1) / 2;
        }

        return h;
    }
}
