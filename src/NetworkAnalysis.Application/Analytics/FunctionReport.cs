using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>The agent × function view of a network and the function coverage of every group.</summary>
/// <param name="Agents">Agents that perform any function (declared or inferred), in input order.</param>
/// <param name="Groups">One summary row per group, in the network's group order.</param>
/// <param name="Coverage">One row per group and function (expected or performed), group order then function order.</param>
/// <param name="Truncated">True when <see cref="FunctionAnalysisOptions.MaxResults"/> cut a list.</param>
public sealed record FunctionReport(
    IReadOnlyList<AgentFunctionRow> Agents,
    IReadOnlyList<GroupCoverageRow> Groups,
    IReadOnlyList<GroupFunctionRow> Coverage,
    bool Truncated);

/// <summary>What one agent does.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Declared">Functions given in the data.</param>
/// <param name="Inferred">Functions its transactions show (see <see cref="FunctionAnalysis"/> for the rules).</param>
/// <param name="Effective">The functions the analyses use: declared, or inferred when none were declared.</param>
/// <param name="Evidence">Why each function was inferred.</param>
public sealed record AgentFunctionRow(
    string AgentId,
    AgentKind Kind,
    FunctionSet Declared,
    FunctionSet Inferred,
    FunctionSet Effective,
    IReadOnlyList<FunctionEvidence> Evidence);

/// <summary>The transactions behind one inferred function.</summary>
/// <param name="Function">The function inferred.</param>
/// <param name="Kind">The transaction kind that shows it.</param>
/// <param name="Sends">True when the agent is the source of those transactions, false when it receives them.</param>
/// <param name="Transactions">How many such transactions.</param>
/// <param name="Examples">Ids of the first few (or <c>#n</c>, the transaction's 1-based position, when it has no id).</param>
public sealed record FunctionEvidence(Function Function, TransactionKind Kind, bool Sends, int Transactions, IReadOnlyList<string> Examples)
{
    /// <summary>A one-line reason, e.g. <c>sends 4 transport transactions (t1, t7, t9)</c>.</summary>
    public override string ToString() =>
        $"{(Sends ? "sends" : "receives")} {Transactions} {DomainWords.Format(Kind)} transaction{(Transactions == 1 ? "" : "s")} ({string.Join(", ", Examples)}{(Examples.Count < Transactions ? ", ..." : "")})";
}

/// <summary>How a group covers one function.</summary>
public enum FunctionCoverage
{
    /// <summary>A member performs it.</summary>
    InHouse,

    /// <summary>No member performs it, but an outside specialist the group deals with does.</summary>
    Bought,

    /// <summary>Nobody in or around the group performs it.</summary>
    Missing,
}

/// <summary>One function of one group.</summary>
/// <param name="GroupId">The group.</param>
/// <param name="Function">The function.</param>
/// <param name="Coverage">In-house, bought or missing.</param>
/// <param name="Redundancy">How many agents can perform it for the group (members plus outside specialists).</param>
/// <param name="InHouse">Members performing it.</param>
/// <param name="Outside">Outside specialists performing it within the hop limit of a member.</param>
public sealed record GroupFunctionRow(
    string GroupId,
    Function Function,
    FunctionCoverage Coverage,
    int Redundancy,
    IReadOnlyList<string> InHouse,
    IReadOnlyList<string> Outside)
{
    /// <summary>True when exactly one agent can perform the function: removing it removes the function.</summary>
    public bool SinglePointOfFailure => Redundancy == 1;
}

/// <summary>A group's function coverage at a glance.</summary>
/// <param name="GroupId">The group.</param>
/// <param name="Members">Number of members.</param>
/// <param name="InHouse">Functions performed by members.</param>
/// <param name="Bought">Functions bought from outside specialists only.</param>
/// <param name="Missing">Expected functions nobody performs.</param>
/// <param name="SinglePointsOfFailure">Functions with exactly one agent able to perform them, and that agent.</param>
public sealed record GroupCoverageRow(
    string GroupId,
    int Members,
    FunctionSet InHouse,
    FunctionSet Bought,
    FunctionSet Missing,
    IReadOnlyList<FunctionHolder> SinglePointsOfFailure);

/// <summary>A function and the one agent able to perform it.</summary>
/// <param name="Function">The function.</param>
/// <param name="AgentId">The agent.</param>
public sealed record FunctionHolder(Function Function, string AgentId)
{
    /// <summary>For example <c>document_forgery:f1</c>.</summary>
    public override string ToString() => $"{DomainWords.Format(Function)}:{AgentId}";
}
