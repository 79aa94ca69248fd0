using NetworkAnalysis.Engine.Components;
using NetworkAnalysis.Engine.Tests.Support;
using NetworkAnalysis.Testing;
using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;

namespace NetworkAnalysis.Engine.Tests.Components;

public class WeaklyConnectedTests
{
    [Test]
    public void Compute_SmallDirectedGraph_LabelsBySmallestMember()
    {
        var g = GraphText.Parse("a->b c->b d->e f g->g");
        var result = WeaklyConnected.Compute(g.Graph);

        result.Count.Should().Be(4);
        result.Labels.Should().Equal(0, 0, 0, 3, 3, 5, 6);
        result.LargestSize().Should().Be(3);
        result.Sizes()[3].Should().Be(2);
    }

    [Test]
    public void Compute_EdgeToSmallerNode_RootIsSmallest()
    {
        // The union of 3-4, 1-4 then 0-3 must still name the component after node 0.
        var g = GraphText.Parse("n0 n1 n2 n3 n4 n3--n4 n1--n4 n0--n3 n2");
        WeaklyConnected.Compute(g.Graph).Labels.Should().Equal(0, 0, 2, 0, 0);
    }

    [Test]
    public void Compute_EmptyGraph_NoComponents()
    {
        var result = WeaklyConnected.Compute(new CsrGraphBuilder().Build());
        result.Count.Should().Be(0);
        result.Labels.Should().BeEmpty();
    }

    [Test]
    public void Compute_MillionNodePath_OneComponent()
    {
        const int n = 1_000_000;
        var builder = new CsrGraphBuilder(n, directed: true, edgeCapacity: n);
        for (var v = n - 1; v > 0; v--)
        {
            builder.AddEdge(v, v - 1);
        }

        var result = WeaklyConnected.Compute(builder.Build());
        result.Count.Should().Be(1);
        result.Labels.Should().OnlyContain(x => x == 0);
    }

    [TestCaseSource(typeof(LdbcDataset), nameof(LdbcDataset.TestGraphsWith), new object[] { "WCC" })]
    public void Compute_LdbcTestGraph_EquivalentToExpectedAndSmallestIdLabels(string name)
    {
        var data = LdbcDataset.LoadTestGraph(name);
        var expected = data.Expected("-WCC");
        var labels = WeaklyConnected.Compute(data.Graph).Labels.Select(l => data.Ids[l].ToString()).ToArray();

        Partitions.Equivalent(labels, expected).Should().BeTrue();
        labels.Should().Equal(expected, "labels are the smallest vertex id of each component");
    }

    [TestCase("dir")]
    [TestCase("undir")]
    public void Compute_LdbcValidationGraph_MatchesExpected(string input)
    {
        var data = LdbcDataset.LoadValidationGraph("wcc", input);
        var labels = WeaklyConnected.Compute(data.Graph).Labels.Select(l => data.Ids[l].ToString()).ToArray();
        labels.Should().Equal(data.Expected("-output"));
    }

    [TestCaseSource(typeof(ReferenceNetwork), nameof(ReferenceNetwork.Names))]
    public void Compute_ReferenceNetwork_MatchesNetworkXComponentLabel(string name)
    {
        var net = ReferenceNetwork.Load(name);
        var result = WeaklyConnected.Compute(net.Graph);
        var labels = result.Labels.Select(l => net.Nodes[l]).ToArray();

        labels.Should().Equal(net.Column("component_label"));
        result.Count.Should().Be((int)net.Metric("components"));
        result.LargestSize().Should().Be((int)net.Metric("largest_component_size"));
    }

    [TestCase(1, true)]
    [TestCase(2, false)]
    [TestCase(3, true)]
    [TestCase(4, false)]
    public void Compute_RandomGraph_EquivalentToQuikGraph(int seed, bool directed)
    {
        var graph = RandomGraphs.Uniform(300, 260, directed, weighted: false, seed);
        var quik = new BidirectionalGraph<int, Edge<int>>();
        quik.AddVertexRange(Enumerable.Range(0, graph.NodeCount));
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            quik.AddEdge(new Edge<int>(graph.EdgeSource(e), graph.EdgeTarget(e)));
        }

        var oracle = new WeaklyConnectedComponentsAlgorithm<int, Edge<int>>(quik);
        oracle.Compute();
        var expected = Enumerable.Range(0, graph.NodeCount).Select(v => oracle.Components[v]).ToArray();
        var result = WeaklyConnected.Compute(graph);

        Partitions.Equivalent(result.Labels, expected).Should().BeTrue();
        result.Count.Should().Be(oracle.ComponentCount);
        for (var v = 0; v < graph.NodeCount; v++)
        {
            result.Labels[v].Should().BeLessThanOrEqualTo(v);
            result.Labels[result.Labels[v]].Should().Be(result.Labels[v]);
        }
    }
}
