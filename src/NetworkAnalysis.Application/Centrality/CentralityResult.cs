namespace NetworkAnalysis.Application.Centrality;

/// <summary>
/// Values of a centrality measure: one per node (<see cref="NodeValues"/>), or one per edge for edge
/// betweenness (<see cref="EdgeValues"/> with the endpoints in <see cref="EdgeSources"/> and
/// <see cref="EdgeTargets"/>, engine node indexes).
/// </summary>
public sealed record CentralityResult(
    CentralityMeasure Measure,
    double[]? NodeValues,
    double[]? EdgeValues,
    int[]? EdgeSources,
    int[]? EdgeTargets);
