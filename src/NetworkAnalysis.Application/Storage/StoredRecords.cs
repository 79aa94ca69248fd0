using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Storage;

/// <summary>Rebuilds the domain records from stored columns (the inverse of what the stores write), shared by every store.</summary>
public static class StoredRecords
{
    /// <summary>An agent from its columns (see <see cref="StoredValues"/> for the JSON ones).</summary>
    public static Agent Agent(string id, int kind, string? name, int sphere, string? country, int functions, int sensitivity, string? groupsJson, string? attributesJson) =>
        new(id, (AgentKind)kind)
        {
            Name = name,
            Sphere = (Sphere)sphere,
            Country = country,
            Functions = FunctionSet.FromMask((uint)functions),
            Sensitivity = (Sensitivity)sensitivity,
            Groups = StoredValues.ListFromJson(groupsJson),
            Attributes = StoredValues.MapFromJson(attributesJson),
        };

    /// <summary>A transaction from its columns.</summary>
    public static Transaction Transaction(
        string source,
        string target,
        int kind,
        string? id,
        long? timeTicks,
        int? timeOffset,
        string? amount,
        string? currency,
        string? country,
        string? routeJson,
        int? persons,
        double weight,
        string? attributesJson) =>
        new(source, target, (TransactionKind)kind)
        {
            Id = id,
            Time = timeTicks is { } ticks ? StoredValues.TimeFrom(ticks, timeOffset ?? 0) : null,
            Amount = amount is null ? null : StoredValues.AmountFrom(amount),
            Currency = currency,
            Country = country,
            Route = StoredValues.ListFromJson(routeJson),
            Persons = persons,
            Weight = weight,
            Attributes = StoredValues.MapFromJson(attributesJson),
        };

    /// <summary>A tie from its columns (start and end as UTC ticks plus offset minutes).</summary>
    public static Tie Tie(string source, string target, int kind, string? id, long? startTicks, int? startOffset, long? endTicks, int? endOffset, string? attributesJson) =>
        new(source, target, (TieKind)kind)
        {
            Id = id,
            Start = startTicks is { } s ? StoredValues.TimeFrom(s, startOffset ?? 0) : null,
            End = endTicks is { } e ? StoredValues.TimeFrom(e, endOffset ?? 0) : null,
            Attributes = StoredValues.MapFromJson(attributesJson),
        };

    /// <summary>A group from its columns.</summary>
    public static Group Group(string id, string? name, int? type, string? attributesJson) =>
        new(id)
        {
            Name = name,
            Type = type is { } t ? (GroupType)t : null,
            Attributes = StoredValues.MapFromJson(attributesJson),
        };

    /// <summary>Earliest and latest transaction time of <paramref name="transactions"/> (by instant), null when none is timed.</summary>
    public static (DateTimeOffset? First, DateTimeOffset? Last) TimeSpanOf(IEnumerable<Transaction> transactions)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        DateTimeOffset? first = null, last = null;
        foreach (var tx in transactions)
        {
            if (tx.Time is { } time)
            {
                if (first is null || time < first)
                {
                    first = time;
                }

                if (last is null || time > last)
                {
                    last = time;
                }
            }
        }

        return (first, last);
    }
}
