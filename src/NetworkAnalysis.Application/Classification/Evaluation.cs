using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Classification;

/// <summary>Compares predicted group types with known labels (<c>netan evaluate</c>): accuracy, macro-F1, confusion matrix.</summary>
public static class Evaluation
{
    /// <summary>Evaluates pairs of (actual, predicted) types.</summary>
    public static EvaluationResult Compute(IEnumerable<(GroupType Actual, GroupType Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return Compute(pairs.Select(p => (p.Actual, p.Predicted, (double?)null)), 0);
    }

    /// <summary>Evaluates every labelled row of a batch (unlabelled rows are counted in <see cref="EvaluationResult.Unlabelled"/>).</summary>
    public static EvaluationResult Compute(BatchResult batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Compute(batch.Datasets.SelectMany(d => d.Groups));
    }

    /// <summary>Evaluates labelled report rows (unlabelled rows are counted in <see cref="EvaluationResult.Unlabelled"/>).</summary>
    public static EvaluationResult Compute(IEnumerable<GroupTypeRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        var labelled = list.Where(r => r.Label is not null).Select(r => (r.Label!.Value, r.Type, (double?)r.Score));
        return Compute(labelled, list.Count(r => r.Label is null));
    }

    private static EvaluationResult Compute(IEnumerable<(GroupType Actual, GroupType Predicted, double? Probability)> items, int unlabelled)
    {
        int ss = 0, st = 0, ts = 0, tt = 0;
        double brier = 0;
        var scored = 0;
        foreach (var (actual, predicted, probability) in items)
        {
            switch (actual, predicted)
            {
                case (GroupType.SmallEnterprise, GroupType.SmallEnterprise): ss++; break;
                case (GroupType.SmallEnterprise, _): st++; break;
                case (_, GroupType.SmallEnterprise): ts++; break;
                default: tt++; break;
            }

            if (probability is { } p)
            {
                var y = actual == GroupType.Transnational ? 1.0 : 0.0;
                brier += (p - y) * (p - y);
                scored++;
            }
        }

        var confusion = new ConfusionMatrix(ss, st, ts, tt);
        var total = confusion.Total;
        var f1Small = F1(ss, ts, st);
        var f1Trans = F1(tt, st, ts);
        return new EvaluationResult(total, unlabelled, total == 0 ? double.NaN : (double)(ss + tt) / total, (f1Small + f1Trans) / 2, confusion)
        {
            SmallEnterpriseF1 = f1Small,
            TransnationalF1 = f1Trans,
            Brier = scored > 0 ? brier / scored : null,
        };
    }

    // F1 = 2TP / (2TP + FP + FN); 0 when the class never occurs nor is predicted.
    private static double F1(int truePositives, int falsePositives, int falseNegatives)
    {
        var denominator = (2 * truePositives) + falsePositives + falseNegatives;
        return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
    }
}
