using NetworkAnalysis.Core;

namespace NetworkAnalysis.Classification;

/// <summary>The type a <see cref="GroupModel"/> gives a group, with its probability and reasons.</summary>
/// <param name="GroupId">The group's id.</param>
/// <param name="Type">The predicted type: transnational when <paramref name="Probability"/> ≥ 0.5.</param>
/// <param name="Probability">The calibrated probability that the group is a large transnational group.</param>
/// <param name="Reasons">Every reason whose contribution reaches the model's threshold, by decreasing absolute contribution (ties in model order).</param>
public sealed record GroupClassification(string GroupId, GroupType Type, double Probability, IReadOnlyList<ClassificationReason> Reasons)
{
    /// <summary>The log-odds before calibration (intercept + Σ weight × evidence).</summary>
    public double Score { get; init; }

    /// <summary>The model's indicators that were unknown for this group (their evidence counted as 0).</summary>
    public IReadOnlyList<string> UnknownIndicators { get; init; } = [];

    /// <summary>The reasons that point to <see cref="Type"/>, strongest first.</summary>
    public IEnumerable<ClassificationReason> SupportingReasons =>
        Reasons.Where(r => Type == GroupType.Transnational ? r.Contribution > 0 : r.Contribution < 0);

    /// <summary>The reasons that point away from <see cref="Type"/>, strongest first.</summary>
    public IEnumerable<ClassificationReason> OpposingReasons =>
        Reasons.Where(r => Type == GroupType.Transnational ? r.Contribution < 0 : r.Contribution > 0);
}
