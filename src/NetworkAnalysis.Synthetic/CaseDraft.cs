using System.Collections.Immutable;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Synthetic;

/// <summary>
/// The case being drawn: every agent and transaction in creation order, and the routes used. Only ever
/// appended to from one thread, so its order (and so the output) depends on the seed alone.
/// </summary>
internal sealed class CaseDraft
{
    private readonly Dictionary<string, int> _routeIndex = new(StringComparer.Ordinal);

    public CaseDraft(DateTimeOffset start, long spanMinutes)
    {
        Epoch = start;
        SpanMinutes = spanMinutes;
    }

    /// <summary>Minute 0 of the case (the options' start).</summary>
    public DateTimeOffset Epoch { get; }

    /// <summary>The case covers minutes [0, SpanMinutes).</summary>
    public long SpanMinutes { get; }

    public List<AgentDraft> Agents { get; } = [];

    public List<TransactionDraft> Transactions { get; } = [];

    public List<ImmutableArray<string>> Routes { get; } = [];

    public int AddAgent(AgentDraft agent)
    {
        Agents.Add(agent);
        return Agents.Count - 1;
    }

    /// <summary>The index of <paramref name="stops"/> in <see cref="Routes"/>, adding it when new.</summary>
    public int Route(ReadOnlySpan<string> stops)
    {
        var key = string.Join('>', stops.ToArray());
        if (!_routeIndex.TryGetValue(key, out var index))
        {
            index = Routes.Count;
            Routes.Add([.. stops]);
            _routeIndex.Add(key, index);
        }

        return index;
    }

    /// <summary>Adds a transaction when <paramref name="minute"/> falls inside the case; returns false otherwise.</summary>
    public bool Add(
        long minute,
        int source,
        int target,
        TransactionKind kind,
        decimal? amount = null,
        string? currency = null,
        string? country = null,
        int route = -1,
        int persons = -1)
    {
        if (minute < 0 || minute >= SpanMinutes)
        {
            return false;
        }

        Transactions.Add(new TransactionDraft
        {
            Minute = minute,
            Source = source,
            Target = target,
            Kind = kind,
            Amount = amount ?? 0m,
            HasAmount = amount.HasValue,
            Currency = amount.HasValue ? currency : null,
            Country = country,
            Route = route,
            Persons = persons,
        });
        return true;
    }
}
