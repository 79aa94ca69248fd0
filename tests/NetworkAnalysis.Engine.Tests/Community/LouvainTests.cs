using NetworkAnalysis.Engine.Community;
using NetworkAnalysis.Engine.Tests.Support;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Community;

public class LouvainTests
{
    [Test]
    public void Compute_TwoCliquesJoinedByOneEdge_FindsTheCliques()
    {
        var g = LabelPropagationTests.TwoCliques(5);
        var result = Louvain.Compute(g);

        result.Membership.Should().Equal(0, 0, 0, 0, 0, 1, 1, 1, 1, 1);
        result.CommunityCount.Should().Be(2);

        // m = 21; each clique: 10 internal edges, total degree 21: Q = 2 (10/21 − 1/4).
        result.Modularity.Should().BeApproximately(2 * (10.0 / 21 - 0.25), 1e-15);
    }

    [Test]
    public void Compute_RingOfCliques_OneCommunityPerClique()
    {
        // The classic resolution-limit-free case: 8 cliques of 6 in a ring.
        var builder = new CsrGraphBuilder(48, directed: false);
        for (var c = 0; c < 8; c++)
        {
            for (var i = 0; i < 6; i++)
            {
                for (var j = i + 1; j < 6; j++)
                {
                    builder.AddEdge(c * 6 + i, c * 6 + j);
                }
            }

            builder.AddEdge(c * 6, ((c + 1) % 8) * 6 + 1);
        }

        var result = Louvain.Compute(builder.Build());
        result.CommunityCount.Should().Be(8);
        result.Membership.Should().Equal(Enumerable.Range(0, 48).Select(v => v / 6));
    }

    [Test]
    public void Compute_NoEdges_SingletonsWithUndefinedModularity()
    {
        var result = Louvain.Compute(GraphText.Parse("a b c").Graph);
        result.Membership.Should().Equal(0, 1, 2);
        result.Modularity.Should().Be(double.NaN);
        result.Levels.Should().BeEmpty();

        var empty = Louvain.Compute(new CsrGraphBuilder().Build());
        empty.CommunityCount.Should().Be(0);
        empty.Modularity.Should().Be(double.NaN);
    }

    [Test]
    public void Compute_IsolatedNodes_StayAlone()
    {
        var g = GraphText.Parse("x a--b b--c c--a y d--e e--f f--d c--d z");
        var result = Louvain.Compute(g.Graph);
        var m = g.ByName(result.Membership);
        new[] { m["x"], m["y"], m["z"] }.Distinct().Should().HaveCount(3);
        m["x"].Should().NotBe(m["a"]);
        result.CommunityCount.Should().Be(5);
    }

    [Test]
    public void Compute_InvalidOptions_Throw()
    {
        var g = GraphText.Parse("a--b").Graph;
        FluentActions.Invoking(() => Louvain.Compute(g, new LouvainOptions(Resolution: -1))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Louvain.Compute(g, new LouvainOptions(Resolution: double.NaN))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Louvain.Compute(g, new LouvainOptions(MaxLevels: 0))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Louvain.Compute(g, new LouvainOptions(MaxIterations: 0))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Compute_NegativeWeight_Throws()
    {
        var g = GraphText.Parse("a--b:1 b--c:-1");
        FluentActions.Invoking(() => Louvain.Compute(g.Graph)).Should().Throw<ArgumentException>();
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Compute_DirectedInput_SameAsCollapsedUndirected(bool weighted)
    {
        var directed = RandomGraphs.Uniform(300, 1200, directed: true, weighted: true, seed: 5);
        var options = new LouvainOptions(Seed: 3, Weighted: weighted);
        var a = Louvain.Compute(directed, options);
        var b = Louvain.Compute(directed.ToUndirected(ParallelEdges.Sum), options);
        a.Membership.Should().Equal(b.Membership);
        a.Modularity.Should().Be(b.Modularity);
    }

    [Test]
    public void Compute_ResultInvariants_HoldOnRandomGraphs()
    {
        for (var seed = 0; seed < 6; seed++)
        {
            var g = RandomGraphs.Uniform(400, 1500, directed: seed % 2 == 0, weighted: seed % 3 != 0, seed);
            var result = Louvain.Compute(g, new LouvainOptions(Seed: seed));
            var undirected = g.ToUndirected(ParallelEdges.Sum);

            Partitions.IsCanonical(result.Membership, result.CommunityCount).Should().BeTrue();
            result.Modularity.Should().Be(Modularity.Compute(undirected, result.Membership));
            result.Quality.Should().Be(result.Modularity);
            result.Levels[^1].Should().Equal(result.Membership);
            for (var i = 1; i < result.Levels.Count; i++)
            {
                IsCoarsening(result.Levels[i - 1], result.Levels[i]).Should().BeTrue("each level merges communities of the one before");
            }

            // A pass never lowers modularity: the plain single pass cannot beat the iterated result.
            var single = Louvain.Compute(g, new LouvainOptions(Seed: seed, MaxIterations: 1));
            result.Modularity.Should().BeGreaterThanOrEqualTo(single.Modularity - 1e-12);
        }
    }

    [Test]
    public void Compute_MaxLevelsOneSingleIteration_IsOneLocalMovingLevel()
    {
        var g = RandomGraphs.Uniform(500, 2500, directed: false, weighted: false, seed: 2);
        var one = Louvain.Compute(g, new LouvainOptions(MaxLevels: 1, MaxIterations: 1));
        var full = Louvain.Compute(g, new LouvainOptions(MaxIterations: 1));
        one.Levels.Should().HaveCount(1);
        one.Levels[0].Should().Equal(full.Levels[0]);
        one.CommunityCount.Should().BeGreaterThanOrEqualTo(full.CommunityCount);
    }

    [Test]
    public void Compute_HigherResolution_MoreCommunities()
    {
        var g = RandomGraphs.Uniform(600, 2400, directed: false, weighted: false, seed: 7);
        var low = Louvain.Compute(g, new LouvainOptions(Resolution: 0.3));
        var mid = Louvain.Compute(g);
        var high = Louvain.Compute(g, new LouvainOptions(Resolution: 3));
        low.CommunityCount.Should().BeLessThan(mid.CommunityCount);
        mid.CommunityCount.Should().BeLessThan(high.CommunityCount);
        high.Quality.Should().Be(Modularity.Compute(g, high.Membership, new ModularityOptions(Resolution: 3)));
    }

    [Test]
    public void Compute_ZeroResolution_OneCommunityPerComponent()
    {
        var g = GraphText.Parse("a--b b--c d--e e--f f--g h");
        Louvain.Compute(g.Graph, new LouvainOptions(Resolution: 0)).Membership.Should().Equal(0, 0, 0, 1, 1, 1, 1, 2);
    }

    [Test]
    public void Compute_SameSeed_SameResult_SeedsDiffer()
    {
        var g = RandomGraphs.Uniform(2000, 8000, directed: false, weighted: true, seed: 1);
        var a = Louvain.Compute(g, new LouvainOptions(Seed: 11));
        var b = Louvain.Compute(g, new LouvainOptions(Seed: 11));
        a.Membership.Should().Equal(b.Membership);
        a.Modularity.Should().Be(b.Modularity);
        Louvain.Compute(g, new LouvainOptions(Seed: 12)).Membership.Should().NotEqual(a.Membership);
    }

    [Test]
    public void Compute_ParallelAndSequential_BitIdentical()
    {
        // Large enough (> 50,000 adjacency slots) for aggregation to split across threads.
        var g = RandomGraphs.Uniform(20000, 90000, directed: false, weighted: true, seed: 13);
        var one = Louvain.Compute(g, new LouvainOptions(MaxDegreeOfParallelism: 1));
        var four = Louvain.Compute(g, new LouvainOptions(MaxDegreeOfParallelism: 4));
        one.Membership.Should().Equal(four.Membership);
        one.Modularity.Should().Be(four.Modularity);
        one.Levels.Should().HaveSameCount(four.Levels);
        for (var i = 0; i < one.Levels.Count; i++)
        {
            one.Levels[i].Should().Equal(four.Levels[i]);
        }
    }

    [Test]
    public void Compute_BatchedParallelLocalMoving_BitIdenticalToSequential()
    {
        // Above 200,000 adjacency slots the local-moving phase gathers neighbour lists in parallel batches.
        var g = RandomGraphs.Uniform(40000, 125000, directed: false, weighted: true, seed: 23);
        var one = Louvain.Compute(g, new LouvainOptions(MaxIterations: 2, MaxDegreeOfParallelism: 1));
        var two = Louvain.Compute(g, new LouvainOptions(MaxIterations: 2, MaxDegreeOfParallelism: 2));
        var five = Louvain.Compute(g, new LouvainOptions(MaxIterations: 2, MaxDegreeOfParallelism: 5));
        two.Membership.Should().Equal(one.Membership);
        five.Membership.Should().Equal(one.Membership);
        five.Modularity.Should().Be(one.Modularity);
    }

    [TestCaseSource(typeof(ReferenceNetwork), nameof(ReferenceNetwork.Names))]
    public void Compute_ReferenceNetwork_AtLeastNetworkXMedian(string name)
    {
        // NetworkX ran Louvain on the undirected, unweighted version (SOURCE.md); so do we.
        var net = ReferenceNetwork.Load(name);
        var seeds = Enumerable.Range(0, 10)
            .Select(s => Louvain.Compute(net.Graph, new LouvainOptions(Seed: s, Weighted: false)).Modularity)
            .Order()
            .ToArray();
        var median = (seeds[4] + seeds[5]) / 2;
        TestContext.Out.WriteLine($"{name}: Louvain seeds 0-9 min {seeds[0]:F5} median {median:F5} max {seeds[^1]:F5}; " +
            $"NetworkX 50 seeds median {net.Metric("louvain_networkx_50seeds_unweighted_modularity_median"):F5} max {net.Metric("louvain_networkx_50seeds_unweighted_modularity_max"):F5}");

        median.Should().BeGreaterThanOrEqualTo(ReferenceQuality.Floor(net, "median") - 1e-9);
    }

    [Test]
    public void Compute_Karate_ReachesBestKnownModularity()
    {
        var net = ReferenceNetwork.Load("karate");
        var result = Louvain.Compute(net.Graph, new LouvainOptions(Weighted: false));
        result.Modularity.Should().BeApproximately(0.41978961209730437, 1e-12, "Brandes et al. 2008: the optimum is 0.41979 with 4 groups");
        result.CommunityCount.Should().Be(4);
    }

    [Test]
    public void Compute_UsMafia_ReportsNmiAgainstFamilies()
    {
        var net = ReferenceNetwork.Load("us-mafia-1960");
        var families = ModularityTests.MafiaFamilies(net);
        var result = Louvain.Compute(net.Graph, new LouvainOptions(Weighted: false));
        var nmi = PartitionComparison.NormalizedMutualInformation(families, result.Membership);
        var ari = PartitionComparison.AdjustedRandIndex(families, result.Membership);
        TestContext.Out.WriteLine($"US Mafia 1960: Louvain Q = {result.Modularity:F4} ({result.CommunityCount} communities), NMI vs families = {nmi:F4}, ARI = {ari:F4}");
        result.Modularity.Should().BeGreaterThan(net.Metric("modularity_unweighted[family]"));
        nmi.Should().BeGreaterThan(0.5, "the detected groups largely follow the crime families");
    }

    /// <summary>True when every community of <paramref name="coarse"/> is a union of communities of <paramref name="fine"/>.</summary>
    internal static bool IsCoarsening(int[] fine, int[] coarse)
    {
        var map = new Dictionary<int, int>();
        for (var v = 0; v < fine.Length; v++)
        {
            if (map.TryGetValue(fine[v], out var c) && c != coarse[v])
            {
                return false;
            }

            map[fine[v]] = coarse[v];
        }

        return true;
    }
}
