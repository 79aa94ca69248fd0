using NetworkAnalysis.Core;

namespace NetworkAnalysis.Training;

/// <summary>
/// What an analyst gets to see of a case: an intercept that covers only part of its time, and fields
/// another source does not record. Applied to a complete network (<see cref="Apply"/>) it gives the
/// partial one; used to make training and evaluation data look like real case files.
/// </summary>
public sealed record CaseObservation
{
    /// <summary>Everything recorded.</summary>
    public static CaseObservation Complete { get; } = new();

    /// <summary>
    /// Keep only the dated transactions inside a window of this many months (undated ones are kept), or
    /// null for the whole case; agents left with no transaction are dropped, as an intercept would
    /// never learn of them. The window's start is <see cref="WindowStart"/>.
    /// </summary>
    public double? WindowMonths { get; init; }

    /// <summary>Where the window starts, as a fraction of the room the case leaves before its end; default 0.5.</summary>
    public double WindowStart { get; init; } = 0.5;

    /// <summary>Drop every transaction's time.</summary>
    public bool NoTimes { get; init; }

    /// <summary>Drop every transaction's route.</summary>
    public bool NoRoutes { get; init; }

    /// <summary>Drop every transaction's and agent's country (and routes).</summary>
    public bool NoCountries { get; init; }

    /// <summary>Drop every agent's declared functions.</summary>
    public bool NoFunctions { get; init; }

    /// <summary>Drop person counts and amounts.</summary>
    public bool NoCounts { get; init; }

    /// <summary>True when nothing is removed.</summary>
    public bool IsComplete => this == Complete;

    /// <summary>The network as observed. Groups and their members are kept as declared.</summary>
    public TransactionNetwork Apply(TransactionNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (IsComplete)
        {
            return network;
        }

        var (from, to) = Window(network);
        Transaction? MapTransaction(Transaction t)
        {
            if (t.Time is { } time && (time < from || time > to))
            {
                return null;
            }

            return t with
            {
                Time = NoTimes ? null : t.Time,
                Route = NoRoutes || NoCountries ? [] : t.Route,
                Country = NoCountries ? null : t.Country,
                Persons = NoCounts ? null : t.Persons,
                Amount = NoCounts ? null : t.Amount,
                Currency = NoCounts ? null : t.Currency,
            };
        }

        Agent MapAgent(Agent a) => a with
        {
            Country = NoCountries ? null : a.Country,
            Functions = NoFunctions ? FunctionSet.Empty : a.Functions,
        };

        return NetworkRebuild.Rebuild(network, MapAgent, MapTransaction, dropIdleAgents: WindowMonths is not null);
    }

    private (DateTimeOffset From, DateTimeOffset To) Window(TransactionNetwork network)
    {
        if (WindowMonths is not { } months)
        {
            return (DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        }

        var first = DateTimeOffset.MaxValue;
        var last = DateTimeOffset.MinValue;
        foreach (var t in network.Transactions)
        {
            if (t.Time is { } time)
            {
                first = time < first ? time : first;
                last = time > last ? time : last;
            }
        }

        if (first > last)
        {
            return (DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        }

        var length = TimeSpan.FromDays(months * 365.25 / 12);
        var room = Math.Max(0, (last - first - length).Ticks);
        var start = first.AddTicks((long)(room * Math.Clamp(WindowStart, 0, 1)));
        return (start, start + length);
    }
}
