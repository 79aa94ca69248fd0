using System.Globalization;

namespace NetworkAnalysis.Application.Storage;

/// <summary>A case and optionally one of its versions: <c>mare</c> (latest) or <c>mare@3</c>.</summary>
/// <param name="Case">The case name.</param>
/// <param name="Version">A version number (1 = first), or null for the latest.</param>
public sealed record CaseVersionRef(string Case, int? Version = null)
{
    /// <summary>Parses <c>NAME</c> or <c>NAME@VERSION</c>.</summary>
    /// <exception cref="ArgumentException">The text is not a valid reference.</exception>
    public static CaseVersionRef Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.LastIndexOf('@');
        if (at < 0)
        {
            CaseNames.Validate(text);
            return new CaseVersionRef(text);
        }

        var name = text[..at];
        CaseNames.Validate(name);
        var number = text[(at + 1)..];
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
        {
            throw new ArgumentException($"'{number}' is not a version number (1, 2, ...) in case reference '{text}'");
        }

        return new CaseVersionRef(name, version);
    }

    /// <inheritdoc />
    public override string ToString() => Version is { } v ? $"{Case}@{v.ToString(CultureInfo.InvariantCulture)}" : Case;
}
