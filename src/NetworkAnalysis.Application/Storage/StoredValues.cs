using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace NetworkAnalysis.Application.Storage;

/// <summary>
/// How the stores encode the fields a column cannot hold directly, so every store writes and reads them
/// the same way: lists and attribute maps as JSON text (null when empty), times as UTC ticks plus the
/// offset in minutes, amounts as exact invariant text (plus a double for projections).
/// </summary>
public static class StoredValues
{
    /// <summary>A list as a JSON array, or null when empty.</summary>
    public static string? ListToJson(ImmutableArray<string> items) =>
        items.IsDefaultOrEmpty ? null : JsonSerializer.Serialize(items.AsSpan().ToArray(), StoredJson.Default.StringArray);

    /// <summary>The list written by <see cref="ListToJson"/> (empty for null).</summary>
    public static ImmutableArray<string> ListFromJson(string? json) =>
        json is null ? [] : [.. JsonSerializer.Deserialize(json, StoredJson.Default.StringArray) ?? []];

    /// <summary>An attribute map as a JSON object (keys sorted), or null when empty.</summary>
    public static string? MapToJson(IReadOnlyDictionary<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (map.Count == 0)
        {
            return null;
        }

        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            sorted[key] = value;
        }

        return JsonSerializer.Serialize(sorted, StoredJson.Default.SortedDictionaryStringString);
    }

    /// <summary>The map written by <see cref="MapToJson"/> (empty for null).</summary>
    public static IReadOnlyDictionary<string, string> MapFromJson(string? json) =>
        json is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(JsonSerializer.Deserialize(json, StoredJson.Default.DictionaryStringString) ?? [], StringComparer.Ordinal);

    /// <summary>The offset of a time in whole minutes (offsets are whole minutes by definition).</summary>
    public static int OffsetMinutes(DateTimeOffset time) => (int)time.Offset.TotalMinutes;

    /// <summary>The time stored as UTC ticks and offset minutes.</summary>
    public static DateTimeOffset TimeFrom(long utcTicks, int offsetMinutes)
    {
        var offset = TimeSpan.FromMinutes(offsetMinutes);
        return new DateTimeOffset(utcTicks + offset.Ticks, offset);
    }

    /// <summary>The exact text of an amount (scale kept).</summary>
    public static string AmountText(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

    /// <summary>The amount written by <see cref="AmountText"/>.</summary>
    public static decimal AmountFrom(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
