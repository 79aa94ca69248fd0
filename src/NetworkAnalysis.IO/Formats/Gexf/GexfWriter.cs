using System.Globalization;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.Gexf;

/// <summary>
/// Writes GEXF 1.3: agent name as the node label, transaction kind as the edge <c>kind</c>, weight as the
/// edge weight, time as the edge <c>timestamp</c> (graph mode dynamic, time representation timestamp),
/// every other field as a typed attribute column named after our column.
/// </summary>
internal static class GexfWriter
{
    public const string Namespace = "http://gexf.net/1.3";

    public static void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var view = new ExportView(network, options, "GEXF", Carried.AllButGroups, OutputText.Xml);
        var agents = network.Agents;
        var transactions = network.Transactions;

        var nodeColumns = new ColumnTable();
        var kindColumn = nodeColumns.Add("kind", "string");
        var sphereColumn = nodeColumns.Add("sphere", "string");
        var countryColumn = agents.Any(a => a.Country is not null) ? nodeColumns.Add("country", "string") : null;
        var groupsColumn = agents.Any(a => !a.Groups.IsEmpty) ? nodeColumns.Add("groups", "string") : null;
        var functionsColumn = agents.Any(a => !a.Functions.IsEmpty) ? nodeColumns.Add("functions", "string") : null;
        var sensitivityColumn = agents.Any(a => a.IsSensitive) ? nodeColumns.Add("sensitivity", "string") : null;
        foreach (var name in view.AgentAttributeNames)
        {
            nodeColumns.AddExtra(name);
        }

        var edgeColumns = new ColumnTable();
        var used = UsedFields.Of(transactions);
        var amountColumn = used.Amount ? edgeColumns.Add("amount", "double") : null;
        var currencyColumn = used.Currency ? edgeColumns.Add("currency", "string") : null;
        var edgeCountryColumn = used.Country ? edgeColumns.Add("country", "string") : null;
        var routeColumn = used.Route ? edgeColumns.Add("route", "string") : null;
        var personsColumn = used.Persons ? edgeColumns.Add("persons", "integer") : null;
        foreach (var name in view.TransactionAttributeNames)
        {
            edgeColumns.AddExtra(name);
        }

        var timed = used.Time;
        using var output = new Utf8Output(stream);
        output.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        output.Raw("<gexf xmlns=\"").Raw(Namespace).Raw("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
        output.Raw("<meta><creator>NetworkAnalysis</creator></meta>\n");
        output.Raw("<graph defaultedgetype=\"").Raw(view.Directed ? "directed" : "undirected").Raw('"');
        output.Raw(timed ? " mode=\"dynamic\" timeformat=\"dateTime\" timerepresentation=\"timestamp\">\n" : " mode=\"static\">\n");
        nodeColumns.WriteDeclarations(output, "node");
        edgeColumns.WriteDeclarations(output, "edge");

        output.Raw("<nodes>\n");
        for (var i = 0; i < agents.Count; i++)
        {
            var agent = agents[i];
            output.Raw("<node id=\"").XmlAttribute(view.Id(i)).Raw('"');
            if (view.Name(i) is { } name)
            {
                output.Raw(" label=\"").XmlAttribute(name).Raw('"');
            }

            output.Raw("><attvalues>");
            Value(output, kindColumn, DomainWords.Format(agent.Kind));
            Value(output, sphereColumn, DomainWords.Format(agent.Sphere));
            Value(output, countryColumn, agent.Country);
            Value(output, groupsColumn, ExportView.Groups(agent));
            Value(output, functionsColumn, ExportView.Functions(agent));
            Value(output, sensitivityColumn, view.Sensitivity(i));
            var attributes = view.Attributes(i);
            if (attributes.Count > 0)
            {
                foreach (var (key, value) in attributes)
                {
                    Value(output, nodeColumns.Extra(key), value);
                }
            }

            output.Raw("</attvalues></node>\n");
        }

        output.Raw("</nodes>\n<edges>\n");
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        for (var e = 0; e < transactions.Count; e++)
        {
            var t = transactions[e];
            output.Raw("<edge");
            if (t.Id is not null)
            {
                output.Raw(" id=\"").XmlAttribute(view.Clean(t.Id)).Raw('"');
            }

            output.Raw(" source=\"").XmlAttribute(view.Id(sources[e])).Raw("\" target=\"").XmlAttribute(view.Id(targets[e]))
                .Raw("\" kind=\"").Raw(DomainWords.Format(t.Kind)).Raw("\" weight=\"").Number(t.Weight).Raw('"');
            if (t.Time is { } time)
            {
                output.Raw(" timestamp=\"").Raw(FieldText.DateTime(time)).Raw('"');
            }

            var hasValues = (amountColumn is not null && t.Amount is not null) || t.Currency is not null || t.Country is not null
                || !t.Route.IsEmpty || t.Persons is not null || t.Attributes.Count > 0;
            if (!hasValues)
            {
                output.Raw("/>\n");
                continue;
            }

            output.Raw("><attvalues>");
            Value(output, amountColumn, t.Amount is { } amount ? FieldText.Number(amount) : null);
            Value(output, currencyColumn, t.Currency);
            Value(output, edgeCountryColumn, t.Country);
            Value(output, routeColumn, ExportView.Route(t));
            Value(output, personsColumn, t.Persons is { } persons ? FieldText.Number(persons) : null);
            if (t.Attributes.Count > 0)
            {
                foreach (var (key, value) in t.Attributes)
                {
                    Value(output, edgeColumns.Extra(key), value);
                }
            }

            output.Raw("</attvalues></edge>\n");
        }

        output.Raw("</edges>\n</graph>\n</gexf>\n");
        output.Flush();
        view.CountReplaced(output.Replaced);
        view.Finish(warnings);
    }

    private static void Value(Utf8Output output, string? column, string? value)
    {
        if (column is null || value is null)
        {
            return;
        }

        output.Raw("<attvalue for=\"").Raw(column).Raw("\" value=\"").XmlAttribute(value).Raw("\"/>");
    }

    /// <summary>The attribute columns of one class, with ids 0, 1, ... in order of declaration.</summary>
    private sealed class ColumnTable
    {
        private readonly List<(string Id, string Title, string Type)> _columns = [];
        private readonly Dictionary<string, string> _extras = new(StringComparer.Ordinal);

        public string Add(string title, string type)
        {
            var id = _columns.Count.ToString(CultureInfo.InvariantCulture);
            _columns.Add((id, title, type));
            return id;
        }

        public void AddExtra(string title) => _extras[title] = Add(title, "string");

        public string? Extra(string title) => _extras.GetValueOrDefault(title);

        public void WriteDeclarations(Utf8Output output, string kind)
        {
            if (_columns.Count == 0)
            {
                return;
            }

            output.Raw("<attributes class=\"").Raw(kind).Raw("\" mode=\"static\">\n");
            foreach (var (id, title, type) in _columns)
            {
                output.Raw("<attribute id=\"").Raw(id).Raw("\" title=\"").XmlAttribute(title).Raw("\" type=\"").Raw(type).Raw("\"/>\n");
            }

            output.Raw("</attributes>\n");
        }
    }
}
