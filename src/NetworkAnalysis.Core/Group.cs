namespace NetworkAnalysis.Core;

/// <summary>
/// A criminal group: its members are the agents that list its id in <see cref="Agent.Groups"/>.
/// </summary>
/// <param name="Id">The group's identifier: unique in a network, case-sensitive, no surrounding white space.</param>
/// <remarks>Equality compares every property by content, including <see cref="Attributes"/>.</remarks>
public sealed record Group(string Id)
{
    private readonly IReadOnlyDictionary<string, string> _attributes = AttributeMaps.Empty;

    /// <summary>The group's identifier.</summary>
    public string Id { get; init; } = Id ?? throw new ArgumentNullException(nameof(Id));

    /// <summary>A display name, or null.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// A known label (small enterprise or transnational), or null. Only for training and evaluating the
    /// classifier: analyses must not read it as an input.
    /// </summary>
    public GroupType? Type { get; init; }

    /// <summary>Extra columns of the source data (column name → value), kept for round trips; never null.</summary>
    public IReadOnlyDictionary<string, string> Attributes
    {
        get => _attributes;
        init => _attributes = value ?? AttributeMaps.Empty;
    }

    /// <inheritdoc />
    public bool Equals(Group? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Type == other.Type
        && AttributeMaps.ContentEquals(Attributes, other.Attributes);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Name, Type, AttributeMaps.ContentHash(Attributes));
}
