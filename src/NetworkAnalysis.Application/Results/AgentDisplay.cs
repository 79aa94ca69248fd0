using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Results;

/// <summary>
/// How a loaded case's agent ids leave the process: every id in a <see cref="ResultTable"/> goes through
/// <see cref="Display"/>, which shows victims, witnesses and minors by their stable pseudonym unless the
/// <see cref="IdentityProtection"/> reveals identities. The one display function of every host.
/// </summary>
public sealed class AgentDisplay(TransactionNetwork network, IdentityProtection protection)
{
    /// <summary>The case whose ids are displayed.</summary>
    public TransactionNetwork Network { get; } = network;

    /// <summary>The protection applied to sensitive agents.</summary>
    public IdentityProtection Protection { get; } = protection;

    /// <summary>The dataset's name as reports show it: <c>case@version</c> in the service (as the CLI names <c>case:NAME@V</c>), the folder name in the CLI.</summary>
    public string Name { get; init; } = "dataset";

    /// <summary>The id as shown: a stable pseudonym for victims, witnesses and minors unless identities are revealed. O(1).</summary>
    public string Display(string agentId) =>
        Network.TryGetAgent(agentId, out var agent) && agent.IsSensitive ? Protection.DisplayId(agent) : agentId;

    /// <summary>Several ids joined with <paramref name="separator"/>, each displayed.</summary>
    public string DisplayAll(IEnumerable<string> agentIds, string separator = " > ") =>
        string.Join(separator, agentIds.Select(Display));

    /// <summary>
    /// The agent a user named: its id, or the pseudonym shown earlier for a sensitive agent (so an analyst
    /// need not reveal a victim to query around them). O(1) for an id, O(agents) for a pseudonym.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No agent has that id or pseudonym; the message names only what was given.</exception>
    public string RequireAgent(string given)
    {
        if (Network.TryGetAgent(given, out _))
        {
            return given;
        }

        foreach (var agent in Network.Agents)
        {
            if (agent.IsSensitive && Protection.Pseudonym(agent) == given)
            {
                return agent.Id;
            }
        }

        throw new KeyNotFoundException($"unknown agent '{given}'");
    }

    /// <summary>
    /// The agents of a comma-separated list of ids or pseudonyms (see <see cref="RequireAgent"/>), in order; null
    /// for an empty or missing list. O(k) for ids, O(k · agents) for pseudonyms.
    /// </summary>
    /// <exception cref="KeyNotFoundException">One name is unknown; the message names only what was given.</exception>
    public IReadOnlyList<string>? RequireAgents(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return null;
        }

        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ids = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            ids[i] = RequireAgent(names[i]);
        }

        return ids;
    }
}
