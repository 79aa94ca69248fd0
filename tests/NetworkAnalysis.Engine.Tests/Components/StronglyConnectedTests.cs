using NetworkAnalysis.Engine.Components;
using NetworkAnalysis.Engine.Tests.Support;
using NetworkAnalysis.Testing;
using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;

namespace NetworkAnalysis.Engine.Tests.Components;

public class StronglyConnectedTests
{
    [Test]
    public void Compute_TwoCyclesJoinedOneWay_TwoComponentsPlusSingletons()
    {
        // Cycle a-b-c, cycle d-e, c->d one way, f alone, g with a self-loop.
        var g = GraphText.Parse("a->b b->c c->a c->d d->e e->d f g->g");
        var result = StronglyConnected.Compute(g.Graph);

        result.Count.Should().Be(4);
        result.Labels.Should().Equal(0, 0, 0, 3, 3, 5, 6);
    }

    [Test]
    public void Compute_ComponentFoundFromLargerRoot_LabelledBySmallestMember()
    {
        // DFS starts at node 0 = "x", reaches the cycle y->z->w->y through z; label must be min index (1).
        var g = GraphText.Parse("x y z w x->z y->z z->w w->y");
        StronglyConnected.Compute(g.Graph).Labels.Should().Equal(0, 1, 1, 1);
    }

    [Test]
    public void Compute_UndirectedGraph_EqualsWeaklyConnected()
    {
        var g = RandomGraphs.Uniform(200, 150, directed: false, weighted: false, seed: 9);
        StronglyConnected.Compute(g).Should().BeEquivalentTo(WeaklyConnected.Compute(g));
    }

    [Test]
    public void Compute_MillionNodeDirectedPath_NoStackOverflow()
    {
        const int n = 1_000_000;
        var builder = new CsrGraphBuilder(n, directed: true, edgeCapacity: n);
        for (var v = 0; v + 1 < n; v++)
        {
            builder.AddEdge(v, v + 1);
        }

        var result = StronglyConnected.Compute(builder.Build());
        result.Count.Should().Be(n);
        result.Labels[n - 1].Should().Be(n - 1);
    }

    [Test]
    public void Compute_MillionNodeCycle_OneComponent()
    {
        // Depth-first search reaches depth n before the back edge closes the cycle.
        const int n = 1_000_000;
        var builder = new CsrGraphBuilder(n, directed: true, edgeCapacity: n);
        for (var v = 0; v < n; v++)
        {
            builder.AddEdge(v, (v + 1) % n);
        }

        var result = StronglyConnected.Compute(builder.Build());
        result.Count.Should().Be(1);
        result.Labels.Should().OnlyContain(x => x == 0);
    }

    [TestCaseSource(typeof(ReferenceNetwork), nameof(ReferenceNetwork.DirectedNames))]
    public void Compute_DirectedReferenceNetwork_MatchesNetworkXSccLabel(string name)
    {
        var net = ReferenceNetwork.Load(name);
        var result = StronglyConnected.Compute(net.Graph);
        result.Labels.Select(l => net.Nodes[l]).Should().Equal(net.Column("scc_label"));
        result.Count.Should().Be((int)net.Metric("strong_components"));
    }

    [TestCase(11, 200, 260)]
    [TestCase(12, 300, 300)]
    [TestCase(13, 300, 600)]
    [TestCase(14, 50, 400)]
    public void Compute_RandomDirectedGraph_EquivalentToQuikGraph(int seed, int nodes, int edges)
    {
        var graph = RandomGraphs.Uniform(nodes, edges, directed: true, weighted: false, seed);
        var quik = new AdjacencyGraph<int, Edge<int>>();
        quik.AddVertexRange(Enumerable.Range(0, graph.NodeCount));
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            quik.AddEdge(new Edge<int>(graph.EdgeSource(e), graph.EdgeTarget(e)));
        }

        var oracle = new StronglyConnectedComponentsAlgorithm<int, Edge<int>>(quik);
        oracle.Compute();
        var expected = Enumerable.Range(0, graph.NodeCount).Select(v => oracle.Components[v]).ToArray();
        var result = StronglyConnected.Compute(graph);

        Partitions.Equivalent(result.Labels, expected).Should().BeTrue();
        result.Count.Should().Be(oracle.ComponentCount);
        for (var v = 0; v < graph.NodeCount; v++)
        {
            result.Labels[v].Should().BeLessThanOrEqualTo(v);
            result.Labels[result.Labels[v]].Should().Be(result.Labels[v]);
        }
    }
}
