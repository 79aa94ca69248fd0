using System.Runtime.CompilerServices;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine.Temporal;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>
/// The timed transactions of a network as engine <see cref="TimedEdges"/> (node = agent index, time = UTC
/// ticks, amount in cents so sums and minima are exact), after kind and currency filters. Built once per
/// network and filter and kept while the network lives, so repeated traces cost only the trace.
/// </summary>
internal static class TimedTransactions
{
    /// <summary>Cents per unit: amounts are carried as whole numbers of hundredths.</summary>
    public const decimal Scale = 100m;

    private const int MaxCachedSets = 8;

    private static readonly ConditionalWeakTable<TransactionNetwork, Dictionary<string, TimedTransactionSet>> Cache = new();

    /// <summary>The timed transactions of the given kinds (null: all) and currency (null: all); with <paramref name="requireAmount"/> only those with an amount.</summary>
    public static TimedTransactionSet Get(TransactionNetwork network, IReadOnlySet<TransactionKind>? kinds, string? currency, bool requireAmount, CancellationToken ct)
    {
        var keep = new bool[Enum.GetValues<TransactionKind>().Length];
        var mask = 0;
        for (var k = 0; k < keep.Length; k++)
        {
            keep[k] = kinds is null || kinds.Contains((TransactionKind)k);
            mask |= keep[k] ? 1 << k : 0;
        }

        var key = $"{mask}|{currency}|{requireAmount}";
        var sets = Cache.GetOrCreateValue(network);
        lock (sets)
        {
            if (sets.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var built = Build(network, keep, currency, requireAmount, ct);
        lock (sets)
        {
            if (sets.Count >= MaxCachedSets)
            {
                sets.Clear();
            }

            sets[key] = built;
        }

        return built;
    }

    /// <summary>Builds the set without the cache (for benchmarks).</summary>
    internal static TimedTransactionSet BuildUncached(TransactionNetwork network, IReadOnlySet<TransactionKind>? kinds, string? currency, bool requireAmount) =>
        Build(network, Enum.GetValues<TransactionKind>().Select(k => kinds is null || kinds.Contains(k)).ToArray(), currency, requireAmount, CancellationToken.None);

    /// <summary>Converts an optional window to engine ticks.</summary>
    public static TimeWindow Window(DateTimeOffset? from, DateTimeOffset? to) =>
        new(from?.UtcTicks ?? long.MinValue, to?.UtcTicks ?? long.MaxValue);

    private static TimedTransactionSet Build(TransactionNetwork network, bool[] keep, string? currency, bool requireAmount, CancellationToken ct)
    {
        var transactions = network.Transactions;
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        var m = transactions.Count;
        var s = new int[m];
        var d = new int[m];
        var times = new long[m];
        var amounts = new double[m];
        var origin = new int[m];
        var count = 0;
        var skipped = 0;
        var currencies = new SortedSet<string>(StringComparer.Ordinal);
        string? lastCurrency = null;
        var first = true;
        for (var t = 0; t < m; t++)
        {
            if ((t & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var tx = transactions[t];
            if (!keep[(int)tx.Kind] || (currency is not null && !string.Equals(tx.Currency, currency, StringComparison.Ordinal)))
            {
                continue;
            }

            if (tx.Time is not { } time || (requireAmount && tx.Amount is null))
            {
                skipped++;
                continue;
            }

            if (first || !string.Equals(tx.Currency, lastCurrency, StringComparison.Ordinal))
            {
                currencies.Add(tx.Currency ?? "?");
                lastCurrency = tx.Currency;
                first = false;
            }

            origin[count] = t;
            s[count] = sources[t];
            d[count] = targets[t];
            times[count] = time.UtcTicks;
            amounts[count] = tx.Amount is { } amount ? (double)decimal.Round(amount * Scale) : double.NaN;
            count++;
        }

        // TimedEdges reports positions in this filtered list; map them back to transaction indexes.
        var edges = TimedEdges.Create(network.AgentCount, s.AsSpan(0, count), d.AsSpan(0, count), times.AsSpan(0, count), amounts.AsSpan(0, count));
        var index = new int[edges.Count];
        var input = edges.InputIndex;
        for (var e = 0; e < index.Length; e++)
        {
            index[e] = origin[input[e]];
        }

        return new TimedTransactionSet(edges, index, skipped, currencies.ToArray());
    }
}

/// <summary>Timed transactions ready for the engine.</summary>
/// <param name="Edges">The edges in time order.</param>
/// <param name="TransactionIndex">For each edge, the index of its transaction in the network.</param>
/// <param name="Skipped">Transactions of the right kind and currency left out for lack of a time (or an amount, when required).</param>
/// <param name="Currencies">The currencies among the edges (<c>?</c> for none given).</param>
internal sealed record TimedTransactionSet(TimedEdges Edges, int[] TransactionIndex, int Skipped, string[] Currencies);
