namespace NetworkAnalysis.Application.Reports;

/// <summary>Counts that describe a dataset.</summary>
/// <param name="Agents">Number of agents.</param>
/// <param name="Transactions">Number of transactions.</param>
/// <param name="AgentsByKind">Agents per kind (domain words), in enum order, zeros left out.</param>
/// <param name="AgentsBySphere">Agents per sphere (underworld, upperworld, none).</param>
/// <param name="TransactionsByKind">Transactions per kind, in enum order, zeros left out.</param>
/// <param name="Countries">Countries by number of agents and transactions located there, most first.</param>
/// <param name="Routes">Distinct routes with the number of transactions and persons moved, most first.</param>
/// <param name="FirstTransaction">Earliest transaction time, if any has a time.</param>
/// <param name="LastTransaction">Latest transaction time.</param>
/// <param name="Groups">Declared groups with their member counts and known type.</param>
/// <param name="SensitiveAgents">Agents with a sensitivity (victim, witness, minor).</param>
/// <param name="TotalAmounts">Summed amounts per currency.</param>
public sealed record DatasetSummary(
    int Agents,
    int Transactions,
    IReadOnlyList<CountRow> AgentsByKind,
    IReadOnlyList<CountRow> AgentsBySphere,
    IReadOnlyList<CountRow> TransactionsByKind,
    IReadOnlyList<CountryRow> Countries,
    IReadOnlyList<RouteRow> Routes,
    DateTimeOffset? FirstTransaction,
    DateTimeOffset? LastTransaction,
    IReadOnlyList<GroupRow> Groups,
    int SensitiveAgents,
    IReadOnlyList<AmountRow> TotalAmounts);

/// <summary>A label and a count.</summary>
public sealed record CountRow(string Label, int Count);

/// <summary>A country with the agents based there and the transactions that took place there or passed through.</summary>
public sealed record CountryRow(string Country, int Agents, int Transactions);

/// <summary>A route (<c>TR&gt;GR&gt;IT</c>) with its transactions and persons moved.</summary>
public sealed record RouteRow(string Route, int Transactions, long Persons);

/// <summary>A declared group.</summary>
public sealed record GroupRow(string Id, string? Name, int Members, string? KnownType);

/// <summary>Total amount in one currency (<c>?</c> when the currency is not given).</summary>
public sealed record AmountRow(string Currency, decimal Amount, int Transactions);

/// <summary>An agent with a score, shown by display id and name.</summary>
public sealed record RankedAgent(string Id, string Name, string Kind, double Value);

/// <summary>Weakly connected components.</summary>
/// <param name="Count">Number of components (isolated agents count as components of size 1).</param>
/// <param name="Largest">Size of the largest component.</param>
/// <param name="Sizes">Component sizes, largest first (at most 20 listed).</param>
/// <param name="Isolated">Agents with no transaction at all.</param>
public sealed record ComponentSummary(int Count, int Largest, IReadOnlyList<int> Sizes, int Isolated);

/// <summary>A further report section: a title, an explanation, and a table.</summary>
/// <param name="Key">Stable key for JSON (e.g. <c>centrality</c>).</param>
/// <param name="Title">Heading.</param>
/// <param name="Text">What it shows and how to read it.</param>
/// <param name="Columns">Table columns.</param>
/// <param name="Rows">Table rows (strings, numbers).</param>
public sealed record ReportSection(string Key, string Title, string Text, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>Wall-clock seconds the section took to compute (null when not measured).</summary>
    public double? Seconds { get; init; }

    /// <summary>How the values were estimated, or null when they are exact.</summary>
    public SectionEstimate? Estimate { get; init; }
}

/// <summary>Values of a report section that are estimates: how, from how large a sample, and how far off they may be.</summary>
/// <param name="Method">The estimator and the bound's argument, in words.</param>
/// <param name="SampleSize">Number of samples (e.g. source nodes).</param>
/// <param name="Seed">Seed of the sample: the same seed gives the same values.</param>
/// <param name="Bound">With probability at least <paramref name="Confidence"/>, every value is within this of the exact one (additive).</param>
/// <param name="Confidence">The probability of the bound (e.g. 0.95).</param>
public sealed record SectionEstimate(string Method, int SampleSize, long Seed, double Bound, double Confidence);
