using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>Options of <see cref="UpperworldAnalysis.Analyze"/>.</summary>
public sealed record UpperworldOptions
{
    /// <summary>The defaults.</summary>
    public static UpperworldOptions Default { get; } = new();

    /// <summary>Longest path searched from an upperworld agent to a group's core, in transaction hops (default 4).</summary>
    public int MaxHops { get; init; } = 4;

    /// <summary>Most rows in each list (links, exposure, paths, gateways; default 100).</summary>
    public int MaxResults { get; init; } = 100;

    /// <summary>Time limit (default 60 s).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Transaction kinds that count as ties and links (default null: all). Ties count either way; a tie's strength is its number of transactions.</summary>
    public IReadOnlySet<TransactionKind>? TransactionKinds { get; init; }

    /// <summary>Only transactions at or after this instant (default: no lower bound).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only transactions before this instant (default: no upper bound).</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>How many example transaction ids each link lists (default 5).</summary>
    public int MaxExamples { get; init; } = 5;
}
