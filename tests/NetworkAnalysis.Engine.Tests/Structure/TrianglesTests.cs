using NetworkAnalysis.Engine.Structure;
using NetworkAnalysis.Engine.Tests.Support;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Structure;

public class TrianglesTests
{
    [Test]
    public void Compute_TwoTrianglesSharingAnEdgePlusPendant_HandCounts()
    {
        // Triangles abc and bcd share b-c; e hangs off d.
        var g = GraphText.Parse("a--b b--c c--a b--d c--d d--e");
        Triangles.Compute(g.Graph).Should().Equal(1, 2, 2, 1, 0);
        Triangles.Total(g.Graph).Should().Be(2);
    }

    [Test]
    public void Compute_DirectedMultigraphWithLoops_CountsSimpleUndirectedView()
    {
        // a->b, b->a (reciprocal), b->c, c->a twice, a->a: one triangle {a,b,c}.
        var g = GraphText.Parse("a->b b->a b->c c->a c->a a->a d");
        Triangles.Compute(g.Graph).Should().Equal(1, 1, 1, 0);
    }

    [Test]
    public void Compute_CompleteGraph_ChooseTwoOfOthers()
    {
        var builder = new CsrGraphBuilder(12, directed: false);
        for (var i = 0; i < 12; i++)
        {
            for (var j = i + 1; j < 12; j++)
            {
                builder.AddEdge(i, j);
            }
        }

        Triangles.Compute(builder.Build()).Should().OnlyContain(t => t == 55);
    }

    [TestCase(false, 1)]
    [TestCase(true, 2)]
    [TestCase(false, 3)]
    public void Compute_RandomGraph_MatchesNaiveTripleLoop(bool directed, int seed)
    {
        var g = RandomGraphs.Uniform(70, 600, directed, weighted: false, seed);
        var adjacent = NaiveAdjacency(g);
        var expected = new long[70];
        for (var i = 0; i < 70; i++)
        {
            for (var j = i + 1; j < 70; j++)
            {
                for (var k = j + 1; k < 70; k++)
                {
                    if (adjacent[i, j] && adjacent[j, k] && adjacent[i, k])
                    {
                        expected[i]++;
                        expected[j]++;
                        expected[k]++;
                    }
                }
            }
        }

        Triangles.Compute(g).Should().Equal(expected);
    }

    [Test]
    public void Compute_ParallelAndSequential_Identical()
    {
        var g = RandomGraphs.Uniform(5000, 60000, directed: false, weighted: false, seed: 4);
        Triangles.Compute(g, new TriangleOptions(1)).Should().Equal(Triangles.Compute(g, new TriangleOptions(4)));
    }

    [TestCaseSource(typeof(ReferenceNetwork), nameof(ReferenceNetwork.Names))]
    public void Total_ReferenceNetwork_ConsistentWithNetworkXTransitivity(string name)
    {
        var net = ReferenceNetwork.Load(name);
        Transitivity.Compute(net.Graph).Should().BeApproximately(net.Metric("transitivity_undirected"), 1e-12);
    }

    internal static bool[,] NaiveAdjacency(CsrGraph g)
    {
        var a = new bool[g.NodeCount, g.NodeCount];
        for (var e = 0; e < g.EdgeCount; e++)
        {
            int s = g.EdgeSource(e), t = g.EdgeTarget(e);
            if (s != t)
            {
                a[s, t] = a[t, s] = true;
            }
        }

        return a;
    }
}
