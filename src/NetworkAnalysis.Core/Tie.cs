namespace NetworkAnalysis.Core;

/// <summary>
/// A standing relationship between two agents that is not a transaction: ownership, directorship,
/// membership, employment, family, association, representation or another kind. A tie has no amount;
/// it may have the dates it started and ended. A network may hold several ties between the same pair.
/// </summary>
/// <param name="Source">The id of the agent the tie reads from (the owner, director, member, employee, representative; either relative or associate).</param>
/// <param name="Target">The id of the agent the tie reads to (the asset, organisation, employer, client; the other relative or associate).</param>
/// <param name="Kind">What the tie is.</param>
/// <remarks>
/// Ties are kept apart from transactions: analyses see them only when a projection asks for their kinds
/// (see <c>ProjectionOptions.TieKinds</c>), so adding ties to a dataset changes no existing result.
/// Equality compares every property by content, including <see cref="Attributes"/>.
/// </remarks>
public sealed record Tie(string Source, string Target, TieKind Kind)
{
    private readonly IReadOnlyDictionary<string, string> _attributes = AttributeMaps.Empty;

    /// <summary>The id of the agent the tie reads from.</summary>
    public string Source { get; init; } = Source ?? throw new ArgumentNullException(nameof(Source));

    /// <summary>The id of the agent the tie reads to.</summary>
    public string Target { get; init; } = Target ?? throw new ArgumentNullException(nameof(Target));

    /// <summary>An identifier unique among the ties of a network, or null.</summary>
    public string? Id { get; init; }

    /// <summary>When the tie began, or null when unknown (UTC when the data has no offset).</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>When the tie ended, or null when it is ongoing or unknown; never before <see cref="Start"/>.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>Extra columns of the source data (column name → value), kept for round trips; never null.</summary>
    public IReadOnlyDictionary<string, string> Attributes
    {
        get => _attributes;
        init => _attributes = value ?? AttributeMaps.Empty;
    }

    /// <summary>True for the kinds that hold both ways (<see cref="TieKind.Family"/>, <see cref="TieKind.Association"/>).</summary>
    public bool IsMutual => IsMutualKind(Kind);

    /// <summary>True for the kinds that hold both ways (<see cref="TieKind.Family"/>, <see cref="TieKind.Association"/>).</summary>
    public static bool IsMutualKind(TieKind kind) => kind is TieKind.Family or TieKind.Association;

    /// <inheritdoc />
    public bool Equals(Tie? other) =>
        other is not null
        && string.Equals(Source, other.Source, StringComparison.Ordinal)
        && string.Equals(Target, other.Target, StringComparison.Ordinal)
        && Kind == other.Kind
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Start == other.Start
        && End == other.End
        && AttributeMaps.ContentEquals(Attributes, other.Attributes);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(
            StringComparer.Ordinal.GetHashCode(Source),
            StringComparer.Ordinal.GetHashCode(Target),
            Kind,
            Id is null ? 0 : StringComparer.Ordinal.GetHashCode(Id),
            Start,
            End,
            AttributeMaps.ContentHash(Attributes));
}
