using NetworkAnalysis.Application.Centrality;
using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Application.Communities;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Application.Reports;

namespace NetworkAnalysis.Application.Embedding;

/// <summary>What <see cref="NetworkAnalysisService"/> found in one case. Names in it are already protected.</summary>
/// <param name="Graph">The projected graph the analyses ran on (node <c>i</c> is agent <c>Graph.Ids[i]</c>).</param>
/// <param name="Ranking">The ranking measure's value per node.</param>
/// <param name="TopAgents">The best-ranked agents, highest first (ties by node order), victims, witnesses and minors by pseudonym.</param>
/// <param name="Communities">The communities: membership per node, count, modularity, statistics.</param>
/// <param name="Groups">Each classified group with its type, probability and reasons.</param>
public sealed record CaseAnalysis(
    ProjectedGraph Graph,
    CentralityResult Ranking,
    IReadOnlyList<RankedAgent> TopAgents,
    CommunityOutcome Communities,
    IReadOnlyList<GroupTypeRow> Groups);
