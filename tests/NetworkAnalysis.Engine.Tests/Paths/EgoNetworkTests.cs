using NetworkAnalysis.Engine.Paths;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Paths;

public class EgoNetworkTests
{
    [Test]
    public void Extract_TwoHops_ListsNodesByDistance()
    {
        var g = GraphText.Parse("x->a b->x a->c c->d e");
        var ego = EgoNetwork.Extract(g.Graph, g["x"], new EgoNetworkOptions { MaxHops = 2 });
        ego.Nodes.Select(v => g.Names[v]).Should().Equal("x", "a", "b", "c");
        ego.Distances.Should().Equal(0, 1, 1, 2);
        ego.Truncated.Should().BeFalse();
    }

    [Test]
    public void Extract_OutOnly_IgnoresInTies()
    {
        var g = GraphText.Parse("x->a b->x");
        var ego = EgoNetwork.Extract(g.Graph, g["x"], new EgoNetworkOptions { Direction = Direction.Out });
        ego.Nodes.Select(v => g.Names[v]).Should().Equal("x", "a");
    }

    [Test]
    public void Extract_MaxNodes_TruncatesAndSaysSo()
    {
        var g = GraphText.Parse("x--a x--b x--c x--d");
        var ego = EgoNetwork.Extract(g.Graph, g["x"], new EgoNetworkOptions { MaxNodes = 3 });
        ego.Nodes.Should().HaveCount(3);
        ego.Truncated.Should().BeTrue();
    }

    [Test]
    public void Extract_AllowedMask_DoesNotPassThroughExcludedNodes()
    {
        var g = GraphText.Parse("x--a a--b x--c");
        var allowed = new bool[4];
        allowed[g["x"]] = allowed[g["b"]] = allowed[g["c"]] = true;
        var ego = EgoNetwork.Extract(g.Graph, g["x"], new EgoNetworkOptions { MaxHops = 3 }, allowed);
        ego.Nodes.Select(v => g.Names[v]).Should().Equal("x", "c");
    }

    [Test]
    public void Extract_RandomGraphs_MatchesBfsDistances()
    {
        for (var seed = 0; seed < 10; seed++)
        {
            var graph = RandomGraphs.Uniform(200, 500, directed: true, weighted: false, seed: seed);
            var ego = EgoNetwork.Extract(graph, seed, new EgoNetworkOptions { MaxHops = 3, MaxNodes = 1000 });
            var bfs = NetworkAnalysis.Engine.Traversal.Bfs.Run(graph, seed, Direction.All, 3);
            var expected = Enumerable.Range(0, 200).Where(v => bfs.Distances[v] >= 0).ToHashSet();
            ego.Nodes.Order().Should().Equal(expected.Order());
            for (var i = 0; i < ego.Nodes.Length; i++)
            {
                ego.Distances[i].Should().Be(bfs.Distances[ego.Nodes[i]]);
            }
        }
    }
}
