using System.Text.Json;

namespace NetworkAnalysis.Application.Reports;

/// <summary>
/// Writes <see cref="ReportGraph"/> as JSON column arrays, the shape the web front end decodes into typed arrays:
/// <c>{"directed":b,"nodes":{"id":[..],"label":[..],"categories":{"kind":{"values":[..],"codes":[..]},..},"measures":{"degree":[..]}},
/// "edges":{"source":[..],"target":[..],"weight":[..]}}</c>. O(n + m); one array per attribute keeps the payload
/// small after compression (a few bytes per edge).
/// </summary>
public static class ReportGraphJson
{
    /// <summary>Writes <paramref name="columns"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter json, ReportGraph columns)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(columns);
        json.WriteStartObject();
        json.WriteBoolean("directed", columns.Directed);
        json.WriteStartObject("nodes");
        Strings(json, "id", columns.Ids);
        Strings(json, "label", columns.Names);
        json.WriteStartObject("categories");
        foreach (var category in columns.Categories)
        {
            json.WriteStartObject(category.Key);
            Strings(json, "values", category.Values);
            Integers(json, "codes", category.Codes);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartObject("measures");
        foreach (var measure in columns.Measures)
        {
            Numbers(json, measure.Key, measure.Values);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("edges");
        Integers(json, "source", columns.Sources);
        Integers(json, "target", columns.Targets);
        Numbers(json, "weight", columns.Weights);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Integers(Utf8JsonWriter json, string name, int[] values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    // Non-finite values (e.g. an isolate's closeness) are written as null: JSON has no infinity.
    private static void Numbers(Utf8JsonWriter json, string name, double[] values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                json.WriteNumberValue(value);
            }
            else
            {
                json.WriteNullValue();
            }
        }

        json.WriteEndArray();
    }
}
