using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Inputs;

/// <summary>Produces a copy of a network that is safe to hand out: sensitive agents under their pseudonym.</summary>
public static class NetworkRedaction
{
    /// <summary>
    /// A copy of <paramref name="network"/> in which every victim, witness and minor has the pseudonym as id
    /// and name, and no extra attributes; transactions and ties refer to the pseudonyms. Returns the network itself
    /// when identities are revealed or nobody is sensitive.
    /// </summary>
    public static TransactionNetwork Protect(TransactionNetwork network, IdentityProtection protection)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(protection);
        if (protection.Reveal || network.Agents.All(a => !a.IsSensitive))
        {
            return network;
        }

        var ids = new string[network.AgentCount];
        var builder = new TransactionNetworkBuilder();
        for (var i = 0; i < network.AgentCount; i++)
        {
            var agent = network.Agents[i];
            ids[i] = agent.IsSensitive ? protection.DisplayId(agent) : agent.Id;
            builder.AddAgent(agent.IsSensitive
                ? agent with { Id = ids[i], Name = ids[i], Attributes = new Dictionary<string, string>() }
                : agent);
        }

        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        for (var t = 0; t < network.TransactionCount; t++)
        {
            var tx = network.Transactions[t];
            builder.AddTransaction(tx with { Source = ids[sources[t]], Target = ids[targets[t]] });
        }

        var tieSources = network.TieSources;
        var tieTargets = network.TieTargets;
        for (var t = 0; t < network.TieCount; t++)
        {
            builder.AddTie(network.Ties[t] with { Source = ids[tieSources[t]], Target = ids[tieTargets[t]] });
        }

        foreach (var group in network.Groups)
        {
            builder.AddGroup(group);
        }

        return builder.Build();
    }
}
