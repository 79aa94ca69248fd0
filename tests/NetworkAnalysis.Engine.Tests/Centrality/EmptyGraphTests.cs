using NetworkAnalysis.Engine.Centrality;

namespace NetworkAnalysis.Engine.Tests.Centrality;

[TestFixture]
public class EmptyGraphTests
{
    [TestCase(true)]
    [TestCase(false)]
    public void AllMeasures_EmptyGraph_ReturnEmpty(bool directed)
    {
        var g = new CsrGraphBuilder(0, directed).Build();
        DegreeCentrality.Compute(g, new() { Normalized = true }).Should().BeEmpty();
        Betweenness.Compute(g).Should().BeEmpty();
        EdgeBetweenness.Compute(g).Should().BeEmpty();
        SubsetBetweenness.Compute(g, new() { Sources = [], Targets = [] }).Should().BeEmpty();
        Closeness.Compute(g).Should().BeEmpty();
        HarmonicCentrality.Compute(g).Should().BeEmpty();
        PageRank.Compute(g).Should().BeEmpty();
        EigenvectorCentrality.Compute(g).Should().BeEmpty();
        KatzCentrality.Compute(g).Should().BeEmpty();
        Coreness.Compute(g).Should().BeEmpty();
        ArticulationPoints.Compute(g).Should().BeEmpty();
        Bridges.Compute(g).Should().BeEmpty();
    }

    [Test]
    public void AllMeasures_IsolatedNodesOnly_GiveZeroOrUniform()
    {
        var g = new CsrGraphBuilder(3).Build();
        Betweenness.Compute(g).Should().Equal(0.0, 0.0, 0.0);
        Closeness.Compute(g).Should().Equal(0.0, 0.0, 0.0);
        HarmonicCentrality.Compute(g).Should().Equal(0.0, 0.0, 0.0);
        PageRank.Compute(g).Should().Equal(1.0 / 3, 1.0 / 3, 1.0 / 3);
        Coreness.Compute(g).Should().Equal(0, 0, 0);
        KatzCentrality.Compute(g, new() { Normalized = false }).Should().Equal(1.0, 1.0, 1.0);
    }
}
