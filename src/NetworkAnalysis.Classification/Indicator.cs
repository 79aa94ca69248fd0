using System.Globalization;

namespace NetworkAnalysis.Classification;

/// <summary>
/// One measured indicator of a group: a number with a name and a unit, or unknown when the data
/// cannot support it (partial intelligence). Unknown is never reported as zero.
/// </summary>
/// <param name="Name">The indicator's name (see <see cref="IndicatorNames"/>).</param>
/// <param name="Unit">The unit of <paramref name="Value"/>.</param>
/// <param name="Value">The value, or null when unknown.</param>
/// <param name="Detail">Which items were counted (e.g. the functions or countries), or null.</param>
public readonly record struct Indicator(string Name, string Unit, double? Value, string? Detail = null)
{
    /// <summary>True when the value could be computed.</summary>
    public bool IsKnown => Value.HasValue;

    /// <summary>The value in invariant culture (integers without decimals, others with up to two), or <c>unknown</c>.</summary>
    public string FormatValue() => Value is { } v ? Format(v) : "unknown";

    /// <inheritdoc />
    public override string ToString() =>
        Detail is null ? $"{Name} = {FormatValue()} {Unit}" : $"{Name} = {FormatValue()} {Unit} ({Detail})";

    internal static string Format(double v) =>
        Math.Abs(v - Math.Round(v)) < 1e-9
            ? Math.Round(v).ToString("0", CultureInfo.InvariantCulture)
            : v.ToString("0.##", CultureInfo.InvariantCulture);
}
