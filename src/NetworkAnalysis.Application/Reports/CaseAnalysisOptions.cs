using NetworkAnalysis.Application.Projection;

namespace NetworkAnalysis.Application.Reports;

/// <summary>Choices for <see cref="CaseAnalyzer"/>.</summary>
public sealed record CaseAnalysisOptions
{
    /// <summary>How many agents each ranking lists (default 10).</summary>
    public int Top { get; init; } = 10;

    /// <summary>The projection the graph analyses run on (default: every transaction, directed, counted).</summary>
    public ProjectionOptions Projection { get; init; } = ProjectionOptions.Default;

    /// <summary>Largest number of threads the analyses may use; null = all cores.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
