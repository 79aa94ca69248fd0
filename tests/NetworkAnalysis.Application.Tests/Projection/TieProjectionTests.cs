using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Projection;

public class TieProjectionTests
{
    private static readonly DateTimeOffset Jan = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // boss pays driver; boss owns travel (from 2019); boss and cousin are family; driver works for travel (2020-2021).
    private static TransactionNetwork Case(bool withTies)
    {
        var b = new TransactionNetworkBuilder()
            .AddAgent(new Agent("boss", AgentKind.Person))
            .AddAgent(new Agent("driver", AgentKind.Person))
            .AddAgent(new Agent("travel", AgentKind.Business))
            .AddAgent(new Agent("cousin", AgentKind.Person))
            .AddTransaction(new Transaction("boss", "driver", TransactionKind.Payment) { Time = Jan, Amount = 100m });
        if (withTies)
        {
            b.AddTie(new Tie("boss", "travel", TieKind.Ownership) { Start = new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero) })
                .AddTie(new Tie("boss", "cousin", TieKind.Family))
                .AddTie(new Tie("driver", "travel", TieKind.Employment) { Start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), End = new DateTimeOffset(2021, 12, 31, 0, 0, 0, TimeSpan.Zero) });
        }

        return b.Build();
    }

    private static (int, int)[] Edges(ProjectedGraph p)
    {
        var edges = new List<(int, int)>();
        for (var u = 0; u < p.Graph.NodeCount; u++)
        {
            foreach (var v in p.Graph.Neighbors(u))
            {
                edges.Add((u, v));
            }
        }

        return [.. edges];
    }

    [Test]
    public void Project_DefaultOptions_LeaveTiesOutSoResultsAreUnchanged()
    {
        var without = NetworkProjection.Project(Case(withTies: false));
        var with = NetworkProjection.Project(Case(withTies: true));
        Edges(with).Should().Equal(Edges(without));
        with.Ids.Should().Equal(without.Ids);
        var noIsolated = new ProjectionOptions { KeepIsolated = false };
        NetworkProjection.Project(Case(withTies: true), noIsolated).Ids.Should().Equal("boss", "driver");
    }

    [Test]
    public void Project_TieKindsAsked_AddsThoseTiesWithMutualFamilyBothWays()
    {
        var p = NetworkProjection.Project(Case(withTies: true), new ProjectionOptions { TieKinds = new HashSet<TieKind> { TieKind.Family, TieKind.Ownership } });
        Edges(p).Should().BeEquivalentTo(new[] { (0, 1), (0, 2), (0, 3), (3, 0) });
    }

    [Test]
    public void Project_TiesWithATimeWindow_KeepOverlappingIntervalsOnly()
    {
        var all = new HashSet<TieKind>(Enum.GetValues<TieKind>());
        var in2023 = new ProjectionOptions { TieKinds = all, From = Jan.AddYears(-1), To = Jan, KeepIsolated = false };
        var p = NetworkProjection.Project(Case(withTies: true), in2023);

        // Ownership runs on from 2019; employment ended in 2021; family has no dates; the payment is in 2024.
        p.Ids.Should().Equal("boss", "travel");
        var untimed = NetworkProjection.Project(Case(withTies: true), in2023 with { KeepUntimed = true });
        untimed.Ids.Should().Equal("boss", "travel", "cousin");
    }

    [Test]
    public void Project_TiesWithAmountAggregation_AreSkipped()
    {
        var options = new ProjectionOptions { TieKinds = new HashSet<TieKind>(Enum.GetValues<TieKind>()), Aggregation = EdgeAggregation.Amount };
        Edges(NetworkProjection.Project(Case(withTies: true), options)).Should().Equal((0, 1));
    }
}
