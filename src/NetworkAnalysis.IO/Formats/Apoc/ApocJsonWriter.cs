using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats.Common;
using NetworkAnalysis.IO.Formats.Neo4j;

namespace NetworkAnalysis.IO.Formats.Apoc;

/// <summary>
/// Writes a network the way <c>apoc.export.json.all</c> exports the graph that the Neo4j import files of
/// <see cref="Neo4jCsvWriter"/> create (same labels, types and properties; see <see cref="Neo4jGraph"/>):
/// one JSON object per line, agent and group nodes first, then transactions, ties and <c>MEMBER_OF</c>
/// relationships. <c>apoc.import.json</c> loads it into Neo4j; <see cref="ApocJsonReader"/> reads it back.
/// </summary>
internal static class ApocJsonWriter
{
    private static readonly JsonWriterOptions _options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var view = new ExportView(network, options, "APOC JSON", Carried.AllButGroups | Carried.GroupRecords | Carried.Ties, OutputText.Unicode);
        using var json = new Utf8JsonWriter(stream, _options);
        var labels = new string[2];
        labels[0] = Neo4jGraph.AgentLabel;
        for (var i = 0; i < network.AgentCount; i++)
        {
            var agent = network.Agents[i];
            labels[1] = Neo4jGraph.KindLabel(agent.Kind);
            var props = Neo4jGraph.Agent(agent, view.Id(i), view.Name(i) is { } n ? view.Clean(n) : null, view.Sensitivity(i));
            Node(json, stream, i, labels, props, view.Attributes(i), view);
        }

        var groupNodes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in network.Groups)
        {
            var node = network.AgentCount + groupNodes.Count;
            groupNodes.Add(g.Id, node);
            Node(json, stream, node, [Neo4jGraph.GroupLabel], Neo4jGraph.Group(g, view.Clean(g.Id), g.Name is { } n ? view.Clean(n) : null), g.Attributes, view);
        }

        var rel = 0;
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        for (var e = 0; e < network.TransactionCount; e++)
        {
            var t = network.Transactions[e];
            Relationship(json, stream, rel++, Neo4jGraph.Type(DomainWords.Format(t.Kind)), sources[e], targets[e], Neo4jGraph.Transaction(t, t.Id is { } id ? view.Clean(id) : null), t.Attributes, view);
        }

        var tieSources = network.TieSources;
        var tieTargets = network.TieTargets;
        for (var e = 0; e < network.TieCount; e++)
        {
            var t = network.Ties[e];
            Relationship(json, stream, rel++, Neo4jGraph.Type(DomainWords.Format(t.Kind)), tieSources[e], tieTargets[e], Neo4jGraph.Tie(t, t.Id is { } id ? view.Clean(id) : null), t.Attributes, view);
        }

        for (var i = 0; i < network.AgentCount; i++)
        {
            foreach (var group in network.Agents[i].Groups)
            {
                Relationship(json, stream, rel++, Neo4jGraph.MemberOf, i, groupNodes[group], [], AttributeMaps.Empty, view);
            }
        }

        view.Finish(warnings);
    }

    private static void Node(Utf8JsonWriter json, Stream stream, int id, string[] labels, Neo4jProperty[] props, IReadOnlyDictionary<string, string> extras, ExportView view)
    {
        json.Reset(stream);
        json.WriteStartObject();
        json.WriteString("type", "node");
        json.WriteString("id", id.ToString(CultureInfo.InvariantCulture));
        json.WriteStartArray("labels");
        foreach (var label in labels)
        {
            json.WriteStringValue(label);
        }

        json.WriteEndArray();
        Properties(json, props, extras, view);
        json.WriteEndObject();
        End(json, stream);
    }

    private static void Relationship(Utf8JsonWriter json, Stream stream, int id, string type, int start, int end, Neo4jProperty[] props, IReadOnlyDictionary<string, string> extras, ExportView view)
    {
        json.Reset(stream);
        json.WriteStartObject();
        json.WriteString("type", "relationship");
        json.WriteString("id", id.ToString(CultureInfo.InvariantCulture));
        json.WriteString("label", type);
        Properties(json, props, extras, view);
        json.WriteStartObject("start");
        json.WriteString("id", start.ToString(CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteStartObject("end");
        json.WriteString("id", end.ToString(CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteEndObject();
        End(json, stream);
    }

    private static void Properties(Utf8JsonWriter json, Neo4jProperty[] props, IReadOnlyDictionary<string, string> extras, ExportView view)
    {
        json.WriteStartObject("properties");
        foreach (var p in props)
        {
            if (p.Value is null)
            {
                continue;
            }

            switch (p.Type)
            {
                case Neo4jType.StringArray:
                    json.WriteStartArray(p.Key);
                    foreach (var item in p.Value.Split(';'))
                    {
                        json.WriteStringValue(view.Clean(item));
                    }

                    json.WriteEndArray();
                    break;
                case Neo4jType.Float or Neo4jType.Double or Neo4jType.Long:
                    json.WritePropertyName(p.Key);
                    json.WriteRawValue(p.Value);
                    break;
                default:
                    json.WriteString(p.Key, view.Clean(p.Value));
                    break;
            }
        }

        foreach (var (name, value) in extras)
        {
            json.WriteString(view.Clean(name), view.Clean(value));
        }

        json.WriteEndObject();
    }

    private static void End(Utf8JsonWriter json, Stream stream)
    {
        json.Flush();
        stream.WriteByte((byte)'\n');
    }
}
