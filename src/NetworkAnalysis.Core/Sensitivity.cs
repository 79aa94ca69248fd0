namespace NetworkAnalysis.Core;

/// <summary>
/// Why an agent's identity must be protected in any output (see <see cref="IdentityProtection"/>).
/// The data-format words are defined in <see cref="DomainWords"/>.
/// </summary>
public enum Sensitivity
{
    /// <summary>Empty in the data (or <c>none</c>): not protected.</summary>
    None,

    /// <summary><c>victim</c>: a victim of trafficking or exploitation.</summary>
    Victim,

    /// <summary><c>witness</c>: a witness whose identity must not leak.</summary>
    Witness,

    /// <summary><c>minor</c>: a person under 18.</summary>
    Minor,
}
