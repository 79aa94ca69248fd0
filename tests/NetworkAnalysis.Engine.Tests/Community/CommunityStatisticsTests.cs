using NetworkAnalysis.Engine.Community;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Community;

public class CommunityStatisticsTests
{
    [Test]
    public void Compute_TwoTrianglesJoinedByWeightedEdge_HandValues()
    {
        // Left triangle a,b,c (weights 1), right d,e plus a self-loop on e; bridge c-d weight 3; f isolated in label 3.
        var g = GraphText.Parse("a--b b--c c--a d--e e--e:2 c--d:3 f", weighted: true);
        var stats = CommunityStatistics.Compute(g.Graph, [0, 0, 0, 1, 1, 3]);

        stats.Size.Should().Equal(3, 2, 0, 1);
        stats.InternalEdges.Should().Equal(3, 2, 0, 0);
        stats.InternalWeight.Should().Equal(3, 3, 0, 0);
        stats.InternalDensity.Should().Equal(1, 1, 0, 0);
        stats.CutWeight.Should().Equal(3, 3, 0, 0);

        // Volumes: left 2+2+(2+3) = 9; right d: 1+3, e: 1+2·2 = 9; total 18.
        stats.Volume.Should().Equal(9, 9, 0, 0);
        stats.Conductance.Should().Equal(3.0 / 9, 3.0 / 9, 0, 0);
    }

    [Test]
    public void Compute_Directed_DensityOverOrderedPairs()
    {
        var g = GraphText.Parse("a->b b->a b->c c->d");
        var stats = CommunityStatistics.Compute(g.Graph, [0, 0, 0, 1], weighted: false);

        stats.InternalEdges.Should().Equal(3, 0);
        stats.InternalDensity[0].Should().BeApproximately(3.0 / 6, 1e-15);
        stats.CutWeight.Should().Equal(1, 1);
        stats.Volume.Should().Equal(7, 1);
        stats.Conductance.Should().Equal(1.0, 1.0);
    }

    [Test]
    public void Compute_RandomGraph_VolumesAddUpAndCutsBalance()
    {
        var g = RandomGraphs.Uniform(60, 200, directed: false, weighted: true, seed: 2);
        var membership = Enumerable.Range(0, 60).Select(v => v % 7).ToArray();
        var stats = CommunityStatistics.Compute(g, membership);
        var strength = Degrees.Strength(g);

        stats.Volume.Sum().Should().BeApproximately(strength.Sum(), 1e-9);
        stats.Size.Sum().Should().Be(60);
        stats.InternalWeight.Sum().Should().BeApproximately(g.EdgeWeights.ToArray().Sum() - stats.CutWeight.Sum() / 2, 1e-9);
        for (var c = 0; c < 7; c++)
        {
            var members = Enumerable.Range(0, 60).Where(v => membership[v] == c).ToArray();
            stats.Volume[c].Should().BeApproximately(members.Sum(v => strength[v]), 1e-9);
        }
    }
}
