using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Classification;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Training;

/// <summary>One left-out group's scores in a leave-one-configuration-out run.</summary>
/// <param name="Group">The group and its known type.</param>
/// <param name="Score">The model's log-odds (before calibration).</param>
/// <param name="Probability">The model's probability of transnational.</param>
/// <param name="RulesScore">The rules baseline's score (share of criteria met).</param>
public sealed record LeftOutPrediction(LabelledGroup Group, double Score, double Probability, double RulesScore);

/// <summary>The predictions for one configuration left out of training.</summary>
/// <param name="Configuration">The configuration's name.</param>
/// <param name="Predictions">Every group of it, scored by a model trained on the other configurations.</param>
public sealed record LeftOutConfiguration(string Configuration, IReadOnlyList<LeftOutPrediction> Predictions)
{
    /// <summary>The model's quality on the groups of origin <paramref name="origin"/> (all when null).</summary>
    public EvaluationResult Model(GroupOrigin? origin = null) =>
        Evaluation.Compute(Select(origin).Select(p => (p.Group.Label, p.Probability)));

    /// <summary>The rules baseline's quality on the groups of origin <paramref name="origin"/> (all when null).</summary>
    public EvaluationResult Rules(GroupOrigin? origin = null) =>
        Evaluation.Compute(Select(origin).Select(p => (p.Group.Label, p.RulesScore)));

    private IEnumerable<LeftOutPrediction> Select(GroupOrigin? origin) =>
        Predictions.Where(p => origin is null || p.Group.Indicators.Origin == origin);
}
