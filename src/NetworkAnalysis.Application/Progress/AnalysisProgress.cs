namespace NetworkAnalysis.Application.Progress;

/// <summary>
/// How far a long analysis has come: the stage it is in and the fraction of the whole run done (0 to 1,
/// never decreasing within one run). Reported through <see cref="IProgress{T}"/>; hosts show it (the CLI on
/// stderr, the service in a job's status).
/// </summary>
/// <param name="Stage">Short lower-case stage name, e.g. <c>loading</c>, <c>betweenness</c>, <c>writing</c>.</param>
/// <param name="Fraction">Fraction of the whole run done, 0 to 1.</param>
public readonly record struct AnalysisProgress(string Stage, double Fraction);
