using NetworkAnalysis.Engine.Community;

namespace NetworkAnalysis.Application.Communities;

/// <summary>A partition with its quality and per-community statistics.</summary>
/// <param name="Membership">Community of each engine node (0-based, numbered by smallest member).</param>
/// <param name="CommunityCount">Number of communities.</param>
/// <param name="Modularity">Modularity of the partition on the undirected (weighted when requested) graph;
/// null when it is undefined (a graph without edges, or whose weights sum to zero).</param>
/// <param name="Statistics">Size, internal edges, density and conductance per community.</param>
/// <remarks>The arrays are allocated for this result and never read by the library again: they belong to the
/// caller. Record equality compares them by reference.</remarks>
public sealed record CommunityOutcome(int[] Membership, int CommunityCount, double? Modularity, CommunityStatistics Statistics);
