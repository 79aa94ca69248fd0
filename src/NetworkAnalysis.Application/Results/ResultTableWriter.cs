using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NetworkAnalysis.Application.Results;

/// <summary>
/// Writes result tables as TSV (header line, tab-separated), CSV (RFC 4180) or JSON (an array of
/// objects). Doubles are printed round-trip (shortest text that parses back to the same value), with
/// the invariant culture; an undefined or infinite value is an empty cell (null in JSON). Cells that could start a spreadsheet formula are not altered here: these are
/// analysis outputs, not spreadsheet exports (the i2 export neutralises them).
/// </summary>
public static class ResultTableWriter
{
    /// <summary>Writes <paramref name="table"/> in <paramref name="format"/>; streams rows, O(rows) time, O(1 MiB) buffer for JSON.</summary>
    public static void Write(TextWriter output, ResultFormat format, ResultTable table)
    {
        switch (format)
        {
            case ResultFormat.Json:
                WriteJson(output, table.Columns, table.Rows);
                break;
            case ResultFormat.Csv:
                WriteDelimited(output, ',', table.Columns, table.Rows);
                break;
            default:
                WriteDelimited(output, '\t', table.Columns, table.Rows);
                break;
        }
    }

    /// <summary>Writes the rows as a JSON array of objects (the JSON shape of every table) to a UTF-8 JSON writer.</summary>
    public static void WriteJsonRows(Utf8JsonWriter json, ResultTable table)
    {
        json.WriteStartArray();
        foreach (var row in table.Rows)
        {
            WriteJsonRow(json, table.Columns, row);
        }

        json.WriteEndArray();
    }

    /// <summary>One cell as text: doubles round-trip, invariant culture, null as empty.</summary>
    public static string FormatValue(object? value) => value switch
    {
        null => string.Empty,

        // An undefined or infinite measure is an empty cell, never "NaN" or "Infinity".
        double d when !double.IsFinite(d) => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static void WriteDelimited(TextWriter output, char separator, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var line = new StringBuilder();
        AppendRow(line, separator, columns.Cast<object?>().ToArray());
        output.Write(line);
        foreach (var row in rows)
        {
            line.Clear();
            AppendRow(line, separator, row);
            output.Write(line);
        }
    }

    private static void AppendRow(StringBuilder line, char separator, object?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            if (i > 0)
            {
                line.Append(separator);
            }

            var text = FormatValue(row[i]);
            if (separator == ',')
            {
                if (text.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                {
                    line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                }
                else
                {
                    line.Append(text);
                }
            }
            else
            {
                // TSV cannot quote: tabs and newlines inside a value become spaces.
                line.Append(text.AsSpan().IndexOfAny("\t\r\n") >= 0 ? text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ') : text);
            }
        }

        line.Append('\n');
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                WriteJsonRow(json, columns, row);
                if (stream.Length > 1 << 20)
                {
                    json.Flush();
                    output.Write(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
                    stream.SetLength(0);
                }
            }

            json.WriteEndArray();
        }

        output.Write(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        output.Write('\n');
    }

    private static void WriteJsonRow(Utf8JsonWriter json, IReadOnlyList<string> columns, object?[] row)
    {
        json.WriteStartObject();
        for (var i = 0; i < columns.Count; i++)
        {
            json.WritePropertyName(columns[i]);
            WriteJsonValue(json, i < row.Length ? row[i] : null);
        }

        json.WriteEndObject();
    }

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            case double:
                json.WriteNullValue();
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case decimal m:
                json.WriteNumberValue(m);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            default:
                json.WriteStringValue(FormatValue(value));
                break;
        }
    }
}
