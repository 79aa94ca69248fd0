using System.Globalization;

namespace NetworkAnalysis.Application.Costs;

/// <summary>
/// What an analysis is expected to cost on a projected graph, estimated from its size before any
/// work starts (<see cref="CostModel"/>). An upper-end figure on the 2-core reference machine, good
/// to a factor of a few: meant to refuse the hopeless, not to promise a finishing time.
/// </summary>
/// <param name="Seconds">Estimated wall-clock time.</param>
/// <param name="Bytes">Estimated peak working memory beyond the loaded input.</param>
/// <param name="Basis">What the estimate rests on, in words (e.g. "1,000,000 breadth-first searches of 1,000,001 nodes and ties").</param>
/// <param name="Hint">How to make the analysis cheaper (e.g. "use --samples"), or empty.</param>
public sealed record CostEstimate(double Seconds, long Bytes, string Basis, string Hint = "")
{
    /// <summary>The estimate in words, e.g. "about 3.2 hours and 180 MB".</summary>
    public string Describe() => $"about {Duration(Seconds)} and {Size(Bytes)}";

    /// <summary>A duration in the largest sensible unit.</summary>
    public static string Duration(double seconds) => seconds switch
    {
        < 1 => "under a second",
        < 120 => string.Create(CultureInfo.InvariantCulture, $"{seconds:0} s"),
        < 7200 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:0} min"),
        < 172_800 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:0.#} hours"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 86_400:0} days"),
    };

    /// <summary>A byte count in MB or GB.</summary>
    public static string Size(long bytes) => bytes < 1L << 30
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes >> 20)} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.#} GB");
}
