using NetworkAnalysis.Engine.Paths;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Paths;

public class ShortestPathTests
{
    [Test]
    public void Find_Hops_FollowsDirectionUnlessAll()
    {
        var g = GraphText.Parse("a->b b->c d->c");
        Names(g, ShortestPath.Find(g.Graph, g["a"], g["c"])).Should().Equal("a", "b", "c");
        ShortestPath.Find(g.Graph, g["a"], g["d"]).Should().BeNull();
        Names(g, ShortestPath.Find(g.Graph, g["a"], g["d"], new ShortestPathOptions { Direction = Direction.All })).Should().Equal("a", "b", "c", "d");
        Names(g, ShortestPath.Find(g.Graph, g["c"], g["a"], new ShortestPathOptions { Direction = Direction.In })).Should().Equal("c", "b", "a");
    }

    [Test]
    public void Find_SameNode_IsTheNodeAlone()
    {
        var g = GraphText.Parse("a->b");
        var path = ShortestPath.Find(g.Graph, 0, 0)!;
        path.Nodes.Should().Equal(0);
        path.Length.Should().Be(0);
    }

    [Test]
    public void Find_Weight_PrefersLightEdgesAndInverseWeightPrefersHeavy()
    {
        // a→b→d costs 1 + 1; a→c→d costs 5 + 5 but is the strong (heavy) route.
        var g = GraphText.Parse("a->b:1 b->d:1 a->c:5 c->d:5");
        var light = ShortestPath.Find(g.Graph, g["a"], g["d"], new ShortestPathOptions { Length = EdgeLength.Weight })!;
        Names(g, light).Should().Equal("a", "b", "d");
        light.Length.Should().Be(2);
        var strong = ShortestPath.Find(g.Graph, g["a"], g["d"], new ShortestPathOptions { Length = EdgeLength.InverseWeight })!;
        Names(g, strong).Should().Equal("a", "c", "d");
        strong.Length.Should().BeApproximately(0.4, 1e-15);
    }

    [Test]
    public void Find_HopLimit_GivesBestPathWithinTheLimit()
    {
        // Cheapest a→d is a→b→c→d (3 hops, cost 3); within 2 hops the best is a→e→d (cost 10).
        var g = GraphText.Parse("a->b:1 b->c:1 c->d:1 a->e:5 e->d:5 a->d:50");
        var options = new ShortestPathOptions { Length = EdgeLength.Weight, MaxHops = 2 };
        var path = ShortestPath.Find(g.Graph, g["a"], g["d"], options)!;
        Names(g, path).Should().Equal("a", "e", "d");
        path.Length.Should().Be(10);
        var one = ShortestPath.Find(g.Graph, g["a"], g["d"], options with { MaxHops = 1 })!;
        one.Length.Should().Be(50);
        ShortestPath.Find(g.Graph, g["a"], g["c"], new ShortestPathOptions { MaxHops = 1 }).Should().BeNull();
    }

    [Test]
    public void Find_RandomGraphs_LengthsMatchNaiveHopBoundedDp([Values] EdgeLength weighting, [Values] bool directed)
    {
        var rng = new Random(5);
        for (var seed = 0; seed < 25; seed++)
        {
            var n = 15 + rng.Next(20);
            var graph = RandomGraphs.Uniform(n, n * 2, directed, weighted: true, seed: seed);
            var maxHops = rng.Next(2) == 0 ? int.MaxValue : 1 + rng.Next(4);
            var options = new ShortestPathOptions { Length = weighting, MaxHops = maxHops, Direction = seed % 3 == 0 ? Direction.All : Direction.Out };
            for (var q = 0; q < 10; q++)
            {
                int s = rng.Next(n), t = rng.Next(n);
                var expected = NaiveLength(graph, s, t, options);
                var path = ShortestPath.Find(graph, s, t, options);
                if (double.IsPositiveInfinity(expected))
                {
                    path.Should().BeNull($"seed {seed}: {s}->{t}");
                    continue;
                }

                path.Should().NotBeNull($"seed {seed}: {s}->{t}");
                path!.Length.Should().BeApproximately(expected, 1e-9);
                path.Nodes[0].Should().Be(s);
                path.Nodes[^1].Should().Be(t);
                path.Hops.Should().BeLessThanOrEqualTo(maxHops);
                path.Nodes.Should().OnlyHaveUniqueItems();
            }
        }
    }

    [Test]
    public void FindToAny_RandomGraphs_ReachesTheNearestTarget([Values] EdgeLength weighting)
    {
        var rng = new Random(8);
        for (var seed = 0; seed < 30; seed++)
        {
            var n = 20 + rng.Next(20);
            var graph = RandomGraphs.Uniform(n, n * 2, directed: true, weighted: true, seed: 900 + seed);
            var options = new ShortestPathOptions { Length = weighting, MaxHops = seed % 2 == 0 ? 3 : int.MaxValue, Direction = Direction.All };
            var targets = Enumerable.Range(0, n).Select(_ => rng.NextDouble() < 0.15).ToArray();
            var s = rng.Next(n);
            var best = Enumerable.Range(0, n).Where(t => targets[t])
                .Select(t => ShortestPath.Find(graph, s, t, options)?.Length ?? double.PositiveInfinity)
                .DefaultIfEmpty(double.PositiveInfinity).Min();
            var path = ShortestPath.FindToAny(graph, s, targets, options);
            if (double.IsPositiveInfinity(best))
            {
                path.Should().BeNull();
                continue;
            }

            path!.Length.Should().BeApproximately(best, 1e-9, $"seed {seed}");
            targets[path.Nodes[^1]].Should().BeTrue();
            path.Hops.Should().BeLessThanOrEqualTo(options.MaxHops);
        }
    }

    internal static double NaiveEdgeLength(CsrGraph graph, int u, int v, ShortestPathOptions options)
    {
        var best = double.PositiveInfinity;
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            int a = graph.EdgeSource(e), b = graph.EdgeTarget(e);
            var forward = a == u && b == v;
            var backward = a == v && b == u;
            var usable = !graph.IsDirected ? forward || backward
                : options.Direction == Direction.Out ? forward
                : options.Direction == Direction.In ? backward
                : forward || backward;
            if (!usable)
            {
                continue;
            }

            var w = graph.EdgeWeight(e);
            var len = options.Length switch { EdgeLength.Unit => 1, EdgeLength.Weight => w, _ => 1 / w };
            best = Math.Min(best, len);
        }

        return best;
    }

    /// <summary>Shortest length with at most h edges by dynamic programming over h (walks; equal to paths with non-negative lengths).</summary>
    private static double NaiveLength(CsrGraph graph, int s, int t, ShortestPathOptions options)
    {
        var n = graph.NodeCount;
        var lengths = new double[n, n];
        for (var u = 0; u < n; u++)
        {
            for (var v = 0; v < n; v++)
            {
                lengths[u, v] = NaiveEdgeLength(graph, u, v, options);
            }
        }

        var dist = Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
        dist[s] = 0;
        var limit = Math.Min(options.MaxHops, n);
        for (var h = 0; h < limit; h++)
        {
            var next = (double[])dist.Clone();
            for (var u = 0; u < n; u++)
            {
                for (var v = 0; v < n; v++)
                {
                    var len = lengths[u, v];
                    if (u != v && dist[u] + len < next[v])
                    {
                        next[v] = dist[u] + len;
                    }
                }
            }

            dist = next;
        }

        return dist[t];
    }

    private static IEnumerable<string> Names(NamedGraph g, GraphPath? path) => path!.Nodes.Select(v => g.Names[v]);
}
