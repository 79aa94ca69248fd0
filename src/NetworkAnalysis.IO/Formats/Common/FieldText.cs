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

    /// <summary>ISO 8601 as the dataset format writes it (a date alone for UTC midnight, <c>Z</c> or the offset).</summary>
    public static string Time(DateTimeOffset time)
    {
        Span<char> buffer = stackalloc char[48];
        return Dataset.IsoTime.TryFormat(time, buffer, out var written) ? new string(buffer[..written]) : time.ToString("o", CultureInfo.InvariantCulture);
    }

    /// <summary>ISO 8601 date-time, never a date alone (for formats whose time type is a date-time).</summary>
    public static string DateTime(DateTimeOffset time)
    {
        var text = Time(time);
        return text.Length == 10 ? text + "T00:00:00Z" : text;
    }

    /// <summary>The shortest text that parses back to the same double.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses an ISO 8601 date or date-time as the dataset format does (without an offset it is UTC); only
    /// ISO order, because 03/04/2024 means different days in different countries.
    /// </summary>
    public static bool TryParseTime(string text, out DateTimeOffset value) => Dataset.IsoTime.TryParse(text.AsSpan().Trim(), out value);

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
