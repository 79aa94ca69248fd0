using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.Paths;
using NetworkAnalysis.Engine.Temporal;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>
/// Follow the money: trace an agent's money forward (or its receipts backward) through payments, fees,
/// bribes and laundering transfers in time order with amount conservation; find the cycles through which
/// money returns to where it started (layering).
/// </summary>
/// <remarks>
/// <para><b>Trace</b> (<see cref="MoneyFlow"/>): transfers are replayed in time order; an agent never passes on
/// more traced money than it has received (a launderer who receives 10,000 and forwards 12,000 passes on
/// 10,000), and money moves at most <see cref="MoneyTraceOptions.MaxHops"/> transfers. Amounts are carried as
/// whole cents, so sums are exact to the cent.</para>
/// <para><b>Cycles</b> (<see cref="SimpleCycles"/>): simple directed cycles of 2 to L transfers among the money
/// transactions, each with its bottleneck (the smallest total on one step), its total and whether the
/// transfers can run around it in time order (checked from every starting point, earliest transfer first).</para>
/// </remarks>
public static class MoneyAnalysis
{
    /// <summary>Traces money from (or back to) <paramref name="agentId"/>.</summary>
    /// <param name="network">The network.</param>
    /// <param name="agentId">The agent traced from.</param>
    /// <param name="options">Direction, hops, window, kinds, currency and limits.</param>
    /// <param name="cancellationToken">Cancels the trace.</param>
    /// <exception cref="KeyNotFoundException">No such agent.</exception>
    /// <exception cref="TimeoutException">The time limit was reached.</exception>
    public static MoneyTraceReport Trace(TransactionNetwork network, string agentId, MoneyTraceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= MoneyTraceOptions.Default;
        var origin = network.IndexOf(agentId);
        if (origin < 0)
        {
            throw new KeyNotFoundException($"no agent '{agentId}'");
        }

        return Deadline.Run("trace", options.TimeLimit, cancellationToken, ct => RunTrace(network, origin, options, ct));
    }

    /// <summary>Finds money cycles of up to <see cref="MoneyCycleOptions.MaxHops"/> transfers.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Length, window, kinds, currency and limits.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <exception cref="TimeoutException">The time limit was reached.</exception>
    /// <param name="progress">Receives the progress (optional).</param>
    public static MoneyCycleReport Cycles(TransactionNetwork network, MoneyCycleOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= MoneyCycleOptions.Default;
        return Deadline.Run("cycles", options.TimeLimit, cancellationToken, progress, (ct, _) => RunCycles(network, options, ct));
    }

    private static MoneyTraceReport RunTrace(TransactionNetwork network, int origin, MoneyTraceOptions options, CancellationToken ct)
    {
        var set = TimedTransactions.Get(network, options.TransactionKinds, options.Currency, requireAmount: true, ct);
        var (edges, index) = (set.Edges, set.TransactionIndex);
        var window = TimedTransactions.Window(options.From, options.To);
        var backward = options.Direction == TraceDirection.Backward;
        var flow = MoneyFlow.Trace(edges, origin, new MoneyFlowOptions
        {
            Direction = backward ? Direction.In : Direction.Out,
            MaxHops = options.MaxHops,
            Window = window,
            InitialAmount = options.InitialAmount is { } amount ? (double)decimal.Round(amount * TimedTransactions.Scale) : double.PositiveInfinity,
        }, ct);

        var agents = network.Agents;
        var rows = new List<MoneyTraceRow>();
        for (var a = 0; a < agents.Count; a++)
        {
            if (a != origin && flow.Hops[a] > 0)
            {
                rows.Add(new MoneyTraceRow(agents[a].Id, agents[a].Kind, flow.Hops[a], Money(flow.Reached[a]), Money(flow.Forwarded[a])));
            }
        }

        // The origin first, then the agents that handled most traced money (within the limit), nearest first.
        var keep = Math.Max(0, options.MaxResults - 1);
        var truncated = rows.Count > keep;
        var agentRows = new List<MoneyTraceRow>
        {
            new(agents[origin].Id, agents[origin].Kind, 0, Money(flow.Reached[origin]), Money(flow.Forwarded[origin])),
        };
        agentRows.AddRange(rows.OrderByDescending(r => r.Reached).Take(keep).OrderBy(r => r.Hops).ThenByDescending(r => r.Reached));
        var flows = new List<MoneyTraceFlow>();
        for (var e = 0; e < edges.Count; e++)
        {
            if (flow.EdgeAmounts[e] > 0)
            {
                var t = index[e];
                var tx = network.Transactions[t];
                flows.Add(new MoneyTraceFlow(tx.Id ?? $"#{t + 1}", tx.Source, tx.Target, tx.Kind, tx.Time!.Value, tx.Amount!.Value, Money(flow.EdgeAmounts[e]), flow.EdgeHops[e]));
            }
        }

        if (flows.Count > options.MaxResults)
        {
            truncated = true;
            flows = flows.OrderByDescending(f => f.Traced).Take(options.MaxResults).OrderBy(f => f.Time).ToList();
        }

        var considered = edges.LowerBound(window.To) - edges.LowerBound(window.From);
        return new MoneyTraceReport(agents[origin].Id, backward ? "backward" : "forward", agentRows, flows, considered, set.Skipped, set.Currencies, truncated);
    }

    private static decimal Money(double cents) => (decimal)Math.Round(cents) / TimedTransactions.Scale;

    private sealed class Step
    {
        public decimal Sum { get; set; }

        public int Count { get; set; }

        public List<long> Times { get; } = [];
    }

    private static MoneyCycleReport RunCycles(TransactionNetwork network, MoneyCycleOptions options, CancellationToken ct)
    {
        var agents = network.Agents;
        var transactions = network.Transactions;
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        var steps = new Dictionary<(int, int), Step>();
        var currencies = new SortedSet<string>(StringComparer.Ordinal);
        var builder = new CsrGraphBuilder(agents.Count, directed: true);
        for (var t = 0; t < transactions.Count; t++)
        {
            if ((t & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var tx = transactions[t];
            int s = sources[t], d = targets[t];
            if (s == d || !options.TransactionKinds.Contains(tx.Kind) || tx.Amount is not { } amount
                || (options.Currency is not null && !string.Equals(tx.Currency, options.Currency, StringComparison.Ordinal)))
            {
                continue;
            }

            if ((options.From is not null || options.To is not null)
                && (tx.Time is not { } time || (options.From is { } f && time < f) || (options.To is { } u && time >= u)))
            {
                continue;
            }

            if (!steps.TryGetValue((s, d), out var step))
            {
                step = new Step();
                steps.Add((s, d), step);
                builder.AddEdge(s, d);
            }

            step.Sum += amount;
            step.Count++;
            currencies.Add(tx.Currency ?? "?");
            if (tx.Time is { } at)
            {
                step.Times.Add(at.UtcTicks);
            }
        }

        foreach (var step in steps.Values)
        {
            step.Times.Sort();
        }

        var found = SimpleCycles.Enumerate(builder.Build(), new SimpleCycleOptions { MaxLength = options.MaxHops, MaxCycles = options.MaxCycles }, ct);
        var cycles = new List<(int[] Nodes, decimal Bottleneck, decimal Total, int Count, int Rotation, long Start, long End)>();
        foreach (var nodes in found.Cycles)
        {
            ct.ThrowIfCancellationRequested();
            decimal bottleneck = decimal.MaxValue, total = 0;
            var count = 0;
            for (var i = 0; i < nodes.Length; i++)
            {
                var step = steps[(nodes[i], nodes[(i + 1) % nodes.Length])];
                bottleneck = Math.Min(bottleneck, step.Sum);
                total += step.Sum;
                count += step.Count;
            }

            var (rotation, start, end) = TimeOrder(nodes, steps);
            if (options.TimeOrderedOnly && rotation < 0)
            {
                continue;
            }

            cycles.Add((nodes, bottleneck, total, count, rotation, start, end));
        }

        var ranked = cycles
            .OrderByDescending(c => c.Bottleneck).ThenBy(c => c.Nodes.Length).ThenBy(c => c.Nodes, Comparer<int[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b)))
            .Take(options.MaxResults)
            .Select((c, i) =>
            {
                var order = c.Rotation < 0 ? c.Nodes : [.. c.Nodes[c.Rotation..], .. c.Nodes[..c.Rotation]];
                return new MoneyCycle(
                    i + 1,
                    order.Select(v => agents[v].Id).ToArray(),
                    c.Bottleneck,
                    c.Total,
                    c.Count,
                    c.Rotation >= 0,
                    c.Rotation >= 0 ? new DateTimeOffset(c.Start, TimeSpan.Zero) : null,
                    c.Rotation >= 0 ? new DateTimeOffset(c.End, TimeSpan.Zero) : null);
            })
            .ToList();
        return new MoneyCycleReport(ranked, cycles.Count, found.Truncated || cycles.Count > ranked.Count, currencies.ToArray());
    }

    /// <summary>
    /// The starting point from which transfers can go round the cycle in time order, choosing at each step
    /// the earliest transfer no earlier than the previous one (optimal for feasibility); the quickest round
    /// trip wins (then the earliest start). Rotation −1 when none exists.
    /// </summary>
    private static (int Rotation, long Start, long End) TimeOrder(int[] nodes, Dictionary<(int, int), Step> steps)
    {
        var best = (Rotation: -1, Start: 0L, End: 0L);
        var length = nodes.Length;
        for (var r = 0; r < length; r++)
        {
            var time = long.MinValue;
            long start = 0;
            var ok = true;
            for (var i = 0; i < length && ok; i++)
            {
                var times = steps[(nodes[(r + i) % length], nodes[(r + i + 1) % length])].Times;
                var at = times.BinarySearch(time);
                if (at < 0)
                {
                    at = ~at;
                }
                else
                {
                    // BinarySearch may land on any equal element; step back to the first.
                    while (at > 0 && times[at - 1] == time)
                    {
                        at--;
                    }
                }

                if (at >= times.Count)
                {
                    ok = false;
                    break;
                }

                time = times[at];
                if (i == 0)
                {
                    start = time;
                }
            }

            if (ok && (best.Rotation < 0 || time - start < best.End - best.Start || (time - start == best.End - best.Start && start < best.Start)))
            {
                best = (r, start, time);
            }
        }

        return best;
    }
}
