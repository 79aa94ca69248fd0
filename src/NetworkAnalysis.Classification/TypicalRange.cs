using System.Globalization;

namespace NetworkAnalysis.Classification;

/// <summary>The range of values an indicator typically takes for one group type (e.g. the 10th to 90th percentile of labelled groups).</summary>
/// <param name="Low">The lower end.</param>
/// <param name="High">The upper end (at least <paramref name="Low"/>).</param>
public readonly record struct TypicalRange(double Low, double High)
{
    /// <summary>The range of the known values in <paramref name="values"/> between the given quantiles, or null when there are none.</summary>
    public static TypicalRange? Of(IEnumerable<double?> values, double lower = 0.1, double upper = 0.9)
    {
        ArgumentNullException.ThrowIfNull(values);
        var known = values.Where(v => v is not null).Select(v => v!.Value).Order().ToArray();
        return known.Length == 0 ? null : new TypicalRange(Quantile(known, lower), Quantile(known, upper));
    }

    /// <summary>Rounded for reading: whole numbers above 3, two significant decimals below; "2–7" or "2" when both ends agree.</summary>
    public override string ToString()
    {
        var lo = Round(Low);
        var hi = Round(High);
        return lo == hi ? lo : lo + "–" + hi;
    }

    private static string Round(double x) =>
        Math.Abs(x) >= 3 ? Math.Round(x).ToString("0", CultureInfo.InvariantCulture) : x.ToString("0.##", CultureInfo.InvariantCulture);

    // Linear interpolation between order statistics (type 7, as R and NumPy by default).
    private static double Quantile(double[] sorted, double q)
    {
        var h = (sorted.Length - 1) * q;
        var i = (int)Math.Floor(h);
        return i + 1 < sorted.Length ? sorted[i] + ((h - i) * (sorted[i + 1] - sorted[i])) : sorted[i];
    }
}
