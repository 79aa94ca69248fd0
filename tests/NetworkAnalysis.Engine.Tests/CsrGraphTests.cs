using NetworkAnalysis.Engine;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests;

public class CsrGraphTests
{
    [Test]
    public void Build_Directed_AdjacencySortedAndReverseMatches()
    {
        var g = GraphText.Parse("a->c a->b b->c c->a c->d:2.5").Graph; // a=0 c=1 b=2 d=3
        g.IsDirected.Should().BeTrue();
        g.IsWeighted.Should().BeTrue();
        g.NodeCount.Should().Be(4);
        g.EdgeCount.Should().Be(5);
        g.Neighbors(0).ToArray().Should().Equal(1, 2); // a: c, b sorted by index
        g.InNeighbors(1).ToArray().Should().Equal(0, 2); // c <- a, b
        g.Weights(1).ToArray().Should().Equal(1.0, 2.5); // c -> a, d
        g.EdgeIds(0).ToArray().Should().Equal(0, 1);
        g.InEdgeIds(1).ToArray().Should().Equal(0, 2);
        g.HasEdge(1, 3).Should().BeTrue();
        g.HasEdge(3, 1).Should().BeFalse();
    }

    [Test]
    public void Build_Undirected_EachEdgeInBothListsSelfLoopOnce()
    {
        var g = GraphText.Parse("a--b b--c c--c").Graph;
        g.IsDirected.Should().BeFalse();
        g.EdgeCount.Should().Be(3);
        g.SlotCount.Should().Be(5);
        g.Neighbors(1).ToArray().Should().Equal(0, 2);
        g.Neighbors(2).ToArray().Should().Equal(1, 2);
        g.InNeighbors(1).ToArray().Should().Equal(0, 2);
        Degrees.Compute(g).Should().Equal(1, 2, 3);
    }

    [TestCase(ParallelEdges.Keep, 3, new[] { 2.0, 3.0, 5.0 })]
    [TestCase(ParallelEdges.Sum, 2, new[] { 7.0, 3.0 })]
    [TestCase(ParallelEdges.Min, 2, new[] { 2.0, 3.0 })]
    [TestCase(ParallelEdges.Max, 2, new[] { 5.0, 3.0 })]
    [TestCase(ParallelEdges.First, 2, new[] { 2.0, 3.0 })]
    [TestCase(ParallelEdges.Last, 2, new[] { 5.0, 3.0 })]
    public void Build_ParallelEdges_MergedByPolicyInFirstInsertionOrder(ParallelEdges policy, int edges, double[] weights)
    {
        var g = GraphText.Parse("a->b:2 b->c:3 a->b:5", parallel: policy).Graph;
        g.EdgeCount.Should().Be(edges);
        g.EdgeWeights.ToArray().Should().Equal(weights);
        g.EdgeSource(0).Should().Be(0);
        g.EdgeTarget(0).Should().Be(1);
    }

    [Test]
    public void Build_UndirectedMerge_ReversedPairsAreOneEdge()
    {
        var g = GraphText.Parse("a--b:1 b--a:2 b--c", parallel: ParallelEdges.Sum).Graph;
        g.EdgeCount.Should().Be(2);
        g.EdgeWeight(0).Should().Be(3);
    }

    [Test]
    public void ToUndirected_CollapsesReciprocalArcs()
    {
        var g = GraphText.Parse("a->b:1 b->a:2 b->c:4").Graph.ToUndirected(ParallelEdges.Sum);
        g.IsDirected.Should().BeFalse();
        g.EdgeCount.Should().Be(2);
        Degrees.Strength(g).Should().Equal(3, 7, 4);
    }

    [Test]
    public void Degrees_DirectedWithSelfLoop_FollowsNetworkX()
    {
        var g = GraphText.Parse("a->a a->b:2 c->a:3").Graph;
        Degrees.Compute(g, Direction.Out).Should().Equal(2, 0, 1);
        Degrees.Compute(g, Direction.In).Should().Equal(2, 1, 0);
        Degrees.Compute(g).Should().Equal(4, 1, 1);
        Degrees.Strength(g, Direction.All).Should().Equal(7, 2, 3);
    }

    [Test]
    public void AddEdge_NaNWeight_Throws()
    {
        var b = new CsrGraphBuilder(2, weighted: true);
        var act = () => b.AddEdge(0, 1, double.NaN);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [TestCase(true, 1)]
    [TestCase(false, 2)]
    [TestCase(true, 3)]
    [TestCase(false, 4)]
    public void Build_RandomGraphs_CsrInvariantsHold(bool directed, int seed)
    {
        var g = RandomGraphs.Uniform(300, 2000, directed, weighted: true, seed);
        var slots = 0;
        var seen = new int[g.EdgeCount];
        for (var v = 0; v < g.NodeCount; v++)
        {
            var nb = g.Neighbors(v);
            var ids = g.EdgeIds(v);
            var w = g.Weights(v);
            for (var i = 0; i < nb.Length; i++)
            {
                if (i > 0)
                {
                    (nb[i - 1] < nb[i] || (nb[i - 1] == nb[i] && ids[i - 1] < ids[i])).Should().BeTrue("adjacency is sorted");
                }

                var e = ids[i];
                var (s, t) = (g.EdgeSource(e), g.EdgeTarget(e));
                (directed ? s == v && t == nb[i] : (s == v && t == nb[i]) || (t == v && s == nb[i])).Should().BeTrue();
                w[i].Should().Be(g.EdgeWeight(e));
                seen[e]++;
                slots++;
            }
        }

        slots.Should().Be(g.SlotCount);
        for (var e = 0; e < g.EdgeCount; e++)
        {
            var expected = directed || g.EdgeSource(e) == g.EdgeTarget(e) ? 1 : 2;
            seen[e].Should().Be(expected);
        }

        if (directed)
        {
            var inCount = 0;
            for (var v = 0; v < g.NodeCount; v++)
            {
                foreach (var e in g.InEdgeIds(v))
                {
                    g.EdgeTarget(e).Should().Be(v);
                    inCount++;
                }
            }

            inCount.Should().Be(g.EdgeCount);
        }
    }
}

public class CsrGraphFromEdgesTests
{
    [TestCase(true, ParallelEdges.Keep)]
    [TestCase(false, ParallelEdges.Keep)]
    [TestCase(true, ParallelEdges.Sum)]
    [TestCase(false, ParallelEdges.Sum)]
    public void FromEdges_SameGraphAsBuilder(bool directed, ParallelEdges parallel)
    {
        var rng = new Random(5);
        var src = new int[500];
        var dst = new int[500];
        var w = new double[500];
        var builder = new CsrGraphBuilder(60, directed, weighted: true);
        for (var e = 0; e < src.Length; e++)
        {
            (src[e], dst[e], w[e]) = (rng.Next(60), rng.Next(60), rng.Next(1, 9));
            builder.AddEdge(src[e], dst[e], w[e]);
        }

        var expected = builder.Build(parallel);
        var actual = CsrGraphBuilder.FromEdges(60, directed, src, dst, w, parallel);
        actual.EdgeSources.ToArray().Should().Equal(expected.EdgeSources.ToArray());
        actual.EdgeTargets.ToArray().Should().Equal(expected.EdgeTargets.ToArray());
        actual.EdgeWeights.ToArray().Should().Equal(expected.EdgeWeights.ToArray());
        actual.Targets.ToArray().Should().Equal(expected.Targets.ToArray());
        actual.InSources.ToArray().Should().Equal(expected.InSources.ToArray());
        actual.SlotWeights.ToArray().Should().Equal(expected.SlotWeights.ToArray());
        for (var v = 0; v < 60; v++)
        {
            actual.EdgeIds(v).ToArray().Should().Equal(expected.EdgeIds(v).ToArray());
        }
    }

    [Test]
    public void FromEdges_EndpointOutOfRange_Throws()
    {
        var act = () => CsrGraphBuilder.FromEdges(2, true, [0], [2], null);
        act.Should().Throw<ArgumentException>();
    }
}
