namespace NetworkAnalysis.Engine.Community;

/// <summary>Options of <see cref="Modularity"/>.</summary>
/// <param name="Resolution">γ, the weight of the null-model term. Default 1 (Newman–Girvan modularity).</param>
/// <param name="Weighted">Use edge weights (true, default) or count every edge as 1.</param>
public sealed record ModularityOptions(double Resolution = 1.0, bool Weighted = true);
