using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Engine.Tests.Centrality;

/// <summary>
/// Every centrality column of the NetworkX 3.6.1 reference outputs on the real networks, computed on the
/// exact graph NetworkX used (edges-as-used.csv).
/// </summary>
[TestFixture]
public class NetworkXReferenceTests
{
    private const double Exact = 1e-9;
    private const double Iterative = 1e-6;

    private static IEnumerable<string> Names() => NetworkXReference.Names();

    [TestCaseSource(nameof(Names))]
    public void Degree_ReferenceGraph_MatchesNetworkX(string name)
    {
        var r = NetworkXReference.Load(name);
        r.ShouldMatch("degree", DegreeCentrality.Compute(r.Graph), Exact);
        if (r.Graph.IsDirected)
        {
            r.ShouldMatch("in_degree", DegreeCentrality.Compute(r.Graph, new() { Direction = Direction.In }), Exact);
            r.ShouldMatch("out_degree", DegreeCentrality.Compute(r.Graph, new() { Direction = Direction.Out }), Exact);
            r.ShouldMatch("in_strength", DegreeCentrality.Compute(r.Graph, new() { Direction = Direction.In, Weighted = true }), Exact);
            r.ShouldMatch("out_strength", DegreeCentrality.Compute(r.Graph, new() { Direction = Direction.Out, Weighted = true }), Exact);
        }
        else
        {
            r.ShouldMatch("strength", DegreeCentrality.Compute(r.Graph, new() { Weighted = true }), Exact);
        }
    }

    [TestCaseSource(nameof(Names))]
    public void Betweenness_ReferenceGraph_MatchesNetworkX(string name)
    {
        var r = NetworkXReference.Load(name);
        r.ShouldMatch("betweenness_raw", Betweenness.Compute(r.Graph, new() { Normalized = false }), Exact);
        r.ShouldMatch("betweenness_norm", Betweenness.Compute(r.Graph), Exact);
        r.ShouldMatch("betweenness_raw_dist_inv_weight",
            Betweenness.Compute(r.Graph, new() { Normalized = false, Length = EdgeLength.InverseWeight }), Exact);
    }

    [TestCaseSource(nameof(Names))]
    public void Closeness_ReferenceGraph_MatchesNetworkX(string name)
    {
        var r = NetworkXReference.Load(name);
        r.ShouldMatch("closeness_wf", Closeness.Compute(r.Graph), Exact);
        r.ShouldMatch("closeness_nowf", Closeness.Compute(r.Graph, new() { WassermanFaust = false }), Exact);
    }

    [TestCaseSource(nameof(Names))]
    public void Harmonic_ReferenceGraph_MatchesNetworkX(string name)
    {
        var r = NetworkXReference.Load(name);
        r.ShouldMatch("harmonic", HarmonicCentrality.Compute(r.Graph), Exact);
    }

    [TestCaseSource(nameof(Names))]
    public void PageRank_ReferenceGraph_MatchesNetworkX(string name)
    {
        var r = NetworkXReference.Load(name);
        var options = new PageRankOptions { Tolerance = 1e-13, MaxIterations = 10_000 };
        r.ShouldMatch("pagerank_0.85", PageRank.Compute(r.Graph, options with { Weighted = false }), Iterative);
        r.ShouldMatch("pagerank_0.85_weighted", PageRank.Compute(r.Graph, options), Iterative);
    }

    [TestCaseSource(nameof(Names))]
    public void Eigenvector_ReferenceGraph_MatchesNetworkX(string name)
    {
        var r = NetworkXReference.Load(name);
        if (!r.Columns.ContainsKey("eigenvector"))
        {
            Assert.Ignore($"{name} has no eigenvector column (directed or disconnected)");
        }

        r.ShouldMatch("eigenvector", EigenvectorCentrality.Compute(r.Graph, new() { Tolerance = 1e-13, MaxIterations = 100_000 }), Iterative);
    }

    [TestCaseSource(nameof(Names))]
    public void Coreness_ReferenceGraph_MatchesNetworkXOnUndirectedGraph(string name)
    {
        var r = NetworkXReference.Load(name);
        var cores = Coreness.Compute(r.Graph.ToUndirected());
        r.ShouldMatch("core_number_undirected", cores.Select(c => (double)c).ToArray(), Exact);
    }
}
