using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Analytics;

public class UpperworldAnalysisTests
{
    private static TransactionNetwork Case() => new TestCase()
        .Agent("boss", groups: "g1").Agent("lt", groups: "g1").Agent("driver", groups: "g1")
        .Agent("x", groups: "g2").Agent("y", groups: "g2")
        .Agent("fixer").Agent("cop", AgentKind.Official).Agent("truckco", AgentKind.Business)
        .Tx("boss", "lt").Tx("boss", "driver").Tx("lt", "driver").Tx("x", "y")
        .Tx("fixer", "cop", TransactionKind.Bribe, day: 1, amount: 500, currency: "EUR", id: "b1")
        .Tx("fixer", "cop", TransactionKind.Bribe, day: 9, amount: 500, currency: "EUR", id: "b2")
        .Tx("truckco", "driver", TransactionKind.Transport, day: 3, id: "tr")
        .Tx("fixer", "boss")
        .Build();

    [Test]
    public void Analyze_ListsEveryDirectLinkWithAmounts()
    {
        var report = UpperworldAnalysis.Analyze(Case());
        report.Links.Should().HaveCount(2);
        var bribe = report.Links.Single(l => l.UpperworldId == "cop");
        bribe.UnderworldId.Should().Be("fixer");
        bribe.Kind.Should().Be(TransactionKind.Bribe);
        bribe.FromUpperworld.Should().BeFalse();
        bribe.Transactions.Should().Be(2);
        MoneyAmount.Format(bribe.Amounts).Should().Be("1000 EUR");
        bribe.First.Should().Be(TestCase.At(1));
        bribe.Last.Should().Be(TestCase.At(9));
        bribe.Examples.Should().Equal("b1", "b2");
        report.Links.Single(l => l.UpperworldId == "truckco").FromUpperworld.Should().BeTrue();
    }

    [Test]
    public void Analyze_RanksExposureByClosenessToGroupCores()
    {
        var report = UpperworldAnalysis.Analyze(Case());
        report.Exposure.Select(e => e.AgentId).Should().Equal("truckco", "cop");
        report.Exposure[0].Score.Should().BeApproximately(0.5, 1e-15);   // next to g1's core (driver)
        report.Exposure[1].Score.Should().BeApproximately(1.0 / 3, 1e-15); // cop - fixer - boss
        report.Exposure[1].UnderworldContacts.Should().Be(1);
        report.Exposure[1].Transactions.Should().Be(2);
        report.Exposure.Should().OnlyContain(e => e.GroupsReached == 1);
    }

    [Test]
    public void Analyze_PathsReachTheCoreAndGatewaysHoldTheLinks()
    {
        var report = UpperworldAnalysis.Analyze(Case());
        var cop = report.Paths.Single(p => p.UpperworldId == "cop");
        cop.GroupId.Should().Be("g1");
        cop.Shortest.Should().Equal("cop", "fixer", "boss");
        cop.ShortestHops.Should().Be(2);
        cop.Strongest.Should().Equal("cop", "fixer", "boss");
        cop.StrongestLength.Should().BeApproximately(0.5 + 1, 1e-12);

        report.Gateways.Select(g => g.AgentId).Should().Equal("fixer", "driver");
        report.Gateways[0].Kinds.Should().Equal(TransactionKind.Bribe);
        report.Gateways[1].Groups.Should().Equal("g1");
    }

    [Test]
    public void Analyze_StrongestPath_FollowsTheMostUsedTies()
    {
        var builder = new TestCase()
            .Agent("boss", groups: "g").Agent("a").Agent("b").Agent("c").Agent("cop", AgentKind.Official)
            .Tx("a", "cop").Tx("a", "boss");
        for (var i = 0; i < 5; i++)
        {
            builder.Tx("b", "cop").Tx("b", "c").Tx("c", "boss");
        }

        var path = UpperworldAnalysis.Analyze(builder.Build()).Paths.Single();
        path.Shortest.Should().Equal("cop", "a", "boss");
        path.Strongest.Should().Equal("cop", "b", "c", "boss");
        path.StrongestLength.Should().BeApproximately(0.6, 1e-12);
    }

    [Test]
    public void Analyze_HopLimit_StopsFarGroups()
    {
        var report = UpperworldAnalysis.Analyze(Case(), new UpperworldOptions { MaxHops = 1 });
        report.Exposure.Single(e => e.AgentId == "cop").GroupsReached.Should().Be(0);
        report.Paths.Should().NotContain(p => p.UpperworldId == "cop");
    }
}
