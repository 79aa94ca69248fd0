namespace NetworkAnalysis.Classification.Tests;

public class TraffickingSmugglingScoresTests
{
    [Test]
    public void Compute_ExploitingCoercingGroup_LeansTrafficking()
    {
        var scores = TraffickingSmugglingScores.Compute(GroupIndicators.FromValues("g", new Dictionary<string, double?>
        {
            [IndicatorNames.ExploitedShare] = 0.9,
            [IndicatorNames.CoercedShare] = 0.7,
            [IndicatorNames.ContinuingRelations] = 0.8,
            [IndicatorNames.ExploitationIncomeShare] = 0.95,
            [IndicatorNames.FeePayingShare] = 0.1,
            [IndicatorNames.Victims] = 10,
            [IndicatorNames.Migrants] = 0,
        }));

        scores.Trafficking.Should().BeApproximately(((3 * 0.9) + (2 * 0.7) + (2 * 0.8) + (2 * 0.95) + 1) / 10, 1e-12);
        scores.Smuggling.Should().BeLessThan(0.2);
        scores.Leaning.Should().Be("trafficking");
        scores.TraffickingReasons[0].Text.Should().Be("exploits 90% of its people");
        scores.TraffickingReasons.Select(r => r.Contribution).Should().BeInDescendingOrder();
    }

    [Test]
    public void Compute_FeeTakingGroupWhoseRelationsEnd_LeansSmuggling()
    {
        var scores = TraffickingSmugglingScores.Compute(GroupIndicators.FromValues("g", new Dictionary<string, double?>
        {
            [IndicatorNames.ExploitedShare] = 0,
            [IndicatorNames.CoercedShare] = 0,
            [IndicatorNames.FeePayingShare] = 1,
            [IndicatorNames.ContinuingRelations] = 0,
            [IndicatorNames.Migrants] = 20,
            [IndicatorNames.Victims] = 0,
        }));

        scores.Smuggling.Should().Be(1);
        scores.Trafficking.Should().Be(0);
        scores.Leaning.Should().Be("smuggling");
        scores.SmugglingReasons.Select(r => r.Text).Should().Contain("relations end on arrival for 100% of its people");
    }

    [Test]
    public void Compute_NoPeopleData_Unknown()
    {
        var scores = TraffickingSmugglingScores.Compute(GroupIndicators.FromValues("g", new Dictionary<string, double?>()));

        scores.Trafficking.Should().BeNull();
        scores.Smuggling.Should().BeNull();
        scores.Leaning.Should().Be("unknown");
    }
}
