using NetworkAnalysis.Application.Centrality;
using NetworkAnalysis.Application.Communities;
using NetworkAnalysis.Application.Options;

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
