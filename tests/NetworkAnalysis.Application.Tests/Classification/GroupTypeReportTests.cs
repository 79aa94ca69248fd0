using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Classification;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Classification;

public class GroupTypeReportTests
{
    [Test]
    public void Build_DeclaredGroups_ClassifiesEachWithReasonsAndScreening()
    {
        var rows = GroupTypeReport.Build(CaseBook.TwoTypes());

        rows.Select(r => r.GroupId).Should().Equal("small", "big");
        var small = rows[0];
        small.Type.Should().Be(GroupType.SmallEnterprise);
        small.Name.Should().Be("Small cell");
        small.Members.Should().Be(3);
        small.Label.Should().Be(GroupType.SmallEnterprise);
        small.Score.Should().BeLessThan(0.5);
        small.TopReasons.Should().HaveCount(3).And.Contain(r => r.StartsWith("bribes no officials (typically small enterprise ", StringComparison.Ordinal));
        small.Smuggling.Should().BeGreaterThan(small.Trafficking!.Value);

        var big = rows[1];
        big.Type.Should().Be(GroupType.Transnational);
        big.Members.Should().Be(12);
        big.TopReasons.Should().Contain(r => r.StartsWith("bribes 3 officials", StringComparison.Ordinal));
        big.TopReasons.Count.Should().BeLessThanOrEqualTo(3);
        big.Trafficking.Should().BeGreaterThan(big.Smuggling!.Value);
        big.Screening.Leaning.Should().Be("trafficking");
    }

    [Test]
    public void Build_NoDeclaredGroups_DetectsThemAndLabelsNothing()
    {
        var rows = GroupTypeReport.Build(CaseBook.TwoTypes(declareGroups: false));

        rows.Should().HaveCount(2);
        rows.Should().OnlyContain(r => r.Origin == GroupOrigin.Detected && r.Label == null);
        rows.Select(r => r.Type).Should().BeEquivalentTo(new[] { GroupType.SmallEnterprise, GroupType.Transnational });
    }

    [Test]
    public void Build_DetectedOnLabelledData_TakesTheMembersMajorityLabel()
    {
        var rows = GroupTypeReport.Build(CaseBook.TwoTypes(), new GroupTypeReportOptions { Groups = GroupSelection.Detected });

        rows.Should().HaveCount(2);
        rows.Should().OnlyContain(r => r.Label == r.Type);
    }

    [Test]
    public void Build_TopReasonsLimitIsApplied()
    {
        var rows = GroupTypeReport.Build(CaseBook.TwoTypes(), new GroupTypeReportOptions { TopReasons = 2 });

        rows.Should().OnlyContain(r => r.TopReasons.Count <= 2);
        rows[1].TopReasons.Should().Equal(rows[1].Classification.SupportingReasons.Take(2).Select(r => r.Text));
    }

    [Test]
    public void Build_CustomModelIsUsed()
    {
        var model = new GroupModel("members only", 0, [new ModelFeature(IndicatorNames.Members, FeatureTransform.Linear, 0, 2, 1) { Above = "many", Below = "few" }]);

        var rows = GroupTypeReport.Build(CaseBook.TwoTypes(), new GroupTypeReportOptions { Model = model });

        rows.Should().OnlyContain(r => r.Type == GroupType.Transnational && r.TopReasons.SequenceEqual(new[] { "many" }));
    }

    [Test]
    public void Section_OneRowPerGroupWithTypeScoreAndReasons()
    {
        var section = GroupTypeReport.Section(CaseBook.TwoTypes());

        section.Key.Should().Be("group-types");
        section.Columns.Should().Equal("Group", "Name", "Type", "Score", "Members", "Reasons", "Trafficking", "Smuggling", "Leaning");
        section.Rows.Should().HaveCount(2);
        section.Rows[0][0].Should().Be("small");
        section.Rows[0][1].Should().Be("Small cell");
        section.Rows[0][2].Should().Be("small_enterprise");
        section.Rows[1][2].Should().Be("transnational");
        section.Rows[1][4].Should().Be(12);
        ((string)section.Rows[1][5]!).Should().Contain("bribes 3 officials (typically small enterprise 0, transnational ");
        section.Rows[1][8].Should().Be("trafficking");
    }

    [Test]
    public void Build_ProbabilityInTheUncertainBand_ReportsUncertainWithReasonsOnBothSides()
    {
        // A band covering every probability makes both groups uncertain.
        var rows = GroupTypeReport.Build(CaseBook.TwoTypes(), new GroupTypeReportOptions { Uncertain = new UncertainBand(0, 1) });

        rows.Should().OnlyContain(r => r.Uncertain && r.ReportedType == "uncertain");
        rows[1].Type.Should().Be(GroupType.Transnational, "the likelier type is kept");
        rows[1].TopReasons.Should().Contain(r => r.StartsWith("for transnational: ", StringComparison.Ordinal))
            .And.Contain(r => r.StartsWith("for small enterprise: ", StringComparison.Ordinal));
        GroupTypeReport.Build(CaseBook.TwoTypes(), new GroupTypeReportOptions { Uncertain = UncertainBand.None })
            .Should().OnlyContain(r => !r.Uncertain);
    }

    [TestCase("0.3,0.7", 0.3, 0.7)]
    [TestCase("none", 0.5, 0.5)]
    public void UncertainBand_Parse_ReadsLowHighOrNone(string text, double low, double high)
    {
        var band = UncertainBand.Parse(text);

        band.Low.Should().Be(low);
        band.High.Should().Be(high);
        band.Contains(0.5).Should().Be(text != "none");
    }

    [TestCase("0.7,0.3")]
    [TestCase("0.3")]
    [TestCase("a,b")]
    public void UncertainBand_Parse_RejectsABadBand(string text)
    {
        var act = () => UncertainBand.Parse(text);

        act.Should().Throw<FormatException>().WithMessage("*LOW,HIGH*");
    }
}
