using NetworkAnalysis.Core;
using NetworkAnalysis.Engine.Temporal;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>
/// The timed transactions of a network as engine <see cref="TimedEdges"/> (node = agent index, time = UTC
/// ticks, amount in cents so sums and minima are exact), after kind, window and currency filters.
/// </summary>
internal static class TimedTransactions
{
    /// <summary>Cents per unit: amounts are carried as whole numbers of hundredths.</summary>
    public const decimal Scale = 100m;

    /// <returns>
    /// The edges; for each edge (time order) the index of its transaction in the network; and how many otherwise
    /// eligible transactions lacked a time (or, with <paramref name="requireAmount"/>, an amount).
    /// </returns>
    public static (TimedEdges Edges, int[] TransactionIndex, int Skipped) Build(
        TransactionNetwork network,
        IReadOnlySet<TransactionKind>? kinds,
        DateTimeOffset? from,
        DateTimeOffset? to,
        string? currency,
        bool requireAmount,
        CancellationToken ct)
    {
        var transactions = network.Transactions;
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        var s = new List<int>();
        var d = new List<int>();
        var times = new List<long>();
        var amounts = new List<double>();
        var origin = new List<int>();
        var skipped = 0;
        for (var t = 0; t < transactions.Count; t++)
        {
            if ((t & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var tx = transactions[t];
            if ((kinds is not null && !kinds.Contains(tx.Kind)) || (currency is not null && !string.Equals(tx.Currency, currency, StringComparison.Ordinal)))
            {
                continue;
            }

            if (tx.Time is not { } time || (requireAmount && tx.Amount is null))
            {
                skipped++;
                continue;
            }

            if ((from is { } f && time < f) || (to is { } u && time >= u))
            {
                continue;
            }

            origin.Add(t);
            s.Add(sources[t]);
            d.Add(targets[t]);
            times.Add(time.UtcTicks);
            amounts.Add(tx.Amount is { } amount ? (double)decimal.Round(amount * Scale) : double.NaN);
        }

        // TimedEdges reports positions in this filtered list; map them back to transaction indexes.
        var edges = TimedEdges.Create(network.AgentCount, s.ToArray(), d.ToArray(), times.ToArray(), amounts.ToArray());
        var index = new int[edges.Count];
        var input = edges.InputIndex;
        for (var e = 0; e < index.Length; e++)
        {
            index[e] = origin[input[e]];
        }

        return (edges, index, skipped);
    }
}
