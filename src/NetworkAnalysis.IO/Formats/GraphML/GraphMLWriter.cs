using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.GraphML;

/// <summary>
/// Writes GraphML with a hand-rolled escaping UTF-8 writer: one <c>&lt;key&gt;</c> per field in use (our
/// column names as <c>attr.name</c>), nodes then edges, transaction ids as edge ids.
/// </summary>
internal static class GraphMLWriter
{
    public static void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var view = new ExportView(network, options, "GraphML", Carried.AllButGroups, OutputText.Xml);
        var agents = network.Agents;
        var transactions = network.Transactions;

        var nodeKeys = new KeyTable("n");
        var hasName = false;
        var hasCountry = false;
        var hasGroups = false;
        var hasFunctions = false;
        var hasSensitivity = false;
        for (var i = 0; i < agents.Count; i++)
        {
            hasName |= view.Name(i) is not null;
            hasCountry |= agents[i].Country is not null;
            hasGroups |= !agents[i].Groups.IsEmpty;
            hasFunctions |= !agents[i].Functions.IsEmpty;
            hasSensitivity |= agents[i].IsSensitive;
        }

        var nameKey = hasName ? nodeKeys.Add("name", "string") : null;
        var kindKey = nodeKeys.Add("kind", "string");
        var sphereKey = nodeKeys.Add("sphere", "string");
        var countryKey = hasCountry ? nodeKeys.Add("country", "string") : null;
        var groupsKey = hasGroups ? nodeKeys.Add("groups", "string") : null;
        var functionsKey = hasFunctions ? nodeKeys.Add("functions", "string") : null;
        var sensitivityKey = hasSensitivity ? nodeKeys.Add("sensitivity", "string") : null;
        foreach (var name in view.AgentAttributeNames)
        {
            nodeKeys.AddExtra(name);
        }

        var edgeKeys = new KeyTable("e");
        var edgeKindKey = edgeKeys.Add("kind", "string");
        var weightKey = edgeKeys.Add("weight", "double");
        var used = UsedFields.Of(transactions);
        var timeKey = used.Time ? edgeKeys.Add("time", "string") : null;
        var amountKey = used.Amount ? edgeKeys.Add("amount", "double") : null;
        var currencyKey = used.Currency ? edgeKeys.Add("currency", "string") : null;
        var edgeCountryKey = used.Country ? edgeKeys.Add("country", "string") : null;
        var routeKey = used.Route ? edgeKeys.Add("route", "string") : null;
        var personsKey = used.Persons ? edgeKeys.Add("persons", "int") : null;
        foreach (var name in view.TransactionAttributeNames)
        {
            edgeKeys.AddExtra(name);
        }

        using var output = new Utf8Output(stream);
        output.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        output.Raw("<graphml xmlns=\"").Raw(GraphMLFormat.Namespace)
            .Raw("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        nodeKeys.WriteDeclarations(output, "node");
        edgeKeys.WriteDeclarations(output, "edge");
        output.Raw("<graph id=\"G\" edgedefault=\"").Raw(view.Directed ? "directed" : "undirected").Raw("\">\n");

        for (var i = 0; i < agents.Count; i++)
        {
            var agent = agents[i];
            output.Raw("<node id=\""u8).XmlAttribute(view.Id(i)).Raw("\">"u8);
            Data(output, nameKey, view.Name(i));
            Data(output, kindKey, DomainWords.Format(agent.Kind));
            Data(output, sphereKey, DomainWords.Format(agent.Sphere));
            Data(output, countryKey, agent.Country);
            Data(output, groupsKey, ExportView.Groups(agent));
            Data(output, functionsKey, ExportView.Functions(agent));
            Data(output, sensitivityKey, view.Sensitivity(i));
            var attributes = view.Attributes(i);
            if (attributes.Count > 0)
            {
                foreach (var (name, value) in attributes)
                {
                    Data(output, nodeKeys.Extra(name), value);
                }
            }

            output.Raw("</node>\n"u8);
        }

        var edgeKindOpen = DataOpen(edgeKindKey);
        var weightOpen = DataOpen(weightKey);
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        for (var e = 0; e < transactions.Count; e++)
        {
            var t = transactions[e];
            output.Raw("<edge"u8);
            if (t.Id is not null)
            {
                output.Raw(" id=\""u8).XmlAttribute(view.Clean(t.Id)).Raw('"');
            }

            output.Raw(" source=\""u8).XmlAttribute(view.Id(sources[e])).Raw("\" target=\""u8).XmlAttribute(view.Id(targets[e])).Raw("\">"u8);
            output.Raw(edgeKindOpen).Raw(_transactionKindWords[(int)t.Kind]).Raw("</data>"u8);
            output.Raw(weightOpen).Number(t.Weight).Raw("</data>"u8);
            Data(output, timeKey, t.Time is { } time ? FieldText.Time(time) : null);
            Data(output, amountKey, t.Amount is { } amount ? FieldText.Number(amount) : null);
            Data(output, currencyKey, t.Currency);
            Data(output, edgeCountryKey, t.Country);
            Data(output, routeKey, ExportView.Route(t));
            if (personsKey is not null && t.Persons is { } persons)
            {
                output.Raw("<data key=\"").Raw(personsKey).Raw("\">").Number(persons).Raw("</data>");
            }

            if (t.Attributes.Count > 0)
            {
                foreach (var (name, value) in t.Attributes)
                {
                    Data(output, edgeKeys.Extra(name), value);
                }
            }

            output.Raw("</edge>\n"u8);
        }

        output.Raw("</graph>\n</graphml>\n");
        output.Flush();
        view.CountReplaced(output.Replaced);
        view.Finish(warnings);
    }

    private static readonly byte[][] _transactionKindWords =
        [.. Enum.GetValues<TransactionKind>().Select(k => System.Text.Encoding.UTF8.GetBytes(DomainWords.Format(k)))];

    private static byte[] DataOpen(string key) => System.Text.Encoding.UTF8.GetBytes($"<data key=\"{key}\">");

    private static void Data(Utf8Output output, string? key, string? value)
    {
        if (key is null || value is null)
        {
            return;
        }

        output.Raw("<data key=\"").Raw(key).Raw("\">").XmlText(value).Raw("</data>");
    }

    /// <summary>The keys of one scope: ids <c>n0</c>, <c>n1</c>, ... in order of declaration.</summary>
    private sealed class KeyTable(string prefix)
    {
        private readonly List<(string Id, string Name, string Type)> _keys = [];
        private readonly Dictionary<string, string> _extras = new(StringComparer.Ordinal);

        public string Add(string name, string type)
        {
            var id = prefix + _keys.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _keys.Add((id, name, type));
            return id;
        }

        public void AddExtra(string name) => _extras[name] = Add(name, "string");

        /// <summary>The key of an extra attribute, or null when it is not written (a column name).</summary>
        public string? Extra(string name) => _extras.GetValueOrDefault(name);

        public void WriteDeclarations(Utf8Output output, string scope)
        {
            foreach (var (id, name, type) in _keys)
            {
                output.Raw("<key id=\"").Raw(id).Raw("\" for=\"").Raw(scope).Raw("\" attr.name=\"").XmlAttribute(name)
                    .Raw("\" attr.type=\"").Raw(type).Raw("\"/>\n");
            }
        }
    }
}
