using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Centrality;

/// <summary>Articulation points and bridges.</summary>
[TestFixture]
public class CutTests
{
    [Test]
    public void Compute_Path_MiddleIsCutAndEveryEdgeIsBridge()
    {
        var g = GraphText.Parse("a--b b--c").Graph;
        ArticulationPoints.Compute(g).Should().Equal(1);
        Bridges.Compute(g).Should().Equal(0, 1);
    }

    [Test]
    public void Compute_TriangleWithPendant_AttachmentIsCutPendantEdgeIsBridge()
    {
        var g = GraphText.Parse("a--b b--c c--a c--d e").Graph;
        ArticulationPoints.Compute(g).Should().Equal(2);
        Bridges.Compute(g).Should().Equal(3);
    }

    [Test]
    public void Compute_ParallelEdgesAndReciprocalArcs_AreNotBridges()
    {
        Bridges.Compute(GraphText.Parse("a--b a--b b--c").Graph).Should().Equal(2);
        var reciprocal = GraphText.Parse("a->b b->a b->c").Graph;
        Bridges.Compute(reciprocal).Should().Equal(2);
        Bridges.Compute(reciprocal.ToUndirected()).Should().Equal(0, 1);
        ArticulationPoints.Compute(reciprocal).Should().Equal(1);
    }

    [Test]
    public void Compute_SelfLoopAndIsolates_AreIgnored()
    {
        var g = GraphText.Parse("a--a a--b c").Graph;
        ArticulationPoints.Compute(g).Should().BeEmpty();
        Bridges.Compute(g).Should().Equal(1);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Compute_RandomGraphs_MatchRemoveAndCountComponents(bool directed)
    {
        for (var seed = 1; seed <= 10; seed++)
        {
            var g = RandomGraphs.Uniform(50, 45 + 5 * seed, directed, weighted: false, seed);
            var baseCount = Components(g, -1, -1);
            var expectedPoints = Enumerable.Range(0, g.NodeCount).Where(v => Components(g, v, -1) > baseCount - (Isolated(g, v) ? 1 : 0)).ToArray();
            var expectedBridges = Enumerable.Range(0, g.EdgeCount).Where(e => Components(g, -1, e) > baseCount).ToArray();
            ArticulationPoints.Compute(g).Should().Equal(expectedPoints, $"seed {seed}");
            Bridges.Compute(g).Should().Equal(expectedBridges, $"seed {seed}");
        }
    }

    [Test]
    public void Compute_MillionNodePath_DoesNotOverflowTheStack()
    {
        const int n = 1_000_000;
        var b = new CsrGraphBuilder(n, directed: false, edgeCapacity: n);
        for (var v = 0; v + 1 < n; v++)
        {
            b.AddEdge(v, v + 1);
        }

        var g = b.Build();
        var points = ArticulationPoints.Compute(g);
        points.Should().HaveCount(n - 2);
        points[0].Should().Be(1);
        points[^1].Should().Be(n - 2);
        Bridges.Compute(g).Should().HaveCount(n - 1);
    }

    private static bool Isolated(CsrGraph g, int v)
    {
        for (var e = 0; e < g.EdgeCount; e++)
        {
            if ((g.EdgeSource(e) == v || g.EdgeTarget(e) == v) && g.EdgeSource(e) != g.EdgeTarget(e))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Weakly connected components after removing node <paramref name="skipNode"/> and edge <paramref name="skipEdge"/> (union–find over the edge list).</summary>
    private static int Components(CsrGraph g, int skipNode, int skipEdge)
    {
        var parent = Enumerable.Range(0, g.NodeCount).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        for (var e = 0; e < g.EdgeCount; e++)
        {
            int u = g.EdgeSource(e), v = g.EdgeTarget(e);
            if (e == skipEdge || u == skipNode || v == skipNode)
            {
                continue;
            }

            parent[Find(u)] = Find(v);
        }

        return Enumerable.Range(0, g.NodeCount).Count(v => v != skipNode && Find(v) == v);
    }
}
