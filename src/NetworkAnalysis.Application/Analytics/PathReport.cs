namespace NetworkAnalysis.Application.Analytics;

/// <summary>The shortest paths found between two agents.</summary>
/// <param name="FromId">Start agent.</param>
/// <param name="ToId">End agent.</param>
/// <param name="Length">What "short" meant: <c>hops</c>, <c>weight</c> or <c>inverse_weight</c> (strongest).</param>
/// <param name="Paths">Best first; empty when the agents are not connected within the hop limit.</param>
public sealed record PathReport(string FromId, string ToId, string Length, IReadOnlyList<FoundPath> Paths);

/// <summary>One path.</summary>
/// <param name="Rank">1 = shortest.</param>
/// <param name="AgentIds">The agents along it, start first.</param>
/// <param name="Hops">Its number of ties.</param>
/// <param name="Length">Its length under the edge lengths used (the hop count for <c>hops</c>).</param>
public sealed record FoundPath(int Rank, IReadOnlyList<string> AgentIds, int Hops, double Length);
