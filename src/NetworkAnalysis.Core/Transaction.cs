using System.Collections.Immutable;

namespace NetworkAnalysis.Core;

/// <summary>
/// A directed, typed link between two agents: a fee, payment, bribe, transport leg, supply of
/// documents, recruitment, exploitation, debt collection, laundering transfer or communication.
/// A network may hold many transactions between the same pair (a multigraph) and self-loops.
/// </summary>
/// <param name="Source">The id of the agent the transaction goes from (the payer, sender, recruiter, ...).</param>
/// <param name="Target">The id of the agent the transaction goes to.</param>
/// <param name="Kind">What the transaction is.</param>
/// <remarks>Equality compares every property by content, including <see cref="Route"/> and <see cref="Attributes"/>.</remarks>
public sealed record Transaction(string Source, string Target, TransactionKind Kind)
{
    private readonly ImmutableArray<string> _route = ImmutableArray<string>.Empty;
    private readonly IReadOnlyDictionary<string, string> _attributes = AttributeMaps.Empty;

    /// <summary>The id of the agent the transaction goes from.</summary>
    public string Source { get; init; } = Source ?? throw new ArgumentNullException(nameof(Source));

    /// <summary>The id of the agent the transaction goes to.</summary>
    public string Target { get; init; } = Target ?? throw new ArgumentNullException(nameof(Target));

    /// <summary>An identifier unique among the transactions of a network, or null.</summary>
    public string? Id { get; init; }

    /// <summary>When it happened, or null when unknown (the reader gives UTC when the data has no offset).</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>The amount of money, non-negative, or null.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The ISO 4217 currency code of <see cref="Amount"/> (three upper-case letters), or null.</summary>
    public string? Currency { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 code of the country where it happened, or null.</summary>
    public string? Country { get; init; }

    /// <summary>The countries of a route in order (ISO alpha-2 codes; <c>TR&gt;GR&gt;IT</c> in the data); empty when unknown.</summary>
    public ImmutableArray<string> Route
    {
        get => _route;
        init => _route = value.IsDefault ? ImmutableArray<string>.Empty : value;
    }

    /// <summary>The number of persons moved, recruited or exploited, non-negative, or null.</summary>
    public int? Persons { get; init; }

    /// <summary>A positive, finite weight; 1 by default.</summary>
    public double Weight { get; init; } = 1.0;

    /// <summary>Extra columns of the source data (column name → value), kept for round trips; never null.</summary>
    public IReadOnlyDictionary<string, string> Attributes
    {
        get => _attributes;
        init => _attributes = value ?? AttributeMaps.Empty;
    }

    /// <inheritdoc />
    public bool Equals(Transaction? other) =>
        other is not null
        && string.Equals(Source, other.Source, StringComparison.Ordinal)
        && string.Equals(Target, other.Target, StringComparison.Ordinal)
        && Kind == other.Kind
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Time == other.Time
        && Amount == other.Amount
        && string.Equals(Currency, other.Currency, StringComparison.Ordinal)
        && string.Equals(Country, other.Country, StringComparison.Ordinal)
        && AttributeMaps.SequenceEquals(Route, other.Route)
        && Persons == other.Persons
        && Weight.Equals(other.Weight)
        && AttributeMaps.ContentEquals(Attributes, other.Attributes);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(
            StringComparer.Ordinal.GetHashCode(Source),
            StringComparer.Ordinal.GetHashCode(Target),
            Kind,
            Id is null ? 0 : StringComparer.Ordinal.GetHashCode(Id),
            Time,
            Amount,
            Weight,
            HashCode.Combine(Persons, AttributeMaps.SequenceHash(Route), AttributeMaps.ContentHash(Attributes)));
}
