using NetworkAnalysis.Core;

namespace NetworkAnalysis.Training;

/// <summary>Copies a network through maps of its agents and transactions (to blank fields or drop records).</summary>
public static class NetworkRebuild
{
    /// <summary>
    /// A new network with every agent mapped by <paramref name="agent"/> (null drops it, with its
    /// transactions) and every transaction by <paramref name="transaction"/> (null drops it); groups are
    /// kept. With <paramref name="dropIdleAgents"/> agents left without any transaction are dropped too.
    /// O(agents + transactions).
    /// </summary>
    public static TransactionNetwork Rebuild(
        TransactionNetwork network,
        Func<Agent, Agent?> agent,
        Func<Transaction, Transaction?> transaction,
        bool dropIdleAgents = false)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(transaction);
        var agents = new Agent?[network.AgentCount];
        for (var a = 0; a < agents.Length; a++)
        {
            agents[a] = agent(network.Agents[a]);
        }

        var transactions = new List<Transaction>(network.TransactionCount);
        var busy = new bool[agents.Length];
        for (var t = 0; t < network.TransactionCount; t++)
        {
            var s = network.TransactionSources[t];
            var d = network.TransactionTargets[t];
            if (agents[s] is null || agents[d] is null || transaction(network.Transactions[t]) is not { } kept)
            {
                continue;
            }

            transactions.Add(kept);
            busy[s] = busy[d] = true;
        }

        var builder = new TransactionNetworkBuilder();
        for (var a = 0; a < agents.Length; a++)
        {
            if (agents[a] is { } kept && (busy[a] || !dropIdleAgents))
            {
                builder.AddAgent(kept);
            }
        }

        foreach (var t in transactions)
        {
            builder.AddTransaction(t);
        }

        foreach (var group in network.Groups)
        {
            builder.AddGroup(group);
        }

        return builder.Build();
    }
}
