using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Analytics;

public class KeyPlayerAnalysisTests
{
    // Two cells joined through a courier.
    private static TransactionNetwork Barbell() => new TestCase()
        .Agents("a", "b", "c", "courier", "d", "e", "f")
        .Tx("a", "b").Tx("b", "c").Tx("c", "a").Tx("c", "courier").Tx("courier", "d").Tx("d", "e").Tx("e", "f").Tx("f", "d")
        .Build();

    [Test]
    public void FindFragmenting_Barbell_OneIsTheCourierButTwoAreItsContacts()
    {
        var one = KeyPlayerAnalysis.FindFragmenting(Barbell(), new KeyPlayerOptions { Count = 1 });
        one.Objective.Should().Be("fragmentation");
        one.InitialScore.Should().Be(0);
        one.Rows.Should().ContainSingle().Which.AgentId.Should().Be("courier");
        one.Rows[0].Order.Should().Be(1);
        one.Rows[0].ScoreAfter.Should().BeApproximately(1 - (12.0 / 30), 1e-15);

        // Removing c and d cuts three parts ({a,b}, {courier}, {e,f}): 4 connected pairs of 20.
        var two = KeyPlayerAnalysis.FindFragmenting(Barbell(), new KeyPlayerOptions { Count = 2 });
        two.Rows.Select(r => r.AgentId).Should().BeEquivalentTo(["c", "d"]);
        two.Score.Should().BeApproximately(0.8, 1e-15);
        two.Rows[1].ScoreAfter.Should().BeGreaterThan(two.Rows[0].ScoreAfter);
    }

    [Test]
    public void FindReaching_Star_ChoosesTheCentre()
    {
        var network = new TestCase().Agents("boss", "a", "b", "c", "d", "e")
            .Tx("boss", "a").Tx("boss", "b").Tx("boss", "c").Tx("d", "e").Build();
        var report = KeyPlayerAnalysis.FindReaching(network, new KeyPlayerOptions { Count = 2 });
        report.Objective.Should().Be("reach");
        report.Rows.Select(r => r.AgentId).Should().Equal("boss", "d");
        report.Rows[0].ScoreAfter.Should().BeApproximately(3.0 / 5, 1e-15);
        report.Rows[1].ScoreAfter.Should().Be(1);
    }

    [Test]
    public void FindFragmenting_CountAboveMaxResults_IsCapped()
    {
        var report = KeyPlayerAnalysis.FindFragmenting(Barbell(), new KeyPlayerOptions { Count = 50, MaxResults = 3 });
        report.Rows.Should().HaveCount(3);
    }
}
