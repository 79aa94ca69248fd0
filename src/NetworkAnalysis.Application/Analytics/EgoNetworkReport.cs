using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>An agent's ego network: the agents within k hops and the ties among them.</summary>
/// <param name="CenterId">The agent at the centre.</param>
/// <param name="Members">The centre first, then the others nearest first.</param>
/// <param name="Ties">Ties among the members (source, target, number of transactions or the projection's weight).</param>
/// <param name="Truncated">True when a result limit stopped the search or the tie list.</param>
public sealed record EgoNetworkReport(string CenterId, IReadOnlyList<EgoMember> Members, IReadOnlyList<EgoTie> Ties, bool Truncated);

/// <summary>One agent of an ego network.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Sphere">Its sphere.</param>
/// <param name="Distance">Hops from the centre.</param>
public sealed record EgoMember(string AgentId, AgentKind Kind, Sphere Sphere, int Distance);

/// <summary>A tie between two members of an ego network.</summary>
/// <param name="SourceId">Source agent.</param>
/// <param name="TargetId">Target agent.</param>
/// <param name="Weight">Number of transactions (or the projection's aggregate).</param>
public sealed record EgoTie(string SourceId, string TargetId, double Weight);
