using NetworkAnalysis.Core;

namespace NetworkAnalysis.Cli.Commands;

/// <summary>A loaded case and how its agents' ids are shown: every id printed goes through <see cref="Display"/>.</summary>
internal sealed class CaseContext(TransactionNetwork network, IdentityProtection protection)
{
    public TransactionNetwork Network { get; } = network;

    /// <summary>The id as printed: a stable pseudonym for victims, witnesses and minors unless identities are revealed.</summary>
    public string Display(string agentId) =>
        Network.TryGetAgent(agentId, out var agent) && agent.IsSensitive ? protection.DisplayId(agent) : agentId;

    /// <summary>Several ids joined with <paramref name="separator"/>, each displayed.</summary>
    public string DisplayAll(IEnumerable<string> agentIds, string separator = " > ") =>
        string.Join(separator, agentIds.Select(Display));

    /// <summary>
    /// The agent named on the command line. An unknown id fails with exit 1; a pseudonym shown by an earlier
    /// run is accepted too, so an analyst need not reveal a victim to query around them.
    /// </summary>
    public string RequireAgent(string given)
    {
        if (Network.TryGetAgent(given, out _))
        {
            return given;
        }

        foreach (var agent in Network.Agents)
        {
            if (agent.IsSensitive && protection.Pseudonym(agent) == given)
            {
                return agent.Id;
            }
        }

        throw new KeyNotFoundException($"unknown agent '{given}'");
    }
}
