using System.Globalization;
using System.Text;
using System.Text.Json;
using NetworkAnalysis.Application.Results;

namespace NetworkAnalysis.Application.Reports;

/// <summary>Renders a <see cref="CaseReport"/> as Markdown (for people) and JSON (for programs).</summary>
public static class ReportRenderer
{
    /// <summary>The report as a Markdown document.</summary>
    public static string Markdown(CaseReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Summary;
        var md = new StringBuilder();
        md.Append("# Network analysis report: ").Append(Escape(report.Dataset)).Append("\n\n");
        md.Append(report.IdentitiesRevealed
            ? "> **Identities revealed.** This report shows the real names of victims, witnesses and minors. Do not share it outside the case team.\n\n"
            : "> Victims, witnesses and minors are shown by stable pseudonyms (e.g. `victim-…`); their names are not in this report.\n\n");

        md.Append("## Dataset summary\n\n");
        md.Append(Inv($"- **Agents:** {s.Agents} ({s.SensitiveAgents} with a protected identity)\n"));
        md.Append(Inv($"- **Transactions:** {s.Transactions}\n"));
        md.Append(Inv($"- **Groups:** {s.Groups.Count}\n"));
        if (s.FirstTransaction is { } first && s.LastTransaction is { } last)
        {
            md.Append(Inv($"- **Time span:** {first:yyyy-MM-dd} to {last:yyyy-MM-dd} ({(last - first).TotalDays:0} days)\n"));
        }

        md.Append('\n');
        Table(md, ["Agent kind", "Agents"], s.AgentsByKind.Select(r => new object?[] { r.Label, r.Count }));
        Table(md, ["Sphere", "Agents"], s.AgentsBySphere.Select(r => new object?[] { r.Label, r.Count }));
        Table(md, ["Transaction kind", "Transactions"], s.TransactionsByKind.Select(r => new object?[] { r.Label, r.Count }));
        if (s.Countries.Count > 0)
        {
            md.Append("### Countries\n\n");
            Table(md, ["Country", "Agents based there", "Transactions there or via"], s.Countries.Select(r => new object?[] { r.Country, r.Agents, r.Transactions }));
        }

        if (s.Routes.Count > 0)
        {
            md.Append("### Routes\n\n");
            Table(md, ["Route", "Transactions", "Persons moved"], s.Routes.Take(20).Select(r => new object?[] { r.Route, r.Transactions, r.Persons }));
            if (s.Routes.Count > 20)
            {
                md.Append(Inv($"({s.Routes.Count - 20} more routes in report.json)\n\n"));
            }
        }

        if (s.TotalAmounts.Count > 0)
        {
            md.Append("### Money\n\n");
            Table(md, ["Currency", "Total amount", "Transactions"], s.TotalAmounts.Select(r => new object?[] { r.Currency, r.Amount, r.Transactions }));
        }

        if (s.Groups.Count > 0)
        {
            md.Append("### Declared groups\n\n");
            Table(md, ["Group", "Name", "Members", "Known type"], s.Groups.Select(g => new object?[] { g.Id, g.Name, g.Members, g.KnownType }));
        }

        md.Append("## Most connected agents\n\n");
        md.Append("Agents with the most distinct counterparts (transactions in either direction).\n\n");
        Table(md, ["#", "Agent", "Name", "Kind", "Counterparts"], report.MostConnected.Select((r, i) => new object?[] { i + 1, r.Id, r.Name, r.Kind, r.Value }));

        var c = report.Components;
        md.Append("## Connected components\n\n");
        md.Append(Inv($"{c.Count} weakly connected components; the largest has {c.Largest} agents; {c.Isolated} agents have no transaction.\n\n"));
        if (c.Sizes.Count > 0)
        {
            md.Append("Sizes, largest first: ").Append(string.Join(", ", c.Sizes.Select(x => x.ToString(CultureInfo.InvariantCulture)))).Append("\n\n");
        }

        foreach (var section in report.Sections)
        {
            md.Append("## ").Append(section.Title).Append("\n\n");
            if (section.Text.Length > 0)
            {
                md.Append(section.Text).Append("\n\n");
            }

            if (section.Columns.Count > 0)
            {
                Table(md, section.Columns, section.Rows);
            }
        }

        return md.ToString();
    }

    /// <summary>The report as indented JSON (camelCase properties), without the graph columns.</summary>
    public static string Json(CaseReport report) => Json(report, includeGraph: false, indented: true);

    /// <summary>
    /// The report as one self-contained HTML page: <paramref name="template"/> (the front end's report page, with
    /// its script and styles inlined) with the report's JSON, graph columns included, put in place of
    /// <see cref="HtmlDataPlaceholder"/>. The page draws what the JSON says and computes nothing; it needs no
    /// network. Every name in it went through the same identity protection as the Markdown report.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="template">The page template; must contain <see cref="HtmlDataPlaceholder"/> exactly once.</param>
    /// <exception cref="ArgumentException">The template has no placeholder, or more than one.</exception>
    public static string Html(CaseReport report, string template)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(template);
        var at = template.IndexOf(HtmlDataPlaceholder, StringComparison.Ordinal);
        if (at < 0 || template.IndexOf(HtmlDataPlaceholder, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException("The HTML report template must contain the data placeholder exactly once.", nameof(template));
        }

        // The JSON goes inside <script type="application/json">: the writer's default encoder escapes <, > and &,
        // so seized text such as "</script>" in a name cannot end the element.
        var json = Json(report, includeGraph: true, indented: false).TrimEnd('\n');
        return string.Concat(template.AsSpan(0, at), json, template.AsSpan(at + HtmlDataPlaceholder.Length));
    }

    /// <summary>Where <see cref="Html"/> puts the report data in the page template.</summary>
    public const string HtmlDataPlaceholder = "\"__NETAN_REPORT_DATA__\"";

    private static string Json(CaseReport report, bool includeGraph, bool indented)
    {
        ArgumentNullException.ThrowIfNull(report);
        var options = new JsonSerializerOptions
        {
            WriteIndented = indented,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,

            // Some measures are infinite or undefined for some agents (e.g. constraint of an isolate): null, never NaN.
            Converters = { new FiniteOrNull() },
        };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            json.WriteStartObject();
            json.WriteString("dataset", report.Dataset);
            json.WriteBoolean("identitiesRevealed", report.IdentitiesRevealed);
            json.WritePropertyName("summary");
            JsonSerializer.Serialize(json, report.Summary, options);
            json.WritePropertyName("mostConnected");
            JsonSerializer.Serialize(json, report.MostConnected, options);
            json.WritePropertyName("components");
            JsonSerializer.Serialize(json, report.Components, options);
            foreach (var section in report.Sections)
            {
                json.WritePropertyName(section.Key);
                json.WriteStartObject();
                json.WriteString("title", section.Title);
                json.WriteString("text", section.Text);
                json.WriteStartArray("columns");
                foreach (var column in section.Columns)
                {
                    json.WriteStringValue(column);
                }

                json.WriteEndArray();
                if (section.Seconds is { } seconds)
                {
                    json.WriteNumber("seconds", Math.Round(seconds, 3));
                }

                if (section.Estimate is { } estimate)
                {
                    json.WritePropertyName("estimate");
                    JsonSerializer.Serialize(json, estimate, options);
                }

                json.WriteStartArray("rows");
                foreach (var row in section.Rows)
                {
                    json.WriteStartObject();
                    for (var i = 0; i < section.Columns.Count && i < row.Length; i++)
                    {
                        json.WritePropertyName(ColumnKey(section.Columns[i]));
                        JsonSerializer.Serialize(json, row[i], options);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            if (includeGraph && report.Graph is { } graph)
            {
                json.WritePropertyName("graph");
                JsonSerializer.Serialize(json, graph, GraphColumns.JsonOptions);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The JSON property name of a table column in a section's rows (camelCase, no spaces).</summary>
    private static string ColumnKey(string column) => JsonNamingPolicy.CamelCase.ConvertName(column.Replace(" ", string.Empty, StringComparison.Ordinal));

    private static void Table(StringBuilder md, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        md.Append("| ").Append(string.Join(" | ", columns.Select(Escape))).Append(" |\n");
        md.Append('|').Append(string.Concat(columns.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows)
        {
            md.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
        }

        md.Append('\n');
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d when !double.IsFinite(d) => "",
        double d => d == Math.Floor(d) && Math.Abs(d) < 1e15 ? d.ToString("0", CultureInfo.InvariantCulture) : d.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => Escape(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Escape(value.ToString() ?? ""),
    };

    // Names come from seized data: keep them from breaking the table or injecting Markdown/HTML.
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '|': sb.Append("\\|"); break;
                case '<': sb.Append("&lt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '*' or '_' or '`' or '[' or ']' or '\\': sb.Append('\\').Append(ch); break;
                case '\r' or '\n' or '\t': sb.Append(' '); break;
                default: sb.Append(ch); break;
            }
        }

        return sb.ToString();
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes a double as a JSON number when finite and as null when undefined or infinite.</summary>
    private sealed class FiniteOrNull : System.Text.Json.Serialization.JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
