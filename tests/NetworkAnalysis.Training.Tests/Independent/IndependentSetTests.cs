using System.Globalization;
using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Classification;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Training.Tests.Independent;

/// <summary>
/// The built-in model and the rules baseline on three sets of 300 groups from <see cref="IndependentCases"/>,
/// a generator the model never saw (issue 16 item 5). The figures are printed (docs/classification.md
/// quotes them): <c>dotnet test tests/NetworkAnalysis.Training.Tests --filter IndependentSetTests --logger "console;verbosity=detailed"</c>.
/// </summary>
[Category("Slow")]
public class IndependentSetTests
{
    private static readonly IndependentSet[] Sets = [IndependentSet.A, IndependentSet.B, IndependentSet.C];

    [TestCaseSource(nameof(Sets))]
    public void BuiltInModel_DeclaredGroups_ReachesTheGoalAndIsWithinOneGroupOfTheRules(IndependentSet set)
    {
        var (model, rules) = Score(set, GroupSelection.Declared);

        model.Count.Should().Be(set.Datasets * set.GroupsPerDataset);
        model.MacroF1.Should().BeGreaterThanOrEqualTo(0.95);
        // Set A: the model misses 2 of 300 and the rules 1 (0.993 against 0.997): within one group, not a beat.
        model.MacroF1.Should().BeGreaterThanOrEqualTo(rules.MacroF1 - 0.005);
    }

    [TestCaseSource(nameof(Sets))]
    public void BuiltInModel_DetectedGroups_BeatsOrTiesTheRules(IndependentSet set)
    {
        var (model, rules) = Score(set, GroupSelection.Detected);

        model.MacroF1.Should().BeGreaterThanOrEqualTo(rules.MacroF1);
    }

    [Test]
    public void Dataset_SameArguments_SameCase()
    {
        var a = IndependentCases.Dataset(IndependentSet.B, 3);
        var b = IndependentCases.Dataset(IndependentSet.B, 3);

        a.Transactions.Should().Equal(b.Transactions);
        a.Groups.Should().HaveCount(IndependentSet.B.GroupsPerDataset).And.OnlyContain(g => g.Type != null);
    }

    private static (EvaluationResult Model, EvaluationResult Rules) Score(IndependentSet set, GroupSelection selection)
    {
        var rows = Enumerable.Range(0, set.Datasets)
            .SelectMany(d => GroupTypeReport.Build(IndependentCases.Dataset(set, d), new GroupTypeReportOptions { Groups = selection, Uncertain = UncertainBand.None }))
            .Where(r => r.Label is not null)
            .ToList();
        var model = Evaluation.Compute(rows.Select(r => (r.Label!.Value, r.Score)));
        var rules = Evaluation.Compute(rows.Select(r => (r.Label!.Value, TypologyRules.Score(r.Indicators))));
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"set {set.Name} {selection}: {model.Count} groups; model macro-F1 {model.MacroF1:0.000} AUC {model.Auc:0.000} Brier {model.Brier:0.000} confusion {Confusion(model.Confusion)}; rules macro-F1 {rules.MacroF1:0.000} AUC {rules.Auc:0.000} confusion {Confusion(rules.Confusion)}"));
        return (model, rules);
    }

    private static string Confusion(ConfusionMatrix c) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.SmallAsSmall} {c.SmallAsTransnational} / {c.TransnationalAsSmall} {c.TransnationalAsTransnational}");
}
