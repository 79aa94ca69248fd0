using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>The ties between the upperworld (businesses, officials) and the underworld.</summary>
/// <param name="Links">Every direct link: one row per upperworld agent, underworld agent, transaction kind and direction.</param>
/// <param name="Exposure">Upperworld agents ranked by how close they sit to the groups' cores.</param>
/// <param name="Paths">Shortest and strongest paths from each ranked upperworld agent to each group core it reaches.</param>
/// <param name="Gateways">Underworld agents holding direct links to the upperworld (corruption gateways), most links first.</param>
/// <param name="Truncated">True when <see cref="UpperworldOptions.MaxResults"/> cut a list.</param>
public sealed record UpperworldReport(
    IReadOnlyList<UpperworldLink> Links,
    IReadOnlyList<UpperworldExposure> Exposure,
    IReadOnlyList<CorePath> Paths,
    IReadOnlyList<CorruptionGateway> Gateways,
    bool Truncated);

/// <summary>The transactions of one kind, one way, between an upperworld and an underworld agent.</summary>
/// <param name="UpperworldId">The business or official.</param>
/// <param name="UpperworldKind">Its kind.</param>
/// <param name="UnderworldId">The criminal-side agent.</param>
/// <param name="Kind">The transaction kind (bribe, payment, transport, documents, ...).</param>
/// <param name="FromUpperworld">True when the upperworld agent is the source (e.g. a business paying), false when it receives (e.g. an official taking a bribe).</param>
/// <param name="Transactions">How many.</param>
/// <param name="Amounts">Summed amounts per currency (transactions without an amount are left out).</param>
/// <param name="First">Earliest time, when known.</param>
/// <param name="Last">Latest time, when known.</param>
/// <param name="Examples">Ids of the first few transactions.</param>
public sealed record UpperworldLink(
    string UpperworldId,
    AgentKind UpperworldKind,
    string UnderworldId,
    TransactionKind Kind,
    bool FromUpperworld,
    int Transactions,
    IReadOnlyList<MoneyAmount> Amounts,
    DateTimeOffset? First,
    DateTimeOffset? Last,
    IReadOnlyList<string> Examples);

/// <summary>How exposed one business or official is to the underworld.</summary>
/// <param name="Rank">1 = most exposed.</param>
/// <param name="AgentId">The agent.</param>
/// <param name="Kind">Business or official (or another upperworld kind).</param>
/// <param name="Score">Σ over groups of 1 / (d + 1), d = hops to the group's core (1 inside the core, ½ next to it, ...).</param>
/// <param name="GroupsReached">Groups whose core is within the hop limit.</param>
/// <param name="UnderworldContacts">Distinct underworld agents it deals with directly.</param>
/// <param name="Transactions">Direct transactions with the underworld.</param>
/// <param name="Amounts">Their summed amounts per currency.</param>
public sealed record UpperworldExposure(
    int Rank,
    string AgentId,
    AgentKind Kind,
    double Score,
    int GroupsReached,
    int UnderworldContacts,
    int Transactions,
    IReadOnlyList<MoneyAmount> Amounts);

/// <summary>The paths from one upperworld agent to one group's core.</summary>
/// <param name="UpperworldId">The business or official.</param>
/// <param name="GroupId">The group.</param>
/// <param name="Shortest">Fewest hops to a core member (agent ids, upperworld agent first).</param>
/// <param name="Strongest">The path whose ties are strongest (least Σ 1/transactions) to a core member, within the hop limit.</param>
/// <param name="StrongestLength">Σ 1/transactions along <see cref="Strongest"/>.</param>
public sealed record CorePath(string UpperworldId, string GroupId, IReadOnlyList<string> Shortest, IReadOnlyList<string> Strongest, double StrongestLength)
{
    /// <summary>Hops of the shortest path.</summary>
    public int ShortestHops => Shortest.Count - 1;
}

/// <summary>An underworld agent that holds links to the upperworld.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Groups">Its groups.</param>
/// <param name="UpperworldContacts">Distinct businesses and officials it deals with.</param>
/// <param name="Transactions">Transactions with them.</param>
/// <param name="Amounts">Their summed amounts per currency.</param>
/// <param name="Kinds">The transaction kinds involved.</param>
public sealed record CorruptionGateway(
    string AgentId,
    IReadOnlyList<string> Groups,
    int UpperworldContacts,
    int Transactions,
    IReadOnlyList<MoneyAmount> Amounts,
    IReadOnlyList<TransactionKind> Kinds);
