using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Application.Tests.Analytics;

public class EgoAndPathAnalysisTests
{
    private static TransactionNetwork Case() => new TestCase()
        .Agent("boss").Agent("lt").Agent("driver").Agent("cop", AgentKind.Official).Agent("m", AgentKind.Migrant).Agent("far")
        .Tx("boss", "lt", day: 1).Tx("lt", "driver", day: 2).Tx("driver", "m", TransactionKind.Transport, day: 3)
        .Tx("boss", "cop", TransactionKind.Bribe, day: 10, amount: 100).Tx("cop", "far", day: 11)
        .Build();

    [Test]
    public void Ego_TwoHops_ListsMembersAndTies()
    {
        var ego = EgoNetworkAnalysis.Extract(Case(), "boss", new EgoQueryOptions { MaxHops = 2 });
        ego.Members.Select(m => (m.AgentId, m.Distance)).Should().Equal(("boss", 0), ("lt", 1), ("cop", 1), ("driver", 2), ("far", 2));
        ego.Ties.Select(t => $"{t.SourceId}>{t.TargetId}").Should().BeEquivalentTo(["boss>lt", "boss>cop", "lt>driver", "cop>far"]);
        ego.Truncated.Should().BeFalse();
    }

    [Test]
    public void Ego_Filters_ExcludeKindsTransactionKindsAndTime()
    {
        var noOfficials = EgoNetworkAnalysis.Extract(Case(), "boss", new EgoQueryOptions { MaxHops = 2, AgentKinds = new HashSet<AgentKind> { AgentKind.Person, AgentKind.Migrant } });
        noOfficials.Members.Select(m => m.AgentId).Should().Equal("boss", "lt", "driver");

        var bribesOnly = EgoNetworkAnalysis.Extract(Case(), "boss", new EgoQueryOptions { MaxHops = 3, TransactionKinds = new HashSet<TransactionKind> { TransactionKind.Bribe } });
        bribesOnly.Members.Select(m => m.AgentId).Should().Equal("boss", "cop");

        var early = EgoNetworkAnalysis.Extract(Case(), "boss", new EgoQueryOptions { MaxHops = 3, To = TestCase.At(5) });
        early.Members.Select(m => m.AgentId).Should().Equal("boss", "lt", "driver", "m");
    }

    [Test]
    public void Ego_OnProjectedGraph_GivesTheSameAnswerAndRejectsTransactionFilters()
    {
        var network = Case();
        var projected = NetworkProjection.Project(network);
        var fast = EgoNetworkAnalysis.Extract(projected, "boss", new EgoQueryOptions { MaxHops = 2 });
        fast.Should().BeEquivalentTo(EgoNetworkAnalysis.Extract(network, "boss", new EgoQueryOptions { MaxHops = 2 }));
        var act = () => EgoNetworkAnalysis.Extract(projected, "boss", new EgoQueryOptions { From = TestCase.At(0) });
        act.Should().Throw<ArgumentException>();
        var unknown = () => EgoNetworkAnalysis.Extract(network, "nobody");
        unknown.Should().Throw<KeyNotFoundException>();
    }

    [Test]
    public void Paths_ShortestAndK_BetweenTwoAgents()
    {
        var one = PathAnalysis.Find(Case(), "m", "far");
        one.Length.Should().Be("hops");
        one.Paths.Should().ContainSingle().Which.AgentIds.Should().Equal("m", "driver", "lt", "boss", "cop", "far");

        var directed = PathAnalysis.Find(Case(), "m", "far", new PathQueryOptions { Direction = Direction.Out });
        directed.Paths.Should().BeEmpty();

        var limited = PathAnalysis.Find(Case(), "m", "far", new PathQueryOptions { MaxHops = 4 });
        limited.Paths.Should().BeEmpty();
    }

    [Test]
    public void Paths_KShortest_UseYen()
    {
        var network = new TestCase().Agents("a", "b", "c", "d")
            .Tx("a", "b").Tx("b", "d").Tx("a", "c").Tx("c", "d").Tx("a", "d")
            .Build();
        var report = PathAnalysis.Find(network, "a", "d", new PathQueryOptions { Count = 3 });
        report.Paths.Select(p => string.Join("", p.AgentIds)).Should().Equal("ad", "abd", "acd");
        report.Paths.Select(p => p.Rank).Should().Equal(1, 2, 3);

        var strongest = PathAnalysis.Find(
            new TestCase().Agents("a", "b", "d").Tx("a", "d").Tx("a", "b").Tx("a", "b").Tx("a", "b").Tx("b", "d").Tx("b", "d").Tx("b", "d").Build(),
            "a", "d", new PathQueryOptions { Length = EdgeLength.InverseWeight });
        strongest.Paths[0].AgentIds.Should().Equal("a", "b", "d");
        strongest.Paths[0].Length.Should().BeApproximately(2.0 / 3, 1e-12);
    }

    [Test]
    public void TimeRespecting_PathThatExistsOnlyIgnoringTime_IsNotReturned()
    {
        // boss→lt (day 1) → driver (day 2) → m (day 3) is time-ordered; m←...←cop is not reachable forward in time.
        var ok = PathAnalysis.FindTimeRespecting(Case(), "boss", "m");
        ok.EarliestArrival!.AgentIds.Should().Equal("boss", "lt", "driver", "m");
        ok.EarliestArrival.Hops.Select(h => h.TransactionId).Should().Equal("t1", "t2", "t3");
        ok.EarliestArrival.Departure.Should().Be(TestCase.At(1));
        ok.EarliestArrival.Arrival.Should().Be(TestCase.At(3));

        // lt→driver (day 2) happened before boss→cop (day 10): far cannot be reached from lt in time order, though a static path exists.
        PathAnalysis.Find(Case(), "lt", "far").Paths.Should().NotBeEmpty();
        var late = PathAnalysis.FindTimeRespecting(Case(), "driver", "far", new TemporalPathQueryOptions { Direction = Direction.All });
        late.EarliestArrival.Should().BeNull();
    }
}
