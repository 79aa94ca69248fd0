using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NetworkAnalysis.Core;

/// <summary>
/// Collects agents, transactions, groups and ties and builds a validated <see cref="TransactionNetwork"/>.
/// Ids are trimmed and compared case-sensitively; country and currency codes are made upper-case;
/// empty names and codes become null. Records may be added in any order.
/// </summary>
/// <remarks>
/// <see cref="Build"/> checks everything and throws one <see cref="InputFormatException"/> listing the
/// problems: duplicate agent, transaction, group or tie ids; a transaction or tie whose source or target
/// is not an agent; a tie that ends before it starts; a weight that is not positive and finite; a negative amount or number of persons; country
/// codes that are not two letters, currency codes that are not three; empty ids. Problems name the
/// record list (<c>agents</c>, <c>transactions</c>, <c>groups</c>, <c>ties</c>) and the record's position.
/// </remarks>
public sealed class TransactionNetworkBuilder
{
    private const int Unresolved = -1;

    private readonly List<Agent> _agents = [];
    private readonly Dictionary<string, int> _agentIndex;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _agentLookup;
    private readonly List<Transaction> _transactions = [];
    private readonly List<int> _sources = [];
    private readonly List<int> _targets = [];
    private readonly HashSet<string> _transactionIds = new(StringComparer.Ordinal);
    private readonly List<Group> _groups = [];
    private readonly Dictionary<string, int> _groupIndex = new(StringComparer.Ordinal);
    private readonly List<Tie> _ties = [];
    private readonly List<int> _tieSources = [];
    private readonly List<int> _tieTargets = [];
    private readonly HashSet<string> _tieIds = new(StringComparer.Ordinal);
    private readonly List<InputProblem> _problems = [];
    private readonly List<RuleViolation> _violations = [];
    private int _problemCount;
    private IdTable? _agentTable;
    private int _agentsSeen;
    private int _transactionsSeen;
    private int _groupsSeen;
    private int _tiesSeen;

    /// <summary>Creates an empty builder.</summary>
    public TransactionNetworkBuilder()
    {
        _agentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        _agentLookup = _agentIndex.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The number of agents added so far (duplicates not counted).</summary>
    public int AgentCount => _agents.Count;

    /// <summary>The number of transactions added so far.</summary>
    public int TransactionCount => _transactions.Count;

    /// <summary>Adds an agent.</summary>
    public TransactionNetworkBuilder AddAgent(Agent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var position = ++_agentsSeen;
        agent = RecordRules.Normalize(agent);
        Report("agents", $"agent {position} '{agent.Id}'", agent);
        if (!TryAddAgent(agent, out _))
        {
            AddProblem("agents", "id", $"agent {position}: duplicate agent id '{agent.Id}'");
        }

        return this;
    }

    /// <summary>Adds a transaction; its source and target are resolved when the network is built.</summary>
    public TransactionNetworkBuilder AddTransaction(Transaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var position = ++_transactionsSeen;
        transaction = RecordRules.Normalize(transaction);
        Report("transactions", $"transaction {position}", transaction);
        if (!TryAddTransaction(transaction, Unresolved, Unresolved))
        {
            AddProblem("transactions", "id", $"transaction {position}: duplicate transaction id '{transaction.Id}'");
        }

        return this;
    }

    /// <summary>The number of ties added so far.</summary>
    public int TieCount => _ties.Count;

    /// <summary>Adds a tie; its source and target are resolved when the network is built.</summary>
    public TransactionNetworkBuilder AddTie(Tie tie)
    {
        ArgumentNullException.ThrowIfNull(tie);
        var position = ++_tiesSeen;
        tie = RecordRules.Normalize(tie);
        _violations.Clear();
        RecordRules.Check(tie, _violations);
        Flush("ties", $"tie {position}");
        if (!TryAddTie(tie, Unresolved, Unresolved))
        {
            AddProblem("ties", "id", $"tie {position}: duplicate tie id '{tie.Id}'");
        }

        return this;
    }

    /// <summary>Adds a group (name, type and extra attributes); members are the agents that list its id.</summary>
    public TransactionNetworkBuilder AddGroup(Group group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var position = ++_groupsSeen;
        group = RecordRules.Normalize(group);
        Report("groups", $"group {position} '{group.Id}'", group);
        if (!TryAddGroup(group))
        {
            AddProblem("groups", "id", $"group {position}: duplicate group id '{group.Id}'");
        }

        return this;
    }

    /// <summary>
    /// Validates and builds the network. Throws <see cref="InputFormatException"/> listing the first
    /// <see cref="InputFormatException.MaxListedProblems"/> problems and their total count.
    /// </summary>
    public TransactionNetwork Build()
    {
        var problems = new List<InputProblem>(_problems);
        var total = _problemCount;
        var sources = CollectionsMarshal.AsSpan(_sources).ToArray();
        var targets = CollectionsMarshal.AsSpan(_targets).ToArray();
        ResolveAll("transactions", "transaction", sources, targets, i => _transactions[i].Source, i => _transactions[i].Target, problems, ref total);
        var tieSources = CollectionsMarshal.AsSpan(_tieSources).ToArray();
        var tieTargets = CollectionsMarshal.AsSpan(_tieTargets).ToArray();
        ResolveAll("ties", "tie", tieSources, tieTargets, i => _ties[i].Source, i => _ties[i].Target, problems, ref total);

        if (total > 0)
        {
            throw new InputFormatException(problems, total);
        }

        var agents = _agents.ToArray();
        var groups = new List<Group>(_groups);
        var groupIndex = new Dictionary<string, int>(_groupIndex, StringComparer.Ordinal);
        var members = new List<List<int>>(groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            members.Add([]);
        }

        for (var a = 0; a < agents.Length; a++)
        {
            foreach (var groupId in agents[a].Groups)
            {
                if (!groupIndex.TryGetValue(groupId, out var g))
                {
                    g = groups.Count;
                    groupIndex.Add(groupId, g);
                    groups.Add(new Group(groupId));
                    members.Add([]);
                }

                members[g].Add(a);
            }
        }

        return new TransactionNetwork(
            agents,
            new Dictionary<string, int>(_agentIndex, StringComparer.Ordinal),
            _transactions.ToArray(),
            sources,
            targets,
            groups.ToArray(),
            groupIndex,
            members.ConvertAll(m => m.ToArray()).ToArray(),
            _ties.ToArray(),
            tieSources,
            tieTargets);
    }

    /// <summary>Adds an already normalised and checked agent; false (and not added) when its id is taken.</summary>
    internal bool TryAddAgent(Agent agent, out int index)
    {
        index = _agents.Count;
        if (!_agentIndex.TryAdd(agent.Id, index))
        {
            index = _agentIndex[agent.Id];
            return false;
        }

        _agents.Add(agent);
        return true;
    }

    /// <summary>
    /// Adds an already normalised and checked transaction whose endpoints the caller resolved (or
    /// <c>-1</c> to resolve at build); false (and not added) when its id is taken.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool TryAddTransaction(Transaction transaction, int source, int target)
    {
        if (transaction.Id is { } id && !_transactionIds.Add(id))
        {
            return false;
        }

        _transactions.Add(transaction);
        _sources.Add(source);
        _targets.Add(target);
        return true;
    }

    /// <summary>
    /// Adds an already normalised and checked tie whose endpoints the caller resolved (or <c>-1</c> to
    /// resolve at build); false (and not added) when its id is taken.
    /// </summary>
    internal bool TryAddTie(Tie tie, int source, int target)
    {
        if (tie.Id is { } id && !_tieIds.Add(id))
        {
            return false;
        }

        _ties.Add(tie);
        _tieSources.Add(source);
        _tieTargets.Add(target);
        return true;
    }

    /// <summary>Adds an already normalised and checked group; false (and not added) when its id is taken.</summary>
    internal bool TryAddGroup(Group group)
    {
        if (!_groupIndex.TryAdd(group.Id, _groups.Count))
        {
            return false;
        }

        _groups.Add(group);
        return true;
    }

    /// <summary>
    /// Freezes a fast lookup of the agents added so far for <see cref="TryFindAgent"/>; call once all
    /// agents are in and before looking up from several threads.
    /// </summary>
    internal void PrepareAgentLookup() => _agentTable = new IdTable(_agents.ConvertAll(a => a.Id));

    /// <summary>
    /// Looks up an agent added so far by id, without allocating; gives the stored id instance for
    /// interning. Thread-safe while no agent is added.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool TryFindAgent(ReadOnlySpan<char> id, out int index, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? storedId) =>
        _agentTable is { } table && table.Count == _agents.Count
            ? table.TryFind(id, out index, out storedId)
            : _agentLookup.TryGetValue(id, out storedId, out index);

    /// <summary>Reserves room for <paramref name="transactions"/> more transactions.</summary>
    internal void EnsureTransactionCapacity(int transactions, bool withIds)
    {
        var needed = _transactions.Count + transactions;
        _transactions.EnsureCapacity(needed);
        _sources.EnsureCapacity(needed);
        _targets.EnsureCapacity(needed);
        if (withIds)
        {
            _transactionIds.EnsureCapacity(needed);
        }
    }

    private void ResolveAll(
        string list, string what, int[] sources, int[] targets, Func<int, string> sourceId, Func<int, string> targetId, List<InputProblem> problems, ref int total)
    {
        for (var i = 0; i < sources.Length; i++)
        {
            if (sources[i] == Unresolved)
            {
                sources[i] = Resolve(list, what, sourceId(i), i, "source", problems, ref total);
            }

            if (targets[i] == Unresolved)
            {
                targets[i] = Resolve(list, what, targetId(i), i, "target", problems, ref total);
            }
        }
    }

    private int Resolve(string list, string what, string id, int record, string column, List<InputProblem> problems, ref int total)
    {
        if (_agentIndex.TryGetValue(id, out var index))
        {
            return index;
        }

        total++;
        if (problems.Count < InputFormatException.MaxListedProblems)
        {
            problems.Add(new InputProblem(list, null, column, $"{what} {record + 1}: unknown agent '{id}'"));
        }

        return Unresolved;
    }

    private void Report(string list, string what, Agent agent)
    {
        _violations.Clear();
        RecordRules.Check(agent, _violations);
        Flush(list, what);
    }

    private void Report(string list, string what, Transaction transaction)
    {
        _violations.Clear();
        RecordRules.Check(transaction, _violations);
        Flush(list, what);
    }

    private void Report(string list, string what, Group group)
    {
        _violations.Clear();
        RecordRules.Check(group, _violations);
        Flush(list, what);
    }

    private void Flush(string list, string what)
    {
        foreach (var v in _violations)
        {
            AddProblem(list, v.Column, $"{what}: {v.Message}");
        }
    }

    private void AddProblem(string list, string? column, string message)
    {
        _problemCount++;
        if (_problems.Count < InputFormatException.MaxListedProblems)
        {
            _problems.Add(new InputProblem(list, null, column, message));
        }
    }
}
