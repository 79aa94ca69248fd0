namespace NetworkAnalysis.Training;

/// <summary>A closed range of a generator or observation parameter, sampled uniformly.</summary>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value (at least <paramref name="Min"/>).</param>
public readonly record struct ParameterRange(double Min, double Max)
{
    /// <summary>A range holding one value.</summary>
    public static ParameterRange Fixed(double value) => new(value, value);

    /// <summary>The value at <paramref name="u"/> in [0, 1] (0 gives <see cref="Min"/>).</summary>
    public double At(double u) => Min + ((Max - Min) * u);

    /// <inheritdoc />
    public override string ToString() => Min == Max
        ? Min.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Min:0.##}–{Max:0.##}");
}
