using System.Collections.ObjectModel;

namespace NetworkAnalysis.Core;

/// <summary>
/// An immutable, validated transaction network: agents (in input order), the directed transactions
/// between them (in input order; parallel transactions and self-loops allowed), the groups, and the
/// ties (standing relationships without an amount, in input order).
/// Built by <see cref="TransactionNetworkBuilder"/>; thread-safe to read.
/// </summary>
/// <remarks>
/// An agent's index is its position in <see cref="Agents"/>. <see cref="TransactionSources"/> and
/// <see cref="TransactionTargets"/> give the agent index of each transaction's endpoints, computed once,
/// so projections never look up ids.
/// </remarks>
public sealed class TransactionNetwork
{
    private static readonly ReadOnlyCollection<int> _noMembers = new([]);

    private readonly Agent[] _agents;
    private readonly Dictionary<string, int> _agentIndex;
    private readonly Transaction[] _transactions;
    private readonly int[] _sources;
    private readonly int[] _targets;
    private readonly Group[] _groups;
    private readonly Dictionary<string, int> _groupIndex;
    private readonly ReadOnlyCollection<int>[] _groupMembers;
    private readonly Tie[] _ties;
    private readonly int[] _tieSources;
    private readonly int[] _tieTargets;

    internal TransactionNetwork(
        Agent[] agents,
        Dictionary<string, int> agentIndex,
        Transaction[] transactions,
        int[] sources,
        int[] targets,
        Group[] groups,
        Dictionary<string, int> groupIndex,
        int[][] groupMembers,
        Tie[] ties,
        int[] tieSources,
        int[] tieTargets)
    {
        _ties = ties;
        _tieSources = tieSources;
        _tieTargets = tieTargets;
        Ties = new ReadOnlyCollection<Tie>(ties);
        _agents = agents;
        _agentIndex = agentIndex;
        _transactions = transactions;
        _sources = sources;
        _targets = targets;
        _groups = groups;
        _groupIndex = groupIndex;
        _groupMembers = Array.ConvertAll(groupMembers, m => new ReadOnlyCollection<int>(m));
        Agents = new ReadOnlyCollection<Agent>(agents);
        Transactions = new ReadOnlyCollection<Transaction>(transactions);
        Groups = new ReadOnlyCollection<Group>(groups);
    }

    /// <summary>The empty network.</summary>
    public static TransactionNetwork Empty { get; } = new TransactionNetworkBuilder().Build();

    /// <summary>The agents in input order; an agent's index is its position here.</summary>
    public IReadOnlyList<Agent> Agents { get; }

    /// <summary>The transactions in input order.</summary>
    public IReadOnlyList<Transaction> Transactions { get; }

    /// <summary>
    /// The groups: those given explicitly, in input order, then those only named in an agent's
    /// <see cref="Agent.Groups"/>, in order of first mention (with no name or type).
    /// </summary>
    public IReadOnlyList<Group> Groups { get; }

    /// <summary>
    /// The ties (ownership, directorship, membership, employment, family, association, representation,
    /// other) in input order. Projections leave them out unless asked for by kind.
    /// </summary>
    public IReadOnlyList<Tie> Ties { get; }

    /// <summary>The number of ties.</summary>
    public int TieCount => _ties.Length;

    /// <summary>The source agent index of each tie, in tie order.</summary>
    public ReadOnlySpan<int> TieSources => _tieSources;

    /// <summary>The target agent index of each tie, in tie order.</summary>
    public ReadOnlySpan<int> TieTargets => _tieTargets;

    /// <summary>The number of agents.</summary>
    public int AgentCount => _agents.Length;

    /// <summary>The number of transactions.</summary>
    public int TransactionCount => _transactions.Length;

    /// <summary>The number of groups.</summary>
    public int GroupCount => _groups.Length;

    /// <summary>The source agent index of each transaction, in transaction order.</summary>
    public ReadOnlySpan<int> TransactionSources => _sources;

    /// <summary>The target agent index of each transaction, in transaction order.</summary>
    public ReadOnlySpan<int> TransactionTargets => _targets;

    /// <summary>The index of the agent with id <paramref name="agentId"/> (case-sensitive), or −1 when absent.</summary>
    public int IndexOf(string agentId)
    {
        ArgumentNullException.ThrowIfNull(agentId);
        return _agentIndex.TryGetValue(agentId, out var index) ? index : -1;
    }

    /// <summary>Finds the agent with id <paramref name="id"/> (case-sensitive).</summary>
    public bool TryGetAgent(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Agent? agent)
    {
        var index = IndexOf(id);
        agent = index >= 0 ? _agents[index] : null;
        return agent is not null;
    }

    /// <summary>The agent with id <paramref name="id"/>; throws <see cref="KeyNotFoundException"/> when absent.</summary>
    public Agent GetAgent(string id) =>
        TryGetAgent(id, out var agent) ? agent : throw new KeyNotFoundException($"no agent with id '{id}'");

    /// <summary>The group with id <paramref name="id"/> (case-sensitive), or null.</summary>
    public Group? FindGroup(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _groupIndex.TryGetValue(id, out var index) ? _groups[index] : null;
    }

    /// <summary>The index of the group with id <paramref name="groupId"/> in <see cref="Groups"/>, or −1 when absent.</summary>
    public int GroupIndexOf(string groupId)
    {
        ArgumentNullException.ThrowIfNull(groupId);
        return _groupIndex.TryGetValue(groupId, out var index) ? index : -1;
    }

    /// <summary>The agent indexes of the members of group <paramref name="groupId"/>, ascending; empty for an unknown group.</summary>
    public IReadOnlyList<int> GroupMembers(string groupId)
    {
        var index = GroupIndexOf(groupId);
        return index >= 0 ? _groupMembers[index] : _noMembers;
    }
}
