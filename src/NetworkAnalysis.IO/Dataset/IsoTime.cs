using System.Runtime.CompilerServices;
using System.Globalization;

namespace NetworkAnalysis.IO.Dataset;

/// <summary>
/// ISO 8601 extended dates and date-times, parsed from spans without allocating:
/// <c>2024-03-01</c>, <c>2024-03-01T14:30</c>, <c>2024-03-01T14:30:15</c>, <c>2024-03-01T14:30:15.25</c>,
/// each optionally followed by <c>Z</c> or an offset <c>+02:00</c>, <c>+0200</c>, <c>+02</c>. A space may
/// stand for the <c>T</c>. Without an offset the time is UTC.
/// </summary>
internal static class IsoTime
{
    private const long MaxOffsetTicks = 14 * TimeSpan.TicksPerHour;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        if (s.Length < 10
            || !TryDigits(s, 0, 4, out var year) || s[4] != '-'
            || !TryDigits(s, 5, 2, out var month) || s[7] != '-'
            || !TryDigits(s, 8, 2, out var day)
            || year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        long ticks = new DateTime(year, month, day).Ticks;
        var i = 10;
        if (i < s.Length)
        {
            if (s[i] is not ('T' or 't' or ' ') || s.Length < i + 6
                || !TryDigits(s, i + 1, 2, out var hour) || s[i + 3] != ':' || !TryDigits(s, i + 4, 2, out var minute)
                || hour > 23 || minute > 59)
            {
                return false;
            }

            ticks += (hour * 60L + minute) * TimeSpan.TicksPerMinute;
            i += 6;
            if (i < s.Length && s[i] == ':')
            {
                if (!TryDigits(s, i + 1, 2, out var second) || second > 59)
                {
                    return false;
                }

                ticks += second * TimeSpan.TicksPerSecond;
                i += 3;
                if (i < s.Length && s[i] is '.' or ',')
                {
                    i++;
                    var digits = 0;
                    long fraction = 0;
                    while (i < s.Length && char.IsAsciiDigit(s[i]))
                    {
                        // Ticks are 100 ns: digits beyond the seventh are dropped.
                        if (digits < 7)
                        {
                            fraction = (fraction * 10) + (s[i] - '0');
                        }

                        digits++;
                        i++;
                    }

                    if (digits == 0)
                    {
                        return false;
                    }

                    for (var d = digits; d < 7; d++)
                    {
                        fraction *= 10;
                    }

                    ticks += fraction;
                }
            }
        }

        long offsetTicks = 0;
        if (i < s.Length)
        {
            var sign = s[i];
            if (sign is 'Z' or 'z')
            {
                i++;
            }
            else if (sign is '+' or '-')
            {
                var rest = s[(i + 1)..];
                int offsetHours;
                var offsetMinutes = 0;
                if (rest.Length == 2 && TryDigits(rest, 0, 2, out offsetHours))
                {
                }
                else if (rest.Length == 4 && TryDigits(rest, 0, 2, out offsetHours) && TryDigits(rest, 2, 2, out offsetMinutes))
                {
                }
                else if (rest.Length == 5 && rest[2] == ':' && TryDigits(rest, 0, 2, out offsetHours) && TryDigits(rest, 3, 2, out offsetMinutes))
                {
                }
                else
                {
                    return false;
                }

                offsetTicks = ((offsetHours * 60L) + offsetMinutes) * TimeSpan.TicksPerMinute * (sign == '-' ? -1 : 1);
                if (offsetMinutes > 59 || Math.Abs(offsetTicks) > MaxOffsetTicks)
                {
                    return false;
                }

                i = s.Length;
            }
            else
            {
                return false;
            }
        }

        var utcTicks = ticks - offsetTicks;
        if (i != s.Length || utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(ticks, new TimeSpan(offsetTicks));
        return true;
    }

    /// <summary>
    /// The shortest round-trip form: a date alone for UTC midnight, else date-time with the fraction
    /// only as long as needed and <c>Z</c> or the offset.
    /// </summary>
    public static bool TryFormat(DateTimeOffset value, Span<char> destination, out int written)
    {
        if (value.Offset == TimeSpan.Zero && value.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return value.TryFormat(destination, out written, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
        }

        if (!value.TryFormat(destination, out written, "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF", CultureInfo.InvariantCulture))
        {
            return false;
        }

        if (value.Offset == TimeSpan.Zero)
        {
            if (destination.Length <= written)
            {
                return false;
            }

            destination[written++] = 'Z';
            return true;
        }

        if (!value.TryFormat(destination[written..], out var offsetWritten, "zzz", CultureInfo.InvariantCulture))
        {
            return false;
        }

        written += offsetWritten;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length)
        {
            return false;
        }

        for (var k = start; k < start + count; k++)
        {
            var c = s[k];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
