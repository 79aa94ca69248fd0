using System.Collections.Immutable;
using System.Text;

namespace NetworkAnalysis.Core;

/// <summary>
/// A node of a transaction network: an individual, cell, group, business, official, migrant or victim
/// (its <see cref="AgentKind"/>) performing a set of <see cref="Function"/>s.
/// </summary>
/// <param name="Id">The agent's identifier: unique in a network, case-sensitive, no surrounding white space.</param>
/// <param name="Kind">What the agent is.</param>
/// <remarks>
/// Equality compares every property by content, including <see cref="Groups"/> and <see cref="Attributes"/>.
/// <see cref="object.ToString"/> never prints the id or name of a sensitive agent.
/// </remarks>
public sealed record Agent(string Id, AgentKind Kind)
{
    private readonly ImmutableArray<string> _groups = ImmutableArray<string>.Empty;
    private readonly IReadOnlyDictionary<string, string> _attributes = AttributeMaps.Empty;

    /// <summary>The agent's identifier: unique in a network, case-sensitive, no surrounding white space.</summary>
    public string Id { get; init; } = Id ?? throw new ArgumentNullException(nameof(Id));

    /// <summary>A display name, or null when unknown.</summary>
    public string? Name { get; init; }

    /// <summary>The sphere the agent acts from; defaults to <see cref="DefaultSphere"/> of <see cref="Kind"/>.</summary>
    public Sphere Sphere { get; init; } = DefaultSphere(Kind);

    /// <summary>The ISO 3166-1 alpha-2 country code (upper-case), or null when unknown.</summary>
    public string? Country { get; init; }

    /// <summary>The ids of the groups the agent belongs to (a default array reads as empty).</summary>
    public ImmutableArray<string> Groups
    {
        get => _groups;
        init => _groups = value.IsDefault ? ImmutableArray<string>.Empty : value;
    }

    /// <summary>The functions the agent performs.</summary>
    public FunctionSet Functions { get; init; }

    /// <summary>Why the agent's identity must be protected, if it must.</summary>
    public Sensitivity Sensitivity { get; init; }

    /// <summary>Extra columns of the source data (column name → value), kept for round trips; never null.</summary>
    public IReadOnlyDictionary<string, string> Attributes
    {
        get => _attributes;
        init => _attributes = value ?? AttributeMaps.Empty;
    }

    /// <summary>True when the agent is a victim, witness or minor whose identity must never leak.</summary>
    public bool IsSensitive => Sensitivity != Sensitivity.None;

    /// <summary>
    /// The sphere an agent of <paramref name="kind"/> has when none is given: businesses and officials
    /// are <see cref="Sphere.Upperworld"/>, persons and groups <see cref="Sphere.Underworld"/>, migrants
    /// and victims <see cref="Sphere.None"/>.
    /// </summary>
    public static Sphere DefaultSphere(AgentKind kind) => kind switch
    {
        AgentKind.Business or AgentKind.Official => Sphere.Upperworld,
        AgentKind.Person or AgentKind.Group => Sphere.Underworld,
        _ => Sphere.None,
    };

    /// <inheritdoc />
    public bool Equals(Agent? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Kind == other.Kind
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Sphere == other.Sphere
        && string.Equals(Country, other.Country, StringComparison.Ordinal)
        && AttributeMaps.SequenceEquals(Groups, other.Groups)
        && Functions == other.Functions
        && Sensitivity == other.Sensitivity
        && AttributeMaps.ContentEquals(Attributes, other.Attributes);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(
            StringComparer.Ordinal.GetHashCode(Id),
            Kind,
            Name is null ? 0 : StringComparer.Ordinal.GetHashCode(Name),
            Sphere,
            Functions,
            Sensitivity,
            AttributeMaps.SequenceHash(Groups),
            AttributeMaps.ContentHash(Attributes));

    // Records print every property; a sensitive agent's id and name must not reach logs that way.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(IsSensitive ? "<protected>" : Id);
        builder.Append(", Kind = ").Append(Kind);
        if (!IsSensitive && Name is not null)
        {
            builder.Append(", Name = ").Append(Name);
        }

        builder.Append(", Sphere = ").Append(Sphere);
        if (Country is not null)
        {
            builder.Append(", Country = ").Append(Country);
        }

        if (!Groups.IsEmpty)
        {
            builder.Append(", Groups = ").Append(string.Join(';', Groups));
        }

        if (!Functions.IsEmpty)
        {
            builder.Append(", Functions = ").Append(Functions.ToString());
        }

        builder.Append(", Sensitivity = ").Append(Sensitivity);
        return true;
    }
}
