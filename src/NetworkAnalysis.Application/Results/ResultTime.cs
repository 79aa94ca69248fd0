using System.Globalization;

namespace NetworkAnalysis.Application.Results;

/// <summary>How times appear in result tables: ISO 8601 to the second with the offset (<c>Z</c> for UTC), empty when unknown.</summary>
public static class ResultTime
{
    /// <summary>The time as <c>yyyy-MM-ddTHH:mm:ssK</c>, or empty.</summary>
    public static string Format(DateTimeOffset? time) =>
        time is { } t ? t.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture) : string.Empty;
}
