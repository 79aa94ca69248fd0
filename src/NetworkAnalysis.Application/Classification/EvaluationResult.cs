namespace NetworkAnalysis.Application.Classification;

/// <summary>How predictions compare with known labels.</summary>
/// <param name="Count">Labelled groups compared.</param>
/// <param name="Unlabelled">Groups skipped because they carry no label.</param>
/// <param name="Accuracy">Share of correct predictions (NaN when <paramref name="Count"/> is 0).</param>
/// <param name="MacroF1">Mean of the two classes' F1 scores; a class with no actual or predicted member has F1 0.</param>
/// <param name="Confusion">Actual × predicted counts.</param>
public sealed record EvaluationResult(int Count, int Unlabelled, double Accuracy, double MacroF1, ConfusionMatrix Confusion)
{
    /// <summary>F1 of the small enterprise-type class.</summary>
    public double SmallEnterpriseF1 { get; init; }

    /// <summary>F1 of the transnational class.</summary>
    public double TransnationalF1 { get; init; }

    /// <summary>Brier score of the probabilities (mean squared error against 0/1), or null when none were given.</summary>
    public double? Brier { get; init; }
}
