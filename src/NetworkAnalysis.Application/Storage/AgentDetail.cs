using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Storage;

/// <summary>One agent with what touches it.</summary>
/// <param name="Agent">The agent.</param>
/// <param name="Aliases">Ids merged into it (in merge order).</param>
/// <param name="Transactions">Its transactions, both directions, in case order.</param>
/// <param name="Groups">The groups it belongs to, in the order of <see cref="Agent.Groups"/>.</param>
public sealed record AgentDetail(Agent Agent, IReadOnlyList<string> Aliases, IReadOnlyList<Transaction> Transactions, IReadOnlyList<Group> Groups);
