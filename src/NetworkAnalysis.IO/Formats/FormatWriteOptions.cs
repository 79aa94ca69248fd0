using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats;

/// <summary>Settings for the format writers.</summary>
public sealed record FormatWriteOptions
{
    /// <summary>The defaults: sensitive agents pseudonymised with the default key, directed edges.</summary>
    public static FormatWriteOptions Default { get; } = new();

    /// <summary>
    /// How sensitive agents (victims, witnesses, minors) are written. Unless it reveals them, each is
    /// written under its pseudonym (id and name), its extra attributes are withheld, and its sensitivity is
    /// written as <c>victim</c> or <c>protected</c> (never <c>witness</c> or <c>minor</c>: the pseudonym
    /// prefix hides which). Null means <see cref="IdentityProtection.Default"/> (hides them).
    /// </summary>
    public IdentityProtection? Protection { get; init; }

    /// <summary>
    /// False to write the transactions as undirected edges (for a network that was read from an undirected
    /// file). Default true.
    /// </summary>
    public bool Directed { get; init; } = true;
}
