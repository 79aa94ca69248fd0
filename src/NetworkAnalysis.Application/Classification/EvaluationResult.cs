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

    /// <summary>Labelled groups reported as uncertain (counted above with their likelier type).</summary>
    public int Uncertain { get; init; }

    /// <summary>ROC AUC of the probabilities, or null when not computed or only one type occurs.</summary>
    public double? Auc { get; init; }
}

/// <summary>One bin of a reliability table (<see cref="Evaluation.Reliability"/>).</summary>
/// <param name="Low">The bin's lowest probability.</param>
/// <param name="High">The bin's highest probability (exclusive, except for the last bin).</param>
/// <param name="Count">Groups whose probability falls in the bin.</param>
/// <param name="MeanProbability">Their mean predicted probability of transnational.</param>
/// <param name="TransnationalShare">The share of them that are transnational.</param>
public sealed record ReliabilityBin(double Low, double High, int Count, double MeanProbability, double TransnationalShare);
