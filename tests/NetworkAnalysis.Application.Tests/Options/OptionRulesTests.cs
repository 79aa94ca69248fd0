using NetworkAnalysis.Application.Centrality;
using NetworkAnalysis.Application.Communities;
using NetworkAnalysis.Application.Options;
using NetworkAnalysis.Application.Requests;

namespace NetworkAnalysis.Application.Tests.Options;

public class OptionRulesTests
{
    [TestCase(-1, "--damping: must be between 0 and 1 (got -1)")]
    [TestCase(double.NaN, "--damping: must be between 0 and 1 (got not a number)")]
    [TestCase(double.PositiveInfinity, "--damping: must be between 0 and 1 (got infinity)")]
    public void Check_OutOfRange_OneMessageNamingOptionRangeAndValue(double value, string message)
    {
        var act = () => OptionRules.Check("centrality", "damping", value);
        act.Should().Throw<OptionException>().WithMessage(message).Which.Option.Should().Be("damping");
    }

    [TestCase(0.0)]
    [TestCase(1.0)]
    [TestCase(0.85)]
    public void Check_InRange_Passes(double value) =>
        FluentActions.Invoking(() => OptionRules.Check("centrality", "damping", value)).Should().NotThrow();

    [Test]
    public void Check_ExclusiveMinimum_RefusesTheBound()
    {
        FluentActions.Invoking(() => OptionRules.Check("centrality", "tolerance", 0)).Should().Throw<OptionException>()
            .WithMessage("--tolerance: must be greater than 0 and at most 1 (got 0)");
        FluentActions.Invoking(() => OptionRules.Check("centrality", "tolerance", 1e-300)).Should().NotThrow();
    }

    [Test]
    public void CheckApplies_OtherMeasure_SaysWhereItApplies()
    {
        var rule = OptionRules.Find("centrality", "targets")!;
        FluentActions.Invoking(() => rule.CheckApplies("closeness")).Should().Throw<OptionException>()
            .WithMessage("--targets: does not apply to --measure closeness (only to betweenness)");
        FluentActions.Invoking(() => rule.CheckApplies("Betweenness")).Should().NotThrow();
    }

    [Test]
    public void CheckRequest_FlagSelectorLeftOut_CountsAsFalse()
    {
        FluentActions.Invoking(() => OptionRules.CheckRequest("keyplayers", [new("reach", 2)])).Should().Throw<OptionException>()
            .WithMessage("--reach: applies only with --positive");
        FluentActions.Invoking(() => OptionRules.CheckRequest("keyplayers", [new("positive", true), new("reach", 2)])).Should().NotThrow();
        FluentActions.Invoking(() => OptionRules.CheckRequest("upperworld", [new("links", true), new("gateways", true)])).Should().Throw<OptionException>()
            .WithMessage("--gateways: does not apply with --links");
    }

    [Test]
    public void CheckRequest_FlagGivenFalse_IsNotGiven() =>
        FluentActions.Invoking(() => OptionRules.CheckRequest("upperworld", [new("links", true), new("gateways", false)])).Should().NotThrow();

    [Test]
    public void CheckRequest_FirstBadOptionInTheOrderGiven()
    {
        FluentActions.Invoking(() => OptionRules.CheckRequest("centrality", [new("measure", "PageRank"), new("damping", 2.0), new("top", 0)]))
            .Should().Throw<OptionException>().WithMessage("--damping: must be between 0 and 1 (got 2)");
    }

    [TestCase("99999999999", true, "--top: must be between 1 and 10000000 (got 99999999999)")]
    [TestCase("1.5", true, "--top: '1.5' is not a whole number")]
    [TestCase("ten", true, "--top: 'ten' is not a whole number")]
    [TestCase("1e400", false, "--top: must be between 1 and 10000000 (got infinity)")]
    [TestCase("1e5", false, "--top: '1e5' is not a number in plain notation (e.g. 1500.50)")]
    public void Unparsable_NumberOutsideTheParsedType_IsARangeMessage(string text, bool whole, string message) =>
        OptionRules.Unparsable("centrality", "top", text, whole).Message.Should().Be(message);

    [Test]
    public void Catalog_EveryNumericOption_TakesItsRangeAndDefaultFromTheTable()
    {
        foreach (var analysis in AnalysisCatalog.All)
        {
            foreach (var spec in analysis.Options.Where(o => o.Type is OptionType.Integer or OptionType.Number))
            {
                var because = $"{analysis.Name} --{spec.Name}";
                spec.Rule.Should().NotBeNull(because).And.BeSameAs(OptionRules.Find(analysis.Name, spec.Name), because);
                spec.Rule!.IsNumeric.Should().BeTrue(because);
                spec.Minimum.Should().Be(spec.Rule.Minimum, because);
                if (spec.Default is int value)
                {
                    spec.Rule.Default.Should().StartWith(value.ToString(System.Globalization.CultureInfo.InvariantCulture), because);
                    FluentActions.Invoking(() => spec.Rule.CheckValue(value)).Should().NotThrow(because);
                }
            }
        }
    }

    [Test]
    public void OptionValues_OutOfRange_TheTableMessage()
    {
        var ego = AnalysisCatalog.Find("ego")!;
        FluentActions.Invoking(() => new OptionValues(ego.Options, new Dictionary<string, string?> { ["agent"] = "a", ["max"] = "0" }))
            .Should().Throw<OptionException>().WithMessage("--max: must be between 1 and 10000000 (got 0)");
        var centrality = AnalysisCatalog.Find("centrality")!;
        FluentActions.Invoking(() => new OptionValues(centrality.Options, new Dictionary<string, string?> { ["measure"] = "degree", ["damping"] = "0.5" }))
            .Should().Throw<OptionException>().WithMessage("--damping: does not apply to --measure degree (only to pagerank)");
        new OptionValues(centrality.Options, new Dictionary<string, string?> { ["measure"] = "pagerank", ["damping"] = "0.5" }).Number("damping").Should().Be(0.5);
    }

    [Test]
    public void All_EveryRule_HasADefaultAndAConsistentRange()
    {
        foreach (var rule in OptionRules.All)
        {
            rule.Default.Should().NotBeNullOrWhiteSpace(rule.Name);
            if (rule is { Minimum: { } lo, Maximum: { } hi })
            {
                lo.Should().BeLessThan(hi, $"{rule.Command} --{rule.Name}");
            }

            (rule.Selector is null).Should().Be(rule.AppliesTo.Count == 0, $"{rule.Command} --{rule.Name}");
        }

        OptionRules.All.GroupBy(r => (r.Command, r.Name)).Should().OnlyContain(g => g.Count() == 1);
    }

    [Test]
    public void CentralityValidate_ServiceRequestWithOptionOfAnotherMeasure_SameMessageAsCli()
    {
        var request = new CentralityRequest(CentralityMeasure.Closeness) { Targets = ["a"] };
        FluentActions.Invoking(() => CentralityAnalysis.Validate(request, 10)).Should().Throw<OptionException>()
            .WithMessage("--targets: does not apply to --measure closeness (only to betweenness)");
    }

    [Test]
    public void CentralityValidate_MoreSamplesThanNodes_Refused()
    {
        var request = new CentralityRequest(CentralityMeasure.Betweenness) { Samples = 11 };
        FluentActions.Invoking(() => CentralityAnalysis.Validate(request, 10)).Should().Throw<OptionException>().WithMessage("--samples: *10*");
    }

    [Test]
    public void CommunityValidate_ResolutionNaN_Refused()
    {
        var request = new CommunityRequest(CommunityMethod.Leiden) { Resolution = double.NaN };
        FluentActions.Invoking(() => CommunityAnalysis.Validate(request)).Should().Throw<OptionException>().WithMessage("--resolution: *not a number*");
    }
}
