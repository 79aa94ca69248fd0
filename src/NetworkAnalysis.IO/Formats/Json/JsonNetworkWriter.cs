using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.Json;

/// <summary>
/// Writes a network as graphology serialization JSON (sigma.js, Gephi Lite) or as Cytoscape.js elements
/// JSON. Weights, amounts and person counts are JSON numbers; everything else is a string.
/// </summary>
internal static class JsonNetworkWriter
{
    // Non-ASCII text stays readable; characters that matter when JSON is embedded in HTML are still escaped.
    private static readonly JsonWriterOptions _writerOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public static void WriteGraphology(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var view = new ExportView(network, options, "graphology JSON", Carried.AllButGroups, OutputText.Unicode);
        using var json = new Utf8JsonWriter(stream, _writerOptions);
        json.WriteStartObject();
        json.WriteStartObject("attributes");
        json.WriteEndObject();
        json.WriteStartObject("options");
        json.WriteString("type", view.Directed ? "directed" : "undirected");
        json.WriteBoolean("multi", true);
        json.WriteBoolean("allowSelfLoops", true);
        json.WriteEndObject();

        json.WriteStartArray("nodes");
        for (var i = 0; i < network.AgentCount; i++)
        {
            json.WriteStartObject();
            json.WriteString("key", view.Id(i));
            json.WriteStartObject("attributes");

            // sigma shows the label attribute, so the name goes there unless the agent has its own label.
            var attributes = view.Attributes(i);
            if (attributes.ContainsKey("label"))
            {
                WriteNullable(json, view, "name", view.Name(i));
            }
            else if (view.Name(i) is { } name)
            {
                json.WriteString("label", view.Clean(name));
            }

            WriteAgentFields(json, view, i);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        for (var e = 0; e < network.TransactionCount; e++)
        {
            var t = network.Transactions[e];
            json.WriteStartObject();
            if (t.Id is not null)
            {
                json.WriteString("key", view.Clean(t.Id));
            }

            json.WriteString("source", view.Id(sources[e]));
            json.WriteString("target", view.Id(targets[e]));
            if (!view.Directed)
            {
                json.WriteBoolean("undirected", true);
            }

            json.WriteStartObject("attributes");
            WriteTransactionFields(json, view, t);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        view.Finish(warnings);
    }

    public static void WriteCytoscape(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var view = new ExportView(network, options, "Cytoscape.js JSON", Carried.AllButGroups, OutputText.Unicode);
        using var json = new Utf8JsonWriter(stream, _writerOptions);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteEndObject();
        json.WriteBoolean("directed", view.Directed);
        json.WriteBoolean("multigraph", true);
        json.WriteStartObject("elements");
        json.WriteStartArray("nodes");
        for (var i = 0; i < network.AgentCount; i++)
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", view.Id(i));
            if (view.Name(i) is { } name)
            {
                json.WriteString("name", view.Clean(name));
            }
            else if (view.Attributes(i).ContainsKey("label"))
            {
                // Without a name key the reader would take the label attribute as the name.
                json.WriteNull("name");
            }

            WriteAgentFields(json, view, i);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        for (var e = 0; e < network.TransactionCount; e++)
        {
            var t = network.Transactions[e];
            json.WriteStartObject();
            json.WriteStartObject("data");
            if (t.Id is not null)
            {
                json.WriteString("id", view.Clean(t.Id));
            }

            json.WriteString("source", view.Id(sources[e]));
            json.WriteString("target", view.Id(targets[e]));
            WriteTransactionFields(json, view, t);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        view.Finish(warnings);
    }

    private static void WriteAgentFields(Utf8JsonWriter json, ExportView view, int i)
    {
        var agent = view.Network.Agents[i];
        json.WriteString("kind", DomainWords.Format(agent.Kind));
        json.WriteString("sphere", DomainWords.Format(agent.Sphere));
        WriteOptional(json, view, "country", agent.Country);
        WriteOptional(json, view, "groups", ExportView.Groups(agent));
        WriteOptional(json, view, "functions", ExportView.Functions(agent));
        WriteOptional(json, view, "sensitivity", view.Sensitivity(i));
        foreach (var (name, value) in view.Attributes(i))
        {
            if (!Columns.IsAgentColumn(name))
            {
                json.WriteString(view.Clean(name), view.Clean(value));
            }
        }
    }

    private static void WriteTransactionFields(Utf8JsonWriter json, ExportView view, Transaction t)
    {
        json.WriteString("kind", DomainWords.Format(t.Kind));
        json.WriteNumber("weight", t.Weight);
        WriteOptional(json, view, "time", t.Time is { } time ? FieldText.Time(time) : null);
        if (t.Amount is { } amount)
        {
            json.WriteNumber("amount", amount);
        }

        WriteOptional(json, view, "currency", t.Currency);
        WriteOptional(json, view, "country", t.Country);
        WriteOptional(json, view, "route", ExportView.Route(t));
        if (t.Persons is { } persons)
        {
            json.WriteNumber("persons", persons);
        }

        foreach (var (name, value) in t.Attributes)
        {
            if (!Columns.IsTransactionColumn(name))
            {
                json.WriteString(view.Clean(name), view.Clean(value));
            }
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, ExportView view, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, view.Clean(value));
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, ExportView view, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, view.Clean(value));
        }
    }
}
