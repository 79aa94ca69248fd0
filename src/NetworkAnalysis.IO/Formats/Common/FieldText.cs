using System.Globalization;

namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>How our fields are written as text and parsed back, the same in every format.</summary>
internal static class FieldText
{
    /// <summary>The separator of an agent's group ids and functions.</summary>
    public const char ListSeparator = ';';

    /// <summary>The separator of a route's countries (<c>TR&gt;GR&gt;IT</c>).</summary>
    public const char RouteSeparator = '>';

    /// <summary>The sensitivity word written for a pseudonymised witness or minor (read back as witness).</summary>
    public const string ProtectedSensitivity = "protected";

    /// <summary>ISO 8601 with the offset; seconds only when there is no fraction.</summary>
    public static string Time(DateTimeOffset time) =>
        time.Ticks % TimeSpan.TicksPerSecond == 0
            ? time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : time.ToString("o", CultureInfo.InvariantCulture);

    /// <summary>The shortest text that parses back to the same double.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses an ISO 8601 date or date-time; without an offset it is UTC.</summary>
    public static bool TryParseTime(string text, out DateTimeOffset value)
    {
        var t = text.AsSpan().Trim();
        value = default;

        // Only ISO order (yyyy-MM-dd...): 03/04/2024 means different days in different countries.
        if (t.Length < 10 || !char.IsAsciiDigit(t[0]) || !char.IsAsciiDigit(t[3]) || t[4] != '-' || t[7] != '-')
        {
            return false;
        }

        return DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    public static bool TryParseDouble(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    public static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(text.AsSpan().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>Parses a count; a whole number written as a double (<c>3.0</c>, as some tools write ints) is accepted.</summary>
    public static bool TryParseCount(string text, out int value)
    {
        var t = text.AsSpan().Trim();
        if (int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)d;
            return true;
        }

        return false;
    }
}
