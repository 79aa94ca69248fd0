using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>Options of <see cref="MoneyAnalysis.Cycles"/>.</summary>
public sealed record MoneyCycleOptions
{
    /// <summary>The defaults: cycles of 2 to 4 transfers, money kinds, all time.</summary>
    public static MoneyCycleOptions Default { get; } = new();

    /// <summary>Longest cycle, in transfers (L; default 4).</summary>
    public int MaxHops { get; init; } = 4;

    /// <summary>Most cycles returned, largest bottleneck first (default 100).</summary>
    public int MaxResults { get; init; } = 100;

    /// <summary>Most cycles enumerated before ranking (default 100,000); beyond it the report says it was truncated.</summary>
    public int MaxCycles { get; init; } = 100_000;

    /// <summary>Time limit (default 30 s).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Only transfers at or after this instant.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only transfers before this instant.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Transactions that move money (default payment, fee, bribe, laundering).</summary>
    public IReadOnlySet<TransactionKind> TransactionKinds { get; init; } = AnalysisDefaults.MoneyKinds;

    /// <summary>Only transfers in this currency (default null: all).</summary>
    public string? Currency { get; init; }

    /// <summary>Keep only cycles whose transfers can be put in time order around the loop (default false).</summary>
    public bool TimeOrderedOnly { get; init; }
}
