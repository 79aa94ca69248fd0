using NetworkAnalysis.Application.Centrality;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Application.Tests.Centrality;

public class CentralityAnalysisTests
{
    // Large enough that NetworkX's per-node rule (n·1e-6) stops visibly earlier than the relative one.
    private static readonly Lazy<ProjectedGraph> Input = new(() =>
    {
        var g = RandomGraphs.PowerLaw(4_000, 20_000, directed: true, seed: 5);
        return new ProjectedGraph(g, [.. Enumerable.Range(0, g.NodeCount).Select(i => "n" + i)], null, null);
    });

    [TestCase(CentralityMeasure.PageRank)]
    [TestCase(CentralityMeasure.Eigenvector)]
    public void Run_DefaultConvergence_IsTheEngineDefaultAndNetworkXIsItsRule(CentralityMeasure measure)
    {
        var g = Input.Value.Graph;
        var byDefault = CentralityAnalysis.Run(Input.Value, new CentralityRequest(measure)).NodeValues;
        var networkX = CentralityAnalysis.Run(Input.Value, new CentralityRequest(measure) { Convergence = ConvergenceRule.NetworkX }).NodeValues;

        if (measure == CentralityMeasure.PageRank)
        {
            byDefault.Should().Equal(PageRank.Compute(g, new() { Weighted = false }));
            networkX.Should().Equal(PageRank.Compute(g, PageRankOptions.NetworkX with { Weighted = false }));
        }
        else
        {
            byDefault.Should().Equal(EigenvectorCentrality.Compute(g));
            networkX.Should().Equal(EigenvectorCentrality.Compute(g, EigenvectorCentralityOptions.NetworkX));
        }

        networkX.Should().NotEqual(byDefault);
    }

    [Test]
    public void Run_ToleranceGiven_OverridesTheRuleDefault()
    {
        var g = Input.Value.Graph;
        var loose = CentralityAnalysis.Run(Input.Value, new CentralityRequest(CentralityMeasure.Katz) { Alpha = 0.01, Tolerance = 1e-3 }).NodeValues;
        loose.Should().Equal(KatzCentrality.Compute(g, new() { Alpha = 0.01, Tolerance = 1e-3 }));
    }
}
