using NetworkAnalysis.Application.Centrality;
using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Application.Communities;
using NetworkAnalysis.Application.Projection;

namespace NetworkAnalysis.Application.Embedding;

/// <summary>
/// The steps of <see cref="NetworkAnalysisService.AnalyzeAsync(NetworkAnalysis.Core.TransactionNetwork, CaseAnalysisRequest?, IProgress{NetworkAnalysis.Application.Progress.AnalysisProgress}?, CancellationToken)"/>:
/// each is an existing analysis with its own options and defaults; this record only chooses them.
/// </summary>
public sealed record CaseAnalysisRequest
{
    /// <summary>The defaults.</summary>
    public static CaseAnalysisRequest Default { get; } = new();

    /// <summary>How the network becomes a graph; default <see cref="ProjectionOptions.Default"/> (every agent and transaction, directed, weighted by the <c>weight</c> column).</summary>
    public ProjectionOptions Projection { get; init; } = ProjectionOptions.Default;

    /// <summary>The measure agents are ranked by; default PageRank with its converged defaults.</summary>
    public CentralityRequest Ranking { get; init; } = new(CentralityMeasure.PageRank);

    /// <summary>How communities are detected; default Leiden (modularity, resolution 1, seed 0).</summary>
    public CommunityRequest Communities { get; init; } = new(CommunityMethod.Leiden);

    /// <summary>How groups are picked and classified; default <see cref="GroupTypeReportOptions.Default"/>.</summary>
    public GroupTypeReportOptions Groups { get; init; } = GroupTypeReportOptions.Default;

    /// <summary>How many top-ranked agents the result keeps; default 10.</summary>
    public int Top { get; init; } = 10;
}
