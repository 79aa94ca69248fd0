using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>Where an agent's money went (or where money it received came from), with amount conservation.</summary>
/// <param name="OriginId">The agent traced from.</param>
/// <param name="Direction"><c>forward</c> or <c>backward</c>.</param>
/// <param name="Agents">Agents the trace reached, by hops then amount (largest first).</param>
/// <param name="Flows">Transactions that carried traced money, in time order.</param>
/// <param name="Transactions">Money transactions considered (kind, window, currency, time and amount known).</param>
/// <param name="SkippedWithoutTimeOrAmount">Money transactions (of the chosen kinds and currency, at any time) left out because they have no time or no amount.</param>
/// <param name="Currencies">Currencies among those money transactions (any time); more than one means amounts may have been added across currencies.</param>
/// <param name="Truncated">True when <see cref="MoneyTraceOptions.MaxResults"/> cut a list.</param>
public sealed record MoneyTraceReport(
    string OriginId,
    string Direction,
    IReadOnlyList<MoneyTraceRow> Agents,
    IReadOnlyList<MoneyTraceFlow> Flows,
    int Transactions,
    int SkippedWithoutTimeOrAmount,
    IReadOnlyList<string> Currencies,
    bool Truncated);

/// <summary>How much traced money one agent handled.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Hops">Fewest transfers between it and the origin along the trace.</param>
/// <param name="Reached">Forward: traced money it received. Backward: money it sent that ended with the origin.</param>
/// <param name="Forwarded">Forward: how much of that it passed on. Backward: how much of that it had itself received from further back.</param>
public sealed record MoneyTraceRow(string AgentId, AgentKind Kind, int Hops, decimal Reached, decimal Forwarded)
{
    /// <summary>Forward: traced money still with the agent. Backward: the part of its contribution not explained by earlier receipts.</summary>
    public decimal Retained => Reached - Forwarded;
}

/// <summary>One transaction that carried traced money.</summary>
/// <param name="TransactionId">Its id, or <c>#n</c> (1-based position).</param>
/// <param name="SourceId">Payer.</param>
/// <param name="TargetId">Receiver.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Time">When.</param>
/// <param name="Amount">Its full amount.</param>
/// <param name="Traced">How much of it was traced money (never more than the payer had received, forward).</param>
/// <param name="Hop">Its transfer number from the origin (1 = the origin's own transfer, forward).</param>
public sealed record MoneyTraceFlow(string TransactionId, string SourceId, string TargetId, TransactionKind Kind, DateTimeOffset Time, decimal Amount, decimal Traced, int Hop);
