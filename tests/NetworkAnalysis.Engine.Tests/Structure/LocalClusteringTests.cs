using System.Globalization;
using NetworkAnalysis.Engine.Structure;
using NetworkAnalysis.Engine.Tests.Support;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Structure;

public class LocalClusteringTests
{
    private static readonly LocalClusteringOptions _ldbc = new(LocalClusteringDefinition.DirectedLdbc);

    [Test]
    public void Compute_TwoTrianglesSharingAnEdgePlusPendant_HandValues()
    {
        var g = GraphText.Parse("a--b b--c c--a b--d c--d d--e");
        LocalClustering.Compute(g.Graph).Should().Equal(1.0, 2.0 / 3, 2.0 / 3, 1.0 / 3, 0.0);
    }

    [Test]
    public void Compute_LdbcDirected_CountsOrderedPairsWithAnEdge()
    {
        // N(a) = {b, c}; edges among them: b->c only → 1 / (2·1) = 0.5; undirected definition gives 1.
        var g = GraphText.Parse("a->b c->a b->c");
        LocalClustering.Compute(g.Graph, _ldbc)[0].Should().Be(0.5);
        LocalClustering.Compute(g.Graph)[0].Should().Be(1.0);

        // With the reciprocal c->b as well, both ordered pairs count → 1.
        var h = GraphText.Parse("a->b c->a b->c c->b");
        LocalClustering.Compute(h.Graph, _ldbc)[0].Should().Be(1.0);
    }

    [TestCaseSource(typeof(LdbcDataset), nameof(LdbcDataset.TestGraphsWith), new object[] { "LCC" })]
    public void Compute_LdbcTestGraph_WithinEpsilonOfExpected(string name)
    {
        var data = LdbcDataset.LoadTestGraph(name);
        AssertLdbcEpsilon(LocalClustering.Compute(data.Graph, _ldbc), data.Expected("-LCC"));
    }

    [TestCase("dir")]
    [TestCase("undir")]
    public void Compute_LdbcValidationGraph_WithinEpsilonOfExpected(string input)
    {
        var data = LdbcDataset.LoadValidationGraph("lcc", input);
        AssertLdbcEpsilon(LocalClustering.Compute(data.Graph, _ldbc), data.Expected("-output"));
    }

    [TestCaseSource(typeof(ReferenceNetwork), nameof(ReferenceNetwork.Names))]
    public void Compute_ReferenceNetwork_MatchesNetworkXClusteringUndirected(string name)
    {
        var net = ReferenceNetwork.Load(name);
        var expected = net.NumericColumn("clustering_undirected");
        var actual = LocalClustering.Compute(net.Graph);
        for (var v = 0; v < expected.Length; v++)
        {
            actual[v].Should().BeApproximately(expected[v], 1e-12 * Math.Max(1, expected[v]), net.Nodes[v]);
        }

        LocalClustering.Average(net.Graph).Should().BeApproximately(net.Metric("average_clustering_undirected"), 1e-12);
    }

    [TestCase(3)]
    [TestCase(4)]
    public void Compute_RandomDirectedGraph_LdbcMatchesNaiveDefinition(int seed)
    {
        var g = RandomGraphs.Uniform(50, 400, directed: true, weighted: false, seed, ParallelEdges.First, selfLoops: false);
        var result = LocalClustering.Compute(g, _ldbc);
        for (var v = 0; v < 50; v++)
        {
            var neighbours = g.Neighbors(v).ToArray().Concat(g.InNeighbors(v).ToArray()).Where(u => u != v).Distinct().ToArray();
            double d = neighbours.Length;
            var t = 0;
            foreach (var u in neighbours)
            {
                foreach (var w in neighbours)
                {
                    if (u != w && g.HasEdge(u, w))
                    {
                        t++;
                    }
                }
            }

            result[v].Should().Be(d < 2 ? 0 : t / (d * (d - 1)));
        }
    }

    [Test]
    public void Compute_ParallelAndSequential_Identical()
    {
        var g = RandomGraphs.Uniform(4000, 60000, directed: true, weighted: false, seed: 5);
        foreach (var definition in new[] { LocalClusteringDefinition.Undirected, LocalClusteringDefinition.DirectedLdbc })
        {
            LocalClustering.Compute(g, new LocalClusteringOptions(definition, 1))
                .Should().Equal(LocalClustering.Compute(g, new LocalClusteringOptions(definition, 4)));
        }
    }

    private static void AssertLdbcEpsilon(double[] actual, string[] expected)
    {
        // LDBC's epsilon rule: |r - s| <= 1e-4 · |r|.
        for (var v = 0; v < actual.Length; v++)
        {
            var r = double.Parse(expected[v], CultureInfo.InvariantCulture);
            Math.Abs(r - actual[v]).Should().BeLessThanOrEqualTo(1e-4 * Math.Abs(r), $"node {v}");
        }
    }
}
