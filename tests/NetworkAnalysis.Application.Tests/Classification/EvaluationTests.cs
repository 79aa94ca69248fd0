using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Classification;

public class EvaluationTests
{
    private const GroupType S = GroupType.SmallEnterprise;
    private const GroupType T = GroupType.Transnational;

    [Test]
    public void Compute_HandCountedCase()
    {
        // Actual small: 4 (3 right, 1 called transnational); actual transnational: 2 (1 right, 1 called small).
        var result = Evaluation.Compute([(S, S), (S, S), (S, S), (S, T), (T, T), (T, S)]);

        result.Confusion.Should().Be(new ConfusionMatrix(3, 1, 1, 1));
        result.Count.Should().Be(6);
        result.Accuracy.Should().BeApproximately(4.0 / 6, 1e-12);
        // F1 small = 2·3 / (2·3 + 1 + 1) = 0.75; F1 transnational = 2·1 / (2·1 + 1 + 1) = 0.5.
        result.SmallEnterpriseF1.Should().BeApproximately(0.75, 1e-12);
        result.TransnationalF1.Should().BeApproximately(0.5, 1e-12);
        result.MacroF1.Should().BeApproximately(0.625, 1e-12);
        result.Brier.Should().BeNull();
    }

    [Test]
    public void Compute_Perfect_IsOne()
    {
        var result = Evaluation.Compute([(S, S), (T, T)]);

        result.Accuracy.Should().Be(1);
        result.MacroF1.Should().Be(1);
    }

    [Test]
    public void Compute_OneClassNeverPredictedOrPresent_ItsF1IsZero()
    {
        var result = Evaluation.Compute([(S, S), (S, S)]);

        result.SmallEnterpriseF1.Should().Be(1);
        result.TransnationalF1.Should().Be(0);
        result.MacroF1.Should().Be(0.5);
    }

    [Test]
    public void Compute_Empty_AccuracyIsNaN()
    {
        var result = Evaluation.Compute(Array.Empty<(GroupType, GroupType)>());

        result.Count.Should().Be(0);
        double.IsNaN(result.Accuracy).Should().BeTrue();
    }

    [Test]
    public void Compute_Rows_SkipsUnlabelledAndScoresBrier()
    {
        var rows = GroupTypeReport.Build(CaseBook.TwoTypes());
        var unlabelled = GroupTypeReport.Build(CaseBook.TwoTypes(labels: false));

        var result = Evaluation.Compute(rows.Concat(unlabelled));

        result.Count.Should().Be(2);
        result.Unlabelled.Should().Be(2);
        result.Accuracy.Should().Be(1);
        var expected = ((rows[0].Score * rows[0].Score) + ((1 - rows[1].Score) * (1 - rows[1].Score))) / 2;
        result.Brier.Should().BeApproximately(expected, 1e-12);
    }
}
