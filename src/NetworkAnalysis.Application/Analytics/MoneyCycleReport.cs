namespace NetworkAnalysis.Application.Analytics;

/// <summary>Cycles through which money returns to where it started (layering).</summary>
/// <param name="Cycles">Largest bottleneck first.</param>
/// <param name="CyclesFound">Cycles found before ranking and the result limit.</param>
/// <param name="Truncated">True when <see cref="MoneyCycleOptions.MaxCycles"/> stopped the enumeration or the result limit cut the list.</param>
/// <param name="Currencies">Currencies among the transfers considered (<c>?</c> for none given); more than one means amounts were added across currencies.</param>
public sealed record MoneyCycleReport(IReadOnlyList<MoneyCycle> Cycles, int CyclesFound, bool Truncated, IReadOnlyList<string> Currencies);

/// <summary>One money cycle.</summary>
/// <param name="Rank">1 = largest bottleneck.</param>
/// <param name="AgentIds">The agents in order around the loop (a → b → c → a); starting where the time-ordered round trip starts when there is one.</param>
/// <param name="Bottleneck">The smallest total paid along one step of the loop: the most that can have gone all the way round.</param>
/// <param name="Total">The total paid along all the steps.</param>
/// <param name="Transactions">How many transfers make up the steps.</param>
/// <param name="TimeOrdered">True when transfers exist around the loop each no earlier than the one before.</param>
/// <param name="Start">With <see cref="TimeOrdered"/>: the time of the first transfer of the quickest such round trip.</param>
/// <param name="End">With <see cref="TimeOrdered"/>: the time of its last transfer.</param>
public sealed record MoneyCycle(
    int Rank,
    IReadOnlyList<string> AgentIds,
    decimal Bottleneck,
    decimal Total,
    int Transactions,
    bool TimeOrdered,
    DateTimeOffset? Start,
    DateTimeOffset? End);
