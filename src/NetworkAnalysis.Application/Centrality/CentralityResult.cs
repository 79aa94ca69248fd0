namespace NetworkAnalysis.Application.Centrality;

/// <summary>
/// Values of a centrality measure: one per node (<see cref="NodeValues"/>), or one per edge for edge
/// betweenness (<see cref="EdgeValues"/> with the endpoints in <see cref="EdgeSources"/> and
/// <see cref="EdgeTargets"/>, engine node indexes).
/// </summary>
/// <remarks>The arrays are allocated for this result and never read by the library again: they belong to the
/// caller (keep, mutate or pool them). Record equality compares them by reference.</remarks>
public sealed record CentralityResult(
    CentralityMeasure Measure,
    double[]? NodeValues,
    double[]? EdgeValues,
    int[]? EdgeSources,
    int[]? EdgeTargets);
