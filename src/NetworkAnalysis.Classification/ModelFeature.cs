using System.Globalization;

namespace NetworkAnalysis.Classification;

/// <summary>
/// One term of a <see cref="GroupModel"/>: how an indicator becomes evidence, how much that evidence
/// weighs, and how to say it in words.
/// </summary>
/// <param name="Indicator">The indicator's name (see <see cref="IndicatorNames"/>).</param>
/// <param name="Transform">How the value is mapped before scaling.</param>
/// <param name="Low">The indicator value that is full evidence for a small enterprise-type group (evidence −1).</param>
/// <param name="High">The indicator value that is full evidence for a transnational group (evidence +1).</param>
/// <param name="Weight">How much full evidence moves the log-odds of "transnational" (negative reverses the direction).</param>
/// <remarks>
/// Evidence = clamp(2·(T(x) − T(<paramref name="Low"/>)) / (T(<paramref name="High"/>) − T(<paramref name="Low"/>)) − 1, −1, 1),
/// where T is the transform: values between Low and High map linearly (in T) onto [−1, 1], values
/// beyond saturate, so no single indicator can dominate and scale does not run away. An unknown
/// indicator gives evidence 0: missing data is neutral, never read as zero. The feature's
/// contribution to the log-odds is <paramref name="Weight"/> × evidence.
/// </remarks>
public sealed record ModelFeature(string Indicator, FeatureTransform Transform, double Low, double High, double Weight)
{
    /// <summary>
    /// The reason shown when the evidence is positive (the value is above the midpoint of Low and High).
    /// Placeholders: <c>{value}</c> (this indicator), <c>{name}</c> (another indicator's value),
    /// <c>{name%}</c> (as a percentage), <c>{name~}</c> (rounded to a whole number), <c>{name:detail}</c>
    /// (what was counted), <c>{name|one|many}</c> or <c>{name|one|many|zero}</c> (the singular, plural or
    /// zero form; <c>#</c> in a form stands for the number, otherwise the number comes before the singular and plural forms).
    /// </summary>
    public string Above { get; init; } = string.Empty;

    /// <summary>The reason shown when the evidence is negative; same placeholders as <see cref="Above"/>.</summary>
    public string Below { get; init; } = string.Empty;

    /// <summary>Why the feature is in the model and weighted as it is (the domain sentence), for the documentation.</summary>
    public string? Rationale { get; init; }

    /// <summary>The typical values of small enterprise-type groups (10th to 90th percentile of the training groups), or null.</summary>
    public TypicalRange? TypicalSmall { get; init; }

    /// <summary>The typical values of transnational groups (10th to 90th percentile of the training groups), or null.</summary>
    public TypicalRange? TypicalTransnational { get; init; }

    /// <summary>The evidence in [−1, 1] given by <paramref name="value"/>; 0 when unknown.</summary>
    public double Evidence(double? value)
    {
        if (value is not { } x)
        {
            return 0;
        }

        var lo = Apply(Low);
        var hi = Apply(High);
        var e = (2 * (Apply(x) - lo) / (hi - lo)) - 1;
        return Math.Clamp(e, -1, 1);
    }

    /// <summary>The value of the transform T at <paramref name="x"/>.</summary>
    public double Apply(double x) => Transform switch
    {
        FeatureTransform.Log2 => Math.Log2(1 + Math.Max(x, -0.999)),
        _ => x,
    };

    /// <summary>Checks the feature: a known indicator, finite numbers, Low ≠ High.</summary>
    /// <exception cref="FormatException">The feature is not valid.</exception>
    public void Validate()
    {
        if (IndicatorCatalog.IndexOf(Indicator) < 0)
        {
            throw new FormatException($"model feature names unknown indicator '{Indicator}'");
        }

        if (!double.IsFinite(Low) || !double.IsFinite(High) || !double.IsFinite(Weight))
        {
            throw new FormatException($"model feature '{Indicator}': low, high and weight must be finite numbers");
        }

        if (Transform == FeatureTransform.Log2 && (Low <= -1 || High <= -1))
        {
            throw new FormatException($"model feature '{Indicator}': log2 needs low and high above -1");
        }

        if (Apply(Low).Equals(Apply(High)))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"model feature '{Indicator}': low and high must differ (both {Low})"));
        }
    }
}
