using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Storage;

/// <summary>One page of an agent search.</summary>
/// <param name="Agents">The agents of the page, in the requested order.</param>
/// <param name="Total">How many agents match in all.</param>
/// <param name="Offset">The offset of this page.</param>
public sealed record AgentPage(IReadOnlyList<Agent> Agents, int Total, int Offset);
