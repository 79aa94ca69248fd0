using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;

namespace NetworkAnalysis.Application.Projection;

/// <summary>
/// An engine graph with the way back to the domain: node <c>i</c> is the agent (or plain node id)
/// <see cref="Ids"/>[i]; for a projection of a <see cref="TransactionNetwork"/>, <see cref="AgentIndexes"/>[i]
/// is the agent's index in <see cref="Network"/>.
/// </summary>
/// <param name="Graph">The engine graph.</param>
/// <param name="Ids">Node ids by engine index.</param>
/// <param name="Network">The network it was projected from, or null for a plain graph input (edge list).</param>
/// <param name="AgentIndexes">Agent index in <paramref name="Network"/> by engine index, or null for a plain graph.
/// Shared by every user of this projection (<see cref="AgentAt"/> reads it): read it, do not mutate it.
/// It stays an array, not a copy behind a read-only view, because the projection builds it once and the
/// per-node lookups of every analysis go through it.</param>
/// <remarks>Immutable apart from that array's contents; thread-safe to read.</remarks>
public sealed record ProjectedGraph(CsrGraph Graph, IReadOnlyList<string> Ids, TransactionNetwork? Network, int[]? AgentIndexes)
{
    /// <summary>
    /// The sensitivity of each node's agent when the graph was projected without a <see cref="Network"/>
    /// (straight from a case store), so ids can still be protected; null otherwise.
    /// </summary>
    public IReadOnlyList<Sensitivity>? Sensitivities { get; init; }

    /// <summary>The engine index of <paramref name="id"/>, or -1. O(n) on first call, then O(1).</summary>
    public int IndexOf(string id)
    {
        _index ??= BuildIndex();
        return _index.TryGetValue(id, out var i) ? i : -1;
    }

    /// <summary>The agent behind engine node <paramref name="node"/>, or null for a plain graph.</summary>
    public Agent? AgentAt(int node) => Network is null || AgentIndexes is null ? null : Network.Agents[AgentIndexes[node]];

    /// <summary>
    /// Node ids as they may be shown outside the process: sensitive agents (victims, witnesses, minors)
    /// replaced by their pseudonym unless <paramref name="protection"/> reveals identities.
    /// </summary>
    public IReadOnlyList<string> DisplayIds(IdentityProtection protection)
    {
        ArgumentNullException.ThrowIfNull(protection);
        if (protection.Reveal)
        {
            return Ids;
        }

        if (Network is null || AgentIndexes is null)
        {
            return Sensitivities is null ? Ids : ProtectBySensitivity(protection, Sensitivities);
        }

        var result = new string[Ids.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var agent = Network.Agents[AgentIndexes[i]];
            result[i] = agent.IsSensitive ? protection.DisplayId(agent) : Ids[i];
        }

        return result;
    }

    private Dictionary<string, int>? _index;

    private string[] ProtectBySensitivity(IdentityProtection protection, IReadOnlyList<Sensitivity> sensitivities)
    {
        var result = new string[Ids.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = sensitivities[i] == Sensitivity.None ? Ids[i] : protection.Pseudonym(Ids[i], sensitivities[i]);
        }

        return result;
    }

    private Dictionary<string, int> BuildIndex()
    {
        var map = new Dictionary<string, int>(Ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < Ids.Count; i++)
        {
            map.TryAdd(Ids[i], i);
        }

        return map;
    }
}
