using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>Time-respecting paths between two agents: chains of transactions each no earlier than the one before.</summary>
/// <param name="FromId">Start agent.</param>
/// <param name="ToId">End agent.</param>
/// <param name="EarliestArrival">The chain that reaches the end agent first (fewest transactions among those), or null.</param>
/// <param name="FewestHops">The chain with the fewest transactions (earliest among those), or null.</param>
/// <param name="UntimedTransactions">Transactions left out because they have no time.</param>
public sealed record TemporalPathReport(string FromId, string ToId, TimedPath? EarliestArrival, TimedPath? FewestHops, int UntimedTransactions);

/// <summary>A chain of transactions in time order.</summary>
/// <param name="AgentIds">The agents along it, start first.</param>
/// <param name="Hops">The transactions, in order.</param>
public sealed record TimedPath(IReadOnlyList<string> AgentIds, IReadOnlyList<TimedHop> Hops)
{
    /// <summary>Time of the first transaction.</summary>
    public DateTimeOffset Departure => Hops[0].Time;

    /// <summary>Time of the last transaction.</summary>
    public DateTimeOffset Arrival => Hops[^1].Time;
}

/// <summary>One transaction of a time-respecting path.</summary>
/// <param name="TransactionId">Its id, or <c>#n</c> (1-based position) when it has none.</param>
/// <param name="SourceId">Its source agent.</param>
/// <param name="TargetId">Its target agent.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Time">When it happened.</param>
/// <param name="Amount">Its amount, if any.</param>
/// <param name="Currency">Its currency, if any.</param>
public sealed record TimedHop(string TransactionId, string SourceId, string TargetId, TransactionKind Kind, DateTimeOffset Time, decimal? Amount, string? Currency);
