using FluentAssertions;
using NetworkAnalysis.Classification;
using NetworkAnalysis.Core;
using NUnit.Framework;

namespace NetworkAnalysis.Classification.Tests;

/// <summary>The typology indicators of issue 16: normalised, robust to stray records, hand-checked values.</summary>
public sealed class TypologyIndicatorsTests
{
    [Test]
    public void MemberCountries_IsTheInverseSimpsonOverHomeCountries()
    {
        // 2 members in TR, 1 in GR, 1 in IT: (4)² / (4 + 1 + 1) = 16/6.
        var ind = new CaseSketch()
            .Member("a", "g", country: "TR").Member("b", "g", country: "TR")
            .Member("c", "g", country: "GR").Member("d", "g", country: "IT")
            .Tx("a", "b", TransactionKind.Communication)
            .Indicators();

        ind.Value(IndicatorNames.MemberCountries).Should().BeApproximately(16.0 / 6, 1e-12);
    }

    [Test]
    public void CrossBorderShare_CountsRoutesAndPartiesInDifferentCountries()
    {
        var ind = new CaseSketch()
            .Member("a", "g", country: "TR").Member("b", "g", country: "TR").Member("c", "g", country: "GR")
            .Agent("m", AgentKind.Migrant)
            .Tx("a", "m", TransactionKind.Transport, route: "TR>GR")   // crosses (route)
            .Tx("a", "b", TransactionKind.Communication)              // same country
            .Tx("a", "c", TransactionKind.Communication)              // crosses (parties)
            .Tx("m", "a", TransactionKind.Fee)                        // cannot tell: migrant has no country
            .Indicators();

        ind.Value(IndicatorNames.CrossBorderShare).Should().BeApproximately(2.0 / 3, 1e-12);
    }

    [Test]
    public void FunctionsPerMember_AveragesOperationalFunctionsOfDeclaringMembers()
    {
        var ind = new CaseSketch()
            .Member("a", "g", functions: "recruitment;transport;protection;coordination")
            .Member("b", "g", functions: "transport")
            .Member("c", "g")
            .Tx("a", "b", TransactionKind.Communication)
            .Indicators();

        // a: 3 operational functions (coordination left out), b: 1; c declares none.
        ind.Value(IndicatorNames.FunctionsPerMember).Should().Be(2);
    }

    [Test]
    public void OutsourcedShare_IsBoughtOverBoughtPlusInHouseAncillary()
    {
        var ind = new CaseSketch()
            .Member("a", "g", functions: "money_laundering")
            .Agent("f", AgentKind.Person, functions: "document_forgery")
            .Agent("m", AgentKind.Migrant)
            .Tx("f", "a", TransactionKind.Documents)
            .Tx("f", "a", TransactionKind.Documents)
            .Tx("a", "m", TransactionKind.Transport)
            .Indicators();

        // Forgery bought (two records), laundering in-house: one of two.
        ind.Value(IndicatorNames.OutsourcedShare).Should().Be(0.5);
    }

    [Test]
    public void LongestActiveRun_CountsOperationsNotBackgroundCalls()
    {
        // Transports in Jan, Feb, Mar and Jun; calls every month in between do not join the runs.
        var sketch = new CaseSketch().Member("a", "g").Member("b", "g").Agent("m", AgentKind.Migrant);
        foreach (var month in new[] { 1, 2, 3, 6 })
        {
            sketch.Tx("a", "m", TransactionKind.Transport, time: $"2020-{month:00}-10T00:00:00Z");
        }

        for (var month = 1; month <= 12; month++)
        {
            sketch.Tx("a", "b", TransactionKind.Communication, time: $"2020-{month:00}-15T00:00:00Z");
        }

        var ind = sketch.Indicators();

        ind.Value(IndicatorNames.LongestActiveRun).Should().Be(3);
        ind.Value(IndicatorNames.ActiveMonths).Should().Be(12);
    }

    [Test]
    public void OfficialsBribed_OneStrayPaymentIsNotABribeButOneBribeIs()
    {
        var ind = new CaseSketch()
            .Member("a", "g")
            .Agent("o1", AgentKind.Official).Agent("o2", AgentKind.Official).Agent("o3", AgentKind.Official)
            .Tx("a", "o1", TransactionKind.Payment)
            .Tx("a", "o2", TransactionKind.Payment).Tx("a", "o2", TransactionKind.Payment)
            .Tx("a", "o3", TransactionKind.Bribe)
            .Indicators();

        ind.Value(IndicatorNames.OfficialsBribed).Should().Be(2);
    }

    [Test]
    public void TypologyRules_CountOnlyCriteriaThatCanBeChecked()
    {
        var unknown = GroupIndicators.FromValues("x", new Dictionary<string, double?>());
        var big = GroupIndicators.FromValues("b", new Dictionary<string, double?>
        {
            [IndicatorNames.Members] = 25,
            [IndicatorNames.OfficialsBribed] = 2,
            [IndicatorNames.OtherCrimes] = 0,
        });
        var small = GroupIndicators.FromValues("s", new Dictionary<string, double?>
        {
            [IndicatorNames.Members] = 3,
            [IndicatorNames.EffectiveCountries] = 1.5,
            [IndicatorNames.LaunderingInHouse] = 0,
            [IndicatorNames.ForgeryInHouse] = 0,
            [IndicatorNames.LongestActiveRun] = 40,
        });

        TypologyRules.Score(unknown).Should().Be(0.5);
        TypologyRules.Score(big).Should().BeApproximately(2.0 / 3, 1e-12);
        TypologyRules.Classify(big).Should().Be(GroupType.Transnational);
        // A long-lived group that is small on every other count stays small.
        TypologyRules.Score(small).Should().Be(0.25);
        TypologyRules.Classify(small).Should().Be(GroupType.SmallEnterprise);
    }

    [Test]
    public void TypicalRange_IsTheTenthToNinetiethPercentileOfKnownValues()
    {
        var range = TypicalRange.Of([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, null]);

        range.Should().Be(new TypicalRange(2, 10));
        range!.Value.ToString().Should().Be("2–10");
        TypicalRange.Of([null]).Should().BeNull();
    }
}
