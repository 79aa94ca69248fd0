using System.Globalization;

namespace NetworkAnalysis.Application.Classification;

/// <summary>
/// The probabilities of "transnational" for which a group is reported as uncertain rather than given a
/// label (<see cref="GroupTypeReportOptions.Uncertain"/>). The model's probabilities are calibrated on
/// data it was not trained on, so a band of 0.4–0.6 means "no better than 60/40".
/// </summary>
/// <param name="Low">The lowest uncertain probability, in [0, 0.5].</param>
/// <param name="High">The highest uncertain probability, in [0.5, 1].</param>
public sealed record UncertainBand(double Low, double High)
{
    /// <summary>The default band, 0.4–0.6.</summary>
    public static UncertainBand Default { get; } = new(0.4, 0.6);

    /// <summary>No band: every group gets a label.</summary>
    public static UncertainBand None { get; } = new(0.5, 0.5) { Empty = true };

    /// <summary>The low end, checked.</summary>
    public double Low { get; } = Low is >= 0 and <= 0.5 ? Low : throw new ArgumentOutOfRangeException(nameof(Low), Low, "the band's low end must be in [0, 0.5]");

    /// <summary>The high end, checked.</summary>
    public double High { get; } = High is >= 0.5 and <= 1 ? High : throw new ArgumentOutOfRangeException(nameof(High), High, "the band's high end must be in [0.5, 1]");

    private bool Empty { get; init; }

    /// <summary>True when <paramref name="probability"/> lies in the band.</summary>
    public bool Contains(double probability) => !Empty && probability >= Low && probability <= High;

    /// <summary>
    /// Parses <c>LOW,HIGH</c> (e.g. <c>0.3,0.7</c>) or <c>none</c>.
    /// </summary>
    /// <exception cref="FormatException">The text is not a valid band.</exception>
    public static UncertainBand Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return None;
        }

        var parts = text.Split(',');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var low)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var high)
            || low is not (>= 0 and <= 0.5) || high is not (>= 0.5 and <= 1))
        {
            throw new FormatException($"uncertain band '{text}': expected LOW,HIGH with 0 <= LOW <= 0.5 <= HIGH <= 1 (e.g. 0.3,0.7), or 'none'");
        }

        return new UncertainBand(low, high);
    }
}
