namespace NetworkAnalysis.Engine.Community;

/// <summary>
/// A partition of a graph's nodes into communities.
/// </summary>
/// <param name="Membership">Community of every node, numbered 0..<paramref name="CommunityCount"/>-1 in order of
/// each community's smallest node (so node 0 is always in community 0).</param>
/// <param name="CommunityCount">Number of communities.</param>
/// <param name="Modularity">Newman–Girvan modularity (resolution 1) of <paramref name="Membership"/> on the undirected
/// graph the algorithm worked on, with its weights when the algorithm used them; equals
/// <see cref="Modularity.Compute"/> on that graph.</param>
/// <param name="Quality">The value of the objective the algorithm optimised: modularity at the chosen resolution,
/// or the constant Potts model Σ_c (e_c − γ·n_c(n_c−1)/2); for label propagation, <paramref name="Modularity"/>.</param>
/// <param name="Levels">Intermediate partitions of the input nodes, coarsest last: Louvain's dendrogram (one entry
/// per aggregation level), Leiden's partition after each iteration, label propagation's final one only.</param>
/// <param name="Iterations">Louvain: levels; Leiden: iterations of the whole algorithm; label propagation: sweeps.</param>
public sealed record CommunityResult(
    int[] Membership,
    int CommunityCount,
    double Modularity,
    double Quality,
    IReadOnlyList<int[]> Levels,
    int Iterations);
