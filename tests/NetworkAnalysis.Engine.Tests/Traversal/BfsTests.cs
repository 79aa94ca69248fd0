using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.Traversal;
using NetworkAnalysis.Testing;
using QuikGraph;
using QuikGraph.Algorithms.Search;

namespace NetworkAnalysis.Engine.Tests.Traversal;

public class BfsTests
{
    [Test]
    public void Run_SmallDirected_DistancesParentsAndPath()
    {
        var ng = GraphText.Parse("a->b b->c a->d d->c c->e f");
        var r = Bfs.Run(ng.Graph, ng["a"]);
        ng.ByName(r.Distances).Should().Equal(new Dictionary<string, int> { ["a"] = 0, ["b"] = 1, ["c"] = 2, ["d"] = 1, ["e"] = 3, ["f"] = -1 });
        r.PathTo(ng["e"]).Select(i => ng.Names[i]).Should().Equal("a", "b", "c", "e");
        r.PathTo(ng["f"]).Should().BeEmpty();
    }

    [Test]
    public void Run_InDirection_FollowsPredecessors()
    {
        var ng = GraphText.Parse("a->b b->c");
        Bfs.Run(ng.Graph, ng["c"], Direction.In).Distances.Should().Equal(2, 1, 0);
        Bfs.Run(ng.Graph, ng["b"], Direction.All).Distances.Should().Equal(1, 0, 1);
    }

    [Test]
    public void Run_MaxDepth_StopsExpanding()
    {
        var ng = GraphText.Parse("a->b b->c c->d");
        Bfs.Run(ng.Graph, 0, maxDepth: 2).Distances.Should().Equal(0, 1, 2, -1);
    }

    [Test]
    public void Run_LongPath_NoStackOverflow()
    {
        const int n = 1_000_000;
        var b = new CsrGraphBuilder(n, directed: false, edgeCapacity: n);
        for (var i = 0; i + 1 < n; i++)
        {
            b.AddEdge(i, i + 1);
        }

        Bfs.Run(b.Build(), 0).Distances[n - 1].Should().Be(n - 1);
    }

    [TestCase(true, 11)]
    [TestCase(false, 12)]
    [TestCase(true, 13)]
    [TestCase(false, 14)]
    public void Run_RandomGraphs_MatchesQuikGraphDistances(bool directed, int seed)
    {
        var g = RandomGraphs.Uniform(200, 400, directed, weighted: false, seed);
        var qg = new BidirectionalGraph<int, Edge<int>>(allowParallelEdges: true);
        for (var v = 0; v < g.NodeCount; v++)
        {
            qg.AddVertex(v);
        }

        for (var e = 0; e < g.EdgeCount; e++)
        {
            qg.AddEdge(new Edge<int>(g.EdgeSource(e), g.EdgeTarget(e)));
            if (!directed)
            {
                qg.AddEdge(new Edge<int>(g.EdgeTarget(e), g.EdgeSource(e)));
            }
        }

        for (var source = 0; source < 10; source++)
        {
            var expected = Enumerable.Repeat(-1, g.NodeCount).ToArray();
            expected[source] = 0;
            var bfs = new BreadthFirstSearchAlgorithm<int, Edge<int>>(qg);
            bfs.TreeEdge += e => expected[e.Target] = expected[e.Source] + 1;
            bfs.Compute(source);
            Bfs.Run(g, source).Distances.Should().Equal(expected);
        }
    }
}
