using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>Options of <see cref="PathAnalysis.FindTimeRespecting"/>.</summary>
public sealed record TemporalPathQueryOptions
{
    /// <summary>The defaults: along the transactions' direction, at most 6 hops, all time.</summary>
    public static TemporalPathQueryOptions Default { get; } = new();

    /// <summary>Longest path, in transactions (default 6).</summary>
    public int MaxHops { get; init; } = 6;

    /// <summary>Time limit (default 10 s).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Only transactions of these kinds (default null: all).</summary>
    public IReadOnlySet<TransactionKind>? TransactionKinds { get; init; }

    /// <summary>Only transactions at or after this instant.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only transactions before this instant.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>
    /// <see cref="Direction.Out"/> (default): each transaction goes from the current agent to the next (an
    /// instruction or money passed on); <see cref="Direction.All"/>: a transaction links its two agents either way.
    /// </summary>
    public Direction Direction { get; init; } = Direction.Out;
}
