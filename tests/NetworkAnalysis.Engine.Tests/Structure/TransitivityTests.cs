using NetworkAnalysis.Engine.Structure;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Structure;

public class TransitivityTests
{
    [Test]
    public void Compute_TwoTrianglesSharingAnEdgePlusPendant_ThreeTrianglesOverTriples()
    {
        // Degrees 2,3,3,3,1 → triples 1+3+3+3+0 = 10; 2 triangles → 6/10.
        var g = GraphText.Parse("a--b b--c c--a b--d c--d d--e");
        Transitivity.Compute(g.Graph).Should().BeApproximately(0.6, 1e-15);
    }

    [Test]
    public void Compute_StarOrEmpty_IsZero()
    {
        Transitivity.Compute(GraphText.Parse("a--b a--c a--d").Graph).Should().Be(0);
        Transitivity.Compute(new CsrGraphBuilder().Build()).Should().Be(0);
    }

    [TestCase(7)]
    [TestCase(8)]
    public void Compute_RandomGraph_MatchesNaiveCount(int seed)
    {
        var g = RandomGraphs.Uniform(60, 400, directed: true, weighted: false, seed);
        var a = TrianglesTests.NaiveAdjacency(g);
        double closed = 0, triples = 0;
        for (var v = 0; v < 60; v++)
        {
            for (var i = 0; i < 60; i++)
            {
                for (var j = 0; j < 60; j++)
                {
                    if (i != j && i != v && j != v && a[v, i] && a[v, j])
                    {
                        triples++;
                        if (a[i, j])
                        {
                            closed++;
                        }
                    }
                }
            }
        }

        Transitivity.Compute(g).Should().BeApproximately(closed / triples, 1e-14);
    }
}
