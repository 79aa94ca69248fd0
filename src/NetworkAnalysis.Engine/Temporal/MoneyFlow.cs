namespace NetworkAnalysis.Engine.Temporal;

/// <summary>
/// Follows money through timed transfers with amount conservation: a node never passes on more traced
/// money than it has received, and money moves only forward in time and at most a given number of hops.
/// </summary>
/// <remarks>
/// <para><b>Model.</b> Forward: the origin holds <see cref="MoneyFlowOptions.InitialAmount"/> (default: any
/// amount). Transfers are replayed in time order (ties by input order); when a node holding traced money
/// makes a transfer of amount x, <c>min(x, held)</c> of it is traced money and moves to the receiver. A
/// launderer who receives 10,000 and forwards 12,000 therefore passes on 10,000. Each unit of money
/// remembers how many transfers it has made; money that has made <see cref="MoneyFlowOptions.MaxHops"/>
/// transfers stops, and a node spends its fewest-hop money first. Backward is the mirror image: transfers are
/// replayed in reverse time order, and the origin's receipts are attributed to their senders, then their
/// senders' earlier receipts, never attributing more than a transfer carried or than was still to be
/// explained. This is the "poor man's" taint rule (traced money moves first) used in financial
/// investigations; other rules (proportional, FIFO) attribute differently.</para>
/// <para><b>Edges.</b> Transfers with an unknown (NaN) or non-positive amount carry nothing. Outside the
/// window they are ignored.</para>
/// <para><b>Cost.</b> One pass over the transfers in the window, O(m · h) worst case; memory O(n · h) with h
/// the hop limit (at most 64). Deterministic.</para>
/// </remarks>
public static class MoneyFlow
{
    /// <summary>The largest hop limit accepted.</summary>
    public const int MaxHopLimit = 64;

    /// <summary>Traces money from (or, backward, to) <paramref name="origin"/>.</summary>
    /// <param name="edges">The transfers.</param>
    /// <param name="origin">The node the trace starts from.</param>
    /// <param name="options">Direction, hop limit, window and starting amount.</param>
    /// <param name="cancellationToken">Checked every 65,536 transfers.</param>
    public static MoneyFlowResult Trace(TimedEdges edges, int origin, MoneyFlowOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edges);
        options ??= MoneyFlowOptions.Default;
        var n = edges.NodeCount;
        if ((uint)origin >= (uint)n)
        {
            throw new ArgumentOutOfRangeException(nameof(origin), origin, "not a node");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxHops);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxHops, MaxHopLimit);
        if (!(options.InitialAmount >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "the initial amount must be non-negative");
        }

        var backward = options.Direction == Direction.In;
        var levels = options.MaxHops + 1;
        var held = new double[n * levels];
        var live = new int[n];
        var reached = new double[n];
        var forwarded = new double[n];
        var hops = new int[n];
        Array.Fill(hops, -1);
        var edgeAmounts = new double[edges.Count];
        var edgeHops = new int[edges.Count];
        Array.Fill(edgeHops, -1);
        hops[origin] = 0;
        if (options.MaxHops > 0 && options.InitialAmount > 0)
        {
            held[origin * levels] = options.InitialAmount;
            live[origin] = 1;
        }

        var sources = edges.SourceArray;
        var targets = edges.TargetArray;
        var amounts = edges.AmountArray;
        var taken = new double[levels];
        var first = edges.LowerBound(options.Window.From);
        var last = edges.LowerBound(options.Window.To);
        var count = last - first;
        for (var step = 0; step < count; step++)
        {
            if ((step & 0xFFFF) == 0xFFFF)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var e = backward ? last - 1 - step : first + step;

            // Forward, money moves source → target; backward, the explanation moves target → source.
            var from = backward ? targets[e] : sources[e];
            var to = backward ? sources[e] : targets[e];
            if (live[from] == 0)
            {
                continue;
            }

            var x = amounts[e];
            if (!(x > 0))
            {
                continue;
            }

            var remaining = x;
            var baseFrom = from * levels;
            var baseTo = to * levels;
            var moved = 0.0;
            var lowest = -1;

            // Take first, credit after: on a self-loop the credited money must not be taken again by this transfer.
            for (var h = 0; h < levels - 1 && remaining > 0; h++)
            {
                var have = held[baseFrom + h];
                if (have <= 0)
                {
                    continue;
                }

                var take = have < remaining ? have : remaining;
                held[baseFrom + h] = have - take;
                if (held[baseFrom + h] <= 0)
                {
                    live[from]--;
                }

                taken[h] = take;
                remaining -= take;
                moved += take;
                if (lowest < 0)
                {
                    lowest = h + 1;
                }
            }

            if (moved > 0)
            {
                for (var h = lowest - 1; h < levels - 1; h++)
                {
                    var take = taken[h];
                    if (take <= 0)
                    {
                        continue;
                    }

                    taken[h] = 0;
                    if (h + 1 < levels - 1 && held[baseTo + h + 1] <= 0)
                    {
                        live[to]++;
                    }

                    held[baseTo + h + 1] += take;
                }
            }

            if (moved <= 0)
            {
                continue;
            }

            edgeAmounts[e] = moved;
            edgeHops[e] = lowest;
            forwarded[from] += moved;
            reached[to] += moved;
            if (hops[to] < 0 || lowest < hops[to])
            {
                hops[to] = lowest;
            }
        }

        // The origin's own starting amount is not "received"; what it passed on still counts as forwarded.
        return new MoneyFlowResult(reached, forwarded, hops, edgeAmounts, edgeHops);
    }
}
