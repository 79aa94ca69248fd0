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

    /// <summary>
    /// Evaluates probabilities of "transnational" against the actual types: the prediction is
    /// transnational at probability ≥ 0.5; Brier score and ROC AUC come from the probabilities.
    /// </summary>
    public static EvaluationResult Compute(IEnumerable<(GroupType Actual, double Probability)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var list = scored.ToList();
        return Compute(list.Select(p => (p.Actual, p.Probability >= 0.5 ? GroupType.Transnational : GroupType.SmallEnterprise, (double?)p.Probability)), 0) with
        {
            Auc = Auc(list),
        };
    }

    /// <summary>
    /// ROC AUC: the probability that a random transnational group scores above a random small one (ties
    /// count half), by ranking, O(n log n). Null unless both types occur.
    /// </summary>
    public static double? Auc(IEnumerable<(GroupType Actual, double Probability)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var sorted = scored.OrderBy(p => p.Probability).ToList();
        var positives = sorted.Count(p => p.Actual == GroupType.Transnational);
        var negatives = sorted.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return null;
        }

        // Mann–Whitney U from mid-ranks.
        double rankSum = 0;
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j < sorted.Count && sorted[j].Probability.Equals(sorted[i].Probability))
            {
                j++;
            }

            var midRank = ((i + 1) + j) / 2.0;
            for (var k = i; k < j; k++)
            {
                rankSum += sorted[k].Actual == GroupType.Transnational ? midRank : 0;
            }

            i = j;
        }

        return (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    /// <summary>
    /// The reliability table: the probabilities cut into <paramref name="bins"/> equal-width bins; for each
    /// bin the number of groups, their mean predicted probability and the share that are transnational.
    /// Empty bins are left out.
    /// </summary>
    public static IReadOnlyList<ReliabilityBin> Reliability(IEnumerable<(GroupType Actual, double Probability)> scored, int bins = 10)
    {
        ArgumentNullException.ThrowIfNull(scored);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        var count = new int[bins];
        var predicted = new double[bins];
        var positive = new int[bins];
        foreach (var (actual, p) in scored)
        {
            var b = Math.Clamp((int)(p * bins), 0, bins - 1);
            count[b]++;
            predicted[b] += p;
            positive[b] += actual == GroupType.Transnational ? 1 : 0;
        }

        var result = new List<ReliabilityBin>();
        for (var b = 0; b < bins; b++)
        {
            if (count[b] > 0)
            {
                result.Add(new ReliabilityBin((double)b / bins, (double)(b + 1) / bins, count[b], predicted[b] / count[b], (double)positive[b] / count[b]));
            }
        }

        return result;
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
        return Compute(labelled, list.Count(r => r.Label is null)) with
        {
            Uncertain = list.Count(r => r.Label is not null && r.Uncertain),
            Auc = Auc(list.Where(r => r.Label is not null).Select(r => (r.Label!.Value, r.Score))),
        };
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
