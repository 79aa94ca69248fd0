using NetworkAnalysis.Classification;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Classification;

/// <summary>
/// One group's line in a report: its type, the probability it is transnational, its size, the main
/// reasons, and the trafficking and smuggling scores; the full classification and indicators behind it.
/// </summary>
/// <param name="GroupId">The group's id (declared, or <c>detected-N</c>).</param>
/// <param name="Origin">Declared or detected.</param>
/// <param name="Type">The likelier type (probability ≥ 0.5: transnational); see <see cref="Uncertain"/>.</param>
/// <param name="Score">The calibrated probability that the group is a large transnational group.</param>
/// <param name="Members">The number of offender members.</param>
/// <param name="TopReasons">The deciding reasons for <paramref name="Type"/>, strongest first (at most the report's limit), each with the group's value and each type's typical range; for an uncertain group the strongest on each side, prefixed <c>for transnational:</c> or <c>for small enterprise:</c>.</param>
/// <param name="Trafficking">The trafficking score in [0, 1], or null when unknown.</param>
/// <param name="Smuggling">The smuggling score in [0, 1], or null when unknown.</param>
/// <param name="Classification">The full classification (all reasons with their contributions, unknown indicators).</param>
/// <param name="Indicators">Every indicator of the group.</param>
/// <param name="Screening">The trafficking and smuggling scores with their reasons.</param>
public sealed record GroupTypeRow(
    string GroupId,
    GroupOrigin Origin,
    GroupType Type,
    double Score,
    int Members,
    IReadOnlyList<string> TopReasons,
    double? Trafficking,
    double? Smuggling,
    GroupClassification Classification,
    GroupIndicators Indicators,
    TraffickingSmugglingScores Screening)
{
    /// <summary>True when the probability lies in the report's uncertain band: the group is reported as <c>uncertain</c>, not as <see cref="Type"/>.</summary>
    public bool Uncertain { get; init; }

    /// <summary>The word for the reported type: <c>uncertain</c>, <c>small_enterprise</c> or <c>transnational</c>.</summary>
    public string ReportedType => Uncertain ? "uncertain" : DomainWords.Format(Type);

    /// <summary>The group's display name, or null.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The known type from the data, for evaluation only (never an input to the classifier): a declared
    /// group's type in groups.csv; for a detected group, the type most of its members' declared groups
    /// carry. Null when unlabelled.
    /// </summary>
    public GroupType? Label { get; init; }
}
