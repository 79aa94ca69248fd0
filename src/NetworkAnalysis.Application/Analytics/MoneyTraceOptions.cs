using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>Options of <see cref="MoneyAnalysis.Trace"/>.</summary>
public sealed record MoneyTraceOptions
{
    /// <summary>The defaults: forward, 5 hops, money kinds, all time.</summary>
    public static MoneyTraceOptions Default { get; } = new();

    /// <summary>Forward (default) or backward.</summary>
    public TraceDirection Direction { get; init; } = TraceDirection.Forward;

    /// <summary>How many transfers from the agent money is followed (default 5, at most 64).</summary>
    public int MaxHops { get; init; } = 5;

    /// <summary>Most agent rows and most flow rows returned (default 100 each; largest amounts kept).</summary>
    public int MaxResults { get; init; } = 100;

    /// <summary>Time limit (default 10 s).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Only transfers at or after this instant.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only transfers before this instant.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>The amount traced (default null: every transfer of the agent in full).</summary>
    public decimal? InitialAmount { get; init; }

    /// <summary>Transactions that move money (default payment, fee, bribe, laundering).</summary>
    public IReadOnlySet<TransactionKind> TransactionKinds { get; init; } = AnalysisDefaults.MoneyKinds;

    /// <summary>Only transfers in this currency (default null: all, which mixes currencies; see <see cref="MoneyTraceReport.Currencies"/>).</summary>
    public string? Currency { get; init; }
}
