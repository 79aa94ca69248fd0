using NetworkAnalysis.Application.Projection;

namespace NetworkAnalysis.Application.Reports;

/// <summary>Choices for <see cref="CaseAnalyzer"/>.</summary>
public sealed record CaseAnalysisOptions
{
    /// <summary>How many agents each ranking lists (default 10).</summary>
    public int Top { get; init; } = 10;

    /// <summary>The projection the graph analyses run on (default: every transaction, directed, weights as <see cref="ProjectionOptions.Aggregation"/>).</summary>
    public ProjectionOptions Projection { get; init; } = ProjectionOptions.Default;

    /// <summary>
    /// Compute betweenness and harmonic centrality exactly whatever the size (default false: above
    /// <see cref="SampleAbove"/> agents betweenness is estimated from <see cref="Samples"/> source agents and harmonic
    /// centrality from <see cref="PivotSamples"/> pivot agents, and the report says so, with the error bounds).
    /// </summary>
    public bool Exact { get; init; }

    /// <summary>Agents above which betweenness and harmonic centrality (O(agents × ties)) are estimated by sampling (default 20,000).</summary>
    public int SampleAbove { get; init; } = 20_000;

    /// <summary>Source agents sampled for estimated betweenness (default 1,000).</summary>
    public int Samples { get; init; } = 1_000;

    /// <summary>
    /// Pivot agents sampled for estimated harmonic centrality (default 4,096: the multi-source search serves 256
    /// pivots per pass over the ties, so this costs 16 passes).
    /// </summary>
    public int PivotSamples { get; init; } = 4_096;

    /// <summary>Seed of the samples (default 1): the same seed gives the same report.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Largest number of threads the analyses may use; null = all cores.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
