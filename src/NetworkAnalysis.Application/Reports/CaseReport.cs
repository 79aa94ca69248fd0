using NetworkAnalysis.Application.Results;

namespace NetworkAnalysis.Application.Reports;

/// <summary>
/// The analysis report of one case (dataset): what <c>netan analyze</c> writes as Markdown and JSON.
/// Every agent in it is shown by its display id and name: victims, witnesses and minors by a stable
/// pseudonym unless identities were explicitly revealed.
/// </summary>
/// <param name="Dataset">Where the data came from (folder name).</param>
/// <param name="IdentitiesRevealed">True when real identities of sensitive agents are shown.</param>
/// <param name="Summary">Counts by kind, sphere, country, route, time span and groups.</param>
/// <param name="MostConnected">Agents with the most distinct counterparts (total degree of the projected graph).</param>
/// <param name="Components">Weakly connected components of the projected graph.</param>
public sealed record CaseReport(
    string Dataset,
    bool IdentitiesRevealed,
    DatasetSummary Summary,
    IReadOnlyList<RankedAgent> MostConnected,
    ComponentSummary Components)
{
    /// <summary>Named sections added by further analyses (centrality, communities, brokers, classification), in order.</summary>
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    /// <summary>
    /// The projected network as column arrays, with the communities of the report's communities section and
    /// the counterparts measure, for reports that draw the network (HTML); null when not kept.
    /// </summary>
    public GraphColumns? Graph { get; init; }
}
