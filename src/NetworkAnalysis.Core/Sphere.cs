namespace NetworkAnalysis.Core;

/// <summary>
/// The side of society an agent acts from. The data-format words are defined in <see cref="DomainWords"/>.
/// </summary>
public enum Sphere
{
    /// <summary><c>none</c>: neither sphere; the default for migrants and victims.</summary>
    None,

    /// <summary><c>underworld</c>: criminal agents; the default for persons and groups.</summary>
    Underworld,

    /// <summary><c>upperworld</c>: legitimate society (businesses, officials); the default for businesses and officials.</summary>
    Upperworld,
}
