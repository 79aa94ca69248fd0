using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Storage;

/// <summary>
/// The rows a store writes for one new version, worked out once for every store by
/// <see cref="VersionPlanner"/>: what to retire, what to insert, and the new version's counts.
/// </summary>
public sealed class VersionPlan
{
    internal VersionPlan(bool retireLive, List<PlannedAgent> agents, List<PlannedTransaction> transactions, List<Group> groups, List<PlannedTie> ties, int agentCount, int transactionCount, int groupCount, int tieCount, int nextAgentNumber)
    {
        Ties = ties;
        TieCount = tieCount;
        RetireLive = retireLive;
        Agents = agents;
        Transactions = transactions;
        Groups = groups;
        AgentCount = agentCount;
        TransactionCount = transactionCount;
        GroupCount = groupCount;
        NextAgentNumber = nextAgentNumber;
    }

    /// <summary>Whether every row of the latest version stops being valid (a replace).</summary>
    public bool RetireLive { get; }

    /// <summary>Agents to insert, in case order, with their case-wide agent numbers.</summary>
    public IReadOnlyList<PlannedAgent> Agents { get; }

    /// <summary>Transactions to insert, in case order, with endpoint agent numbers.</summary>
    public IReadOnlyList<PlannedTransaction> Transactions { get; }

    /// <summary>Groups to insert, in case order.</summary>
    public IReadOnlyList<Group> Groups { get; }

    /// <summary>Ties to insert, in case order, with endpoint agent numbers.</summary>
    public IReadOnlyList<PlannedTie> Ties { get; }

    /// <summary>Ties in the new version.</summary>
    public int TieCount { get; }

    /// <summary>Agents in the new version.</summary>
    public int AgentCount { get; }

    /// <summary>Transactions in the new version.</summary>
    public int TransactionCount { get; }

    /// <summary>Groups in the new version.</summary>
    public int GroupCount { get; }

    /// <summary>The case's next unused agent number after this version.</summary>
    public int NextAgentNumber { get; }
}
