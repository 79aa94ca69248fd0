using NetworkAnalysis.Engine.Temporal;

namespace NetworkAnalysis.Engine.Tests.Temporal;

public class TemporalPathsTests
{
    // Nodes: a=0, b=1, c=2, d=3.
    private static TimedEdges Edges(params (int S, int T, long Time)[] edges) =>
        TimedEdges.Create(4, edges.Select(e => e.S).ToArray(), edges.Select(e => e.T).ToArray(), edges.Select(e => e.Time).ToArray());

    [Test]
    public void Find_PathOnlyIgnoringTime_IsNotTimeRespecting()
    {
        // a→b at 5, b→c at 3: a static path a-b-c exists, but the second call happened before the first.
        var edges = Edges((0, 1, 5), (1, 2, 3));
        var result = TemporalPaths.Find(edges, 0, 2);
        result.EarliestArrival.Should().BeNull();
        result.FewestHops.Should().BeNull();
    }

    [Test]
    public void Find_EqualTimes_MayFollowEachOther()
    {
        var edges = Edges((0, 1, 5), (1, 2, 5));
        var path = TemporalPaths.Find(edges, 0, 2).EarliestArrival!;
        path.Nodes.Should().Equal(0, 1, 2);
        path.Departure.Should().Be(5);
        path.Arrival.Should().Be(5);
    }

    [Test]
    public void Find_EarliestAndFewestHops_CanDiffer()
    {
        // Direct a→c late (t=10); a→b→c early (arrives t=2).
        var edges = Edges((0, 2, 10), (0, 1, 1), (1, 2, 2));
        var result = TemporalPaths.Find(edges, 0, 2);
        result.EarliestArrival!.Nodes.Should().Equal(0, 1, 2);
        result.EarliestArrival.Arrival.Should().Be(2);
        result.FewestHops!.Nodes.Should().Equal(0, 2);
        result.FewestHops.Arrival.Should().Be(10);

        var oneHop = TemporalPaths.Find(edges, 0, 2, new TemporalPathOptions { MaxHops = 1 });
        oneHop.EarliestArrival!.Nodes.Should().Equal(0, 2);
    }

    [Test]
    public void Find_Window_IgnoresEdgesOutside()
    {
        var edges = Edges((0, 1, 1), (1, 2, 2), (0, 1, 5), (1, 2, 6));
        var path = TemporalPaths.Find(edges, 0, 2, new TemporalPathOptions { Window = new TimeWindow(3, 100) }).EarliestArrival!;
        path.Departure.Should().Be(5);
        path.Arrival.Should().Be(6);
        TemporalPaths.Find(edges, 0, 2, new TemporalPathOptions { Window = new TimeWindow(0, 6) }).EarliestArrival!.Arrival.Should().Be(2);
        TemporalPaths.Find(edges, 0, 2, new TemporalPathOptions { Window = new TimeWindow(2, 6) }).EarliestArrival.Should().BeNull();
    }

    [Test]
    public void Find_DirectionAll_UsesEdgesEitherWay()
    {
        // b→a at 1, then b→c at 2: from a, following ties either way, a-b-c.
        var edges = Edges((1, 0, 1), (1, 2, 2));
        TemporalPaths.Find(edges, 0, 2).EarliestArrival.Should().BeNull();
        TemporalPaths.Find(edges, 0, 2, new TemporalPathOptions { Direction = Direction.All }).EarliestArrival!.Nodes.Should().Equal(0, 1, 2);
    }

    [Test]
    public void Find_RandomTemporalGraphs_MatchExhaustiveSearch()
    {
        var rng = new Random(3);
        for (var seed = 0; seed < 200; seed++)
        {
            var n = 5 + rng.Next(5);
            var m = rng.Next(25);
            var s = new int[m];
            var t = new int[m];
            var time = new long[m];
            for (var e = 0; e < m; e++)
            {
                s[e] = rng.Next(n);
                t[e] = rng.Next(n);
                time[e] = rng.Next(8);
            }

            var edges = TimedEdges.Create(n, s, t, time);
            var maxHops = 1 + rng.Next(5);
            int a = rng.Next(n), b = (a + 1 + rng.Next(n - 1)) % n;
            var (earliest, fewest) = Exhaustive(edges, a, b, maxHops);
            var result = TemporalPaths.Find(edges, a, b, new TemporalPathOptions { MaxHops = maxHops });
            if (earliest is null)
            {
                result.EarliestArrival.Should().BeNull($"seed {seed}");
                result.FewestHops.Should().BeNull();
                continue;
            }

            result.EarliestArrival!.Arrival.Should().Be(earliest.Value.Arrival, $"seed {seed}");
            result.EarliestArrival.Hops.Should().Be(earliest.Value.Hops);
            result.FewestHops!.Hops.Should().Be(fewest!.Value.Hops, $"seed {seed}");
            result.FewestHops.Arrival.Should().Be(fewest.Value.Arrival);
            Valid(edges, result.EarliestArrival, a, b, maxHops);
            Valid(edges, result.FewestHops, a, b, maxHops);
        }
    }

    private static void Valid(TimedEdges edges, TemporalPath path, int a, int b, int maxHops)
    {
        path.Nodes[0].Should().Be(a);
        path.Nodes[^1].Should().Be(b);
        path.Hops.Should().BeLessThanOrEqualTo(maxHops);
        for (var i = 0; i < path.Edges.Length; i++)
        {
            edges.Sources[path.Edges[i]].Should().Be(path.Nodes[i]);
            edges.Targets[path.Edges[i]].Should().Be(path.Nodes[i + 1]);
            if (i > 0)
            {
                edges.Times[path.Edges[i]].Should().BeGreaterThanOrEqualTo(edges.Times[path.Edges[i - 1]]);
            }
        }
    }

    // Best (arrival, hops) pairs over every time-respecting walk (a walk can be shortened to a path with no later arrival).
    private static ((long Arrival, int Hops)? Earliest, (long Arrival, int Hops)? Fewest) Exhaustive(TimedEdges edges, int a, int b, int maxHops)
    {
        (long, int)? earliest = null, fewest = null;
        void Walk(int v, long time, int hops)
        {
            if (v == b && hops > 0)
            {
                if (earliest is null || time < earliest.Value.Item1 || (time == earliest.Value.Item1 && hops < earliest.Value.Item2))
                {
                    earliest = (time, hops);
                }

                if (fewest is null || hops < fewest.Value.Item2 || (hops == fewest.Value.Item2 && time < fewest.Value.Item1))
                {
                    fewest = (time, hops);
                }
            }

            if (hops == maxHops)
            {
                return;
            }

            for (var e = 0; e < edges.Count; e++)
            {
                if (edges.Sources[e] == v && edges.Times[e] >= time && edges.Targets[e] != a)
                {
                    Walk(edges.Targets[e], edges.Times[e], hops + 1);
                }
            }
        }

        Walk(a, long.MinValue, 0);
        return (earliest, fewest);
    }
}
