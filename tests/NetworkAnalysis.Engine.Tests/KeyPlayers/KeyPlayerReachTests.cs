using NetworkAnalysis.Engine.KeyPlayers;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.KeyPlayers;

public class KeyPlayerReachTests
{
    [Test]
    public void Find_Star_PicksTheCentre()
    {
        var g = GraphText.Parse("x--a x--b x--c x--d");
        var set = KeyPlayerReach.Find(g.Graph, 1);
        set.Nodes.Should().Equal(g["x"]);
        set.Score.Should().Be(1);
    }

    [Test]
    public void Find_TwoStars_PicksBothCentres()
    {
        var g = GraphText.Parse("x--a x--b x--c y--d y--e y--f y--g");
        var set = KeyPlayerReach.Find(g.Graph, 2);
        set.Nodes.Should().Equal(g["y"], g["x"]);
        set.ScoreAfter[0].Should().BeApproximately(4.0 / 8, 1e-15);
        set.ScoreAfter[1].Should().Be(1);
    }

    [Test]
    public void Find_DirectedOut_FollowsTiesAwayFromMembers()
    {
        // a reaches b, c; z is reached by d, e, f but reaches nobody.
        var g = GraphText.Parse("a->b a->c d->z e->z f->z");
        var outward = KeyPlayerReach.Find(g.Graph, 1, new KeyPlayerReachOptions { Direction = Direction.Out });
        outward.Nodes.Should().Equal(g["a"]);
        var inward = KeyPlayerReach.Find(g.Graph, 1, new KeyPlayerReachOptions { Direction = Direction.In });
        inward.Nodes.Should().Equal(g["z"]);
    }

    [Test]
    public void Find_RandomGraphs_ScoreMatchesNaiveAndIsNearOptimal([Values] ReachMeasure measure)
    {
        for (var seed = 0; seed < 15; seed++)
        {
            var n = 12;
            var graph = RandomGraphs.Uniform(n, 14, directed: false, weighted: false, seed: 300 + seed);
            var options = new KeyPlayerReachOptions { Measure = measure, MaxDistance = 2 };
            var best = double.NegativeInfinity;
            for (var k = 1; k <= 3; k++)
            {
                var set = KeyPlayerReach.Find(graph, k, options);
                set.Score.Should().BeApproximately(NaiveReach(graph, set.Nodes, measure, 2), 1e-12);
                best = BruteForce(graph, k, measure, 2);
                set.Score.Should().BeGreaterThanOrEqualTo((1 - (1 / Math.E)) * best - 1e-12);
            }
        }
    }

    [Test]
    public void Find_LazyEvaluation_EqualsPlainGreedy()
    {
        var graph = RandomGraphs.Uniform(150, 260, directed: true, weighted: false, seed: 17);
        var options = new KeyPlayerReachOptions { Measure = ReachMeasure.DistanceWeighted, MaxDistance = 3, Direction = Direction.Out };
        var lazy = KeyPlayerReach.Find(graph, 8, options);
        var plain = new List<int>();
        for (var step = 0; step < 8; step++)
        {
            var bestNode = -1;
            var bestValue = double.NegativeInfinity;
            for (var v = 0; v < 150; v++)
            {
                if (plain.Contains(v))
                {
                    continue;
                }

                var value = NaiveReach(graph, [.. plain, v], ReachMeasure.DistanceWeighted, 3, Direction.Out);
                if (value > bestValue + 1e-12)
                {
                    bestValue = value;
                    bestNode = v;
                }
            }

            plain.Add(bestNode);
        }

        lazy.Nodes.Should().Equal(plain);
    }

    private static double BruteForce(CsrGraph graph, int k, ReachMeasure measure, int d)
    {
        var n = graph.NodeCount;
        var best = double.NegativeInfinity;
        for (var mask = 0; mask < 1 << n; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) != k)
            {
                continue;
            }

            var set = Enumerable.Range(0, n).Where(v => (mask & (1 << v)) != 0).ToArray();
            best = Math.Max(best, NaiveReach(graph, set, measure, d));
        }

        return best;
    }

    private static double NaiveReach(CsrGraph graph, IReadOnlyList<int> set, ReachMeasure measure, int d, Direction direction = Direction.All)
    {
        var n = graph.NodeCount;
        var dist = new int[n];
        Array.Fill(dist, int.MaxValue);
        foreach (var s in set)
        {
            var bfs = NetworkAnalysis.Engine.Traversal.Bfs.Run(graph, s, direction, d);
            for (var v = 0; v < n; v++)
            {
                if (bfs.Distances[v] >= 0)
                {
                    dist[v] = Math.Min(dist[v], bfs.Distances[v]);
                }
            }
        }

        if (measure == ReachMeasure.Reach)
        {
            var reached = Enumerable.Range(0, n).Count(v => !set.Contains(v) && dist[v] <= d);
            return reached / (double)(n - set.Count);
        }

        return Enumerable.Range(0, n).Sum(v => dist[v] == 0 ? 1 : dist[v] <= d ? 1.0 / dist[v] : 0) / n;
    }
}
