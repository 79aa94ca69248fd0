using System.Globalization;
using System.Text;
using System.Text.Json;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Classification;

/// <summary>
/// Writes batch results. CSV: header <c>dataset,group,type,score,members,reasons</c>, one row per
/// group, type = <c>small_enterprise</c>, <c>transnational</c> or <c>uncertain</c> (probability in the
/// report's uncertain band), score = probability of transnational (4 decimals, always present), reasons
/// <c>;</c>-separated (the deciding reasons, strongest first; both sides for an uncertain group). JSON: every dataset with its groups (scores, reasons with
/// contributions, trafficking/smuggling scores, indicators) or its error.
/// </summary>
public static class BatchOutput
{
    /// <summary>The CSV header.</summary>
    public const string CsvHeader = "dataset,group,type,score,members,reasons";

    private static readonly JsonWriterOptions _jsonOptions = new() { Indented = true };

    /// <summary>Writes the CSV (failed datasets have no rows; report their errors separately).</summary>
    public static void WriteCsv(TextWriter writer, BatchResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.Write(CsvHeader);
        writer.Write('\n');
        foreach (var dataset in result.Datasets)
        {
            foreach (var row in dataset.Groups)
            {
                writer.Write(Field(dataset.Dataset));
                writer.Write(',');
                writer.Write(Field(row.GroupId));
                writer.Write(',');
                writer.Write(row.ReportedType);
                writer.Write(',');
                writer.Write(row.Score.ToString("0.0000", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(row.Members.ToString(CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(Field(string.Join(';', row.TopReasons.Select(r => r.Replace(';', ',')))));
                writer.Write('\n');
            }
        }
    }

    /// <summary>Writes the JSON document.</summary>
    public static void WriteJson(Stream stream, BatchResult result)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        using var json = new Utf8JsonWriter(stream, _jsonOptions);
        json.WriteStartObject();
        json.WriteNumber("groups", result.GroupCount);
        json.WriteBoolean("errors", result.HasErrors);
        json.WriteStartArray("datasets");
        foreach (var dataset in result.Datasets)
        {
            json.WriteStartObject();
            json.WriteString("dataset", dataset.Dataset);
            if (dataset.Error is not null)
            {
                json.WriteString("error", dataset.Error);
            }
            else
            {
                json.WriteNumber("agents", dataset.Agents);
                json.WriteNumber("transactions", dataset.Transactions);
            }

            json.WriteStartArray("groups");
            foreach (var row in dataset.Groups)
            {
                WriteRow(json, row);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes one report row as a JSON object (also used by the analyze report).</summary>
    public static void WriteRow(Utf8JsonWriter json, GroupTypeRow row)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(row);
        json.WriteStartObject();
        json.WriteString("group", row.GroupId);
        if (row.Name is not null)
        {
            json.WriteString("name", row.Name);
        }

        json.WriteString("origin", row.Origin == NetworkAnalysis.Classification.GroupOrigin.Declared ? "declared" : "detected");
        json.WriteString("type", row.ReportedType);
        json.WriteString("likelierType", DomainWords.Format(row.Type));
        json.WriteBoolean("uncertain", row.Uncertain);
        json.WriteNumber("score", Math.Round(row.Score, 6));
        json.WriteNumber("members", row.Members);
        json.WriteStartArray("reasons");
        foreach (var reason in row.Classification.Reasons)
        {
            json.WriteStartObject();
            json.WriteString("indicator", reason.Indicator);
            json.WriteString("text", reason.Text);
            json.WriteNumber("contribution", Math.Round(reason.Contribution, 4));
            WriteNullable(json, "value", reason.Value);
            WriteRange(json, "typicalSmallEnterprise", reason.TypicalSmall);
            WriteRange(json, "typicalTransnational", reason.TypicalTransnational);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteNullable(json, "trafficking", row.Trafficking);
        WriteNullable(json, "smuggling", row.Smuggling);
        json.WriteString("leaning", row.Screening.Leaning);
        WriteTexts(json, "traffickingReasons", row.Screening.TraffickingReasons.Select(r => r.Text));
        WriteTexts(json, "smugglingReasons", row.Screening.SmugglingReasons.Select(r => r.Text));
        WriteTexts(json, "unknownIndicators", row.Classification.UnknownIndicators);
        json.WriteStartObject("indicators");
        foreach (var indicator in row.Indicators.All)
        {
            WriteNullable(json, indicator.Name, indicator.Value);
        }

        json.WriteEndObject();
        if (row.Label is { } label)
        {
            json.WriteString("label", DomainWords.Format(label));
        }

        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 6));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteRange(Utf8JsonWriter json, string name, NetworkAnalysis.Classification.TypicalRange? range)
    {
        if (range is { } r)
        {
            json.WriteStartArray(name);
            json.WriteNumberValue(Math.Round(r.Low, 4));
            json.WriteNumberValue(Math.Round(r.High, 4));
            json.WriteEndArray();
        }
    }

    private static void WriteTexts(Utf8JsonWriter json, string name, IEnumerable<string> texts)
    {
        json.WriteStartArray(name);
        foreach (var text in texts)
        {
            json.WriteStringValue(text);
        }

        json.WriteEndArray();
    }

    // RFC 4180: quote fields holding a comma, quote, or line break; double the quotes.
    private static string Field(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length + 2);
        text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        return text.ToString();
    }
}
