using System.Globalization;
using System.Text;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Csv;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.Neo4j;

/// <summary>
/// Writes the files of a Neo4j import: node files <c>agents.csv</c> and <c>groups.csv</c> and relationship
/// files <c>transactions.csv</c>, <c>ties.csv</c> and <c>members.csv</c> with the headers
/// <c>neo4j-admin database import full</c> expects (<c>id:ID(Agent)</c>, <c>:LABEL</c>,
/// <c>:START_ID(Agent)</c>, <c>:END_ID(Group)</c>, <c>:TYPE</c>, typed properties such as
/// <c>amount:float</c>, <c>time:datetime</c>, <c>groups:string[]</c>), and <c>import.cypher</c>, which
/// loads the same files into a running database with batched <c>LOAD CSV</c> after creating constraints
/// and indexes. RFC 4180 quoting (fields with a comma, quote, line break or surrounding space are quoted,
/// quotes doubled), UTF-8 without byte-order mark, LF line ends; arrays use <c>;</c> (the default
/// <c>--array-delimiter</c>). See docs/formats.md for the load commands.
/// </summary>
internal static class Neo4jCsvWriter
{
    public const string Agents = "agents.csv";
    public const string Groups = "groups.csv";
    public const string Transactions = "transactions.csv";
    public const string Ties = "ties.csv";
    public const string Members = "members.csv";
    public const string Script = "import.cypher";

    /// <summary>Rows per transaction of the Cypher script's <c>CALL { } IN TRANSACTIONS</c>.</summary>
    public const int BatchRows = 10_000;

    public static readonly string[] Files = [Agents, Groups, Transactions, Ties, Members, Script];

    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteFiles(TransactionNetwork network, Stream[] streams, FormatWriteOptions options, ICollection<string> warnings)
    {
        var view = new ExportView(network, options, "Neo4j CSV", Carried.AllButGroups | Carried.GroupRecords | Carried.Ties, OutputText.Unicode);
        var keys = new KeyNames(view);
        var agentExtras = keys.For(view.AgentAttributeNames, ["id", "name", "kind", "sphere", "country", "groups", "functions", "sensitivity"]);
        var transactionExtras = keys.For(view.TransactionAttributeNames, ["id", "kind", "time", "amount", "currency", "country", "route", "persons", "weight"]);
        var tieExtras = keys.For(Names(network.Ties.Select(t => t.Attributes)), ["id", "kind", "start", "end"]);
        var groupExtras = keys.For(Names(network.Groups.Select(g => g.Attributes)), ["id", "name", "type"]);

        var script = new StringBuilder();
        ScriptHeader(script);
        using (var w = Writer(streams[0]))
        {
            var header = Header(Neo4jGraph.Agent(new Agent("x", AgentKind.Person), "x", null, null), agentExtras, "Agent", ":LABEL");
            Row(w, header);
            for (var i = 0; i < network.AgentCount; i++)
            {
                var agent = network.Agents[i];
                var props = Neo4jGraph.Agent(agent, view.Id(i), view.Name(i) is { } n ? view.Clean(n) : null, view.Sensitivity(i));
                Row(w, Values(props, view.Attributes(i), agentExtras, view, Neo4jGraph.AgentLabel + ";" + Neo4jGraph.KindLabel(agent.Kind)));
            }

            LoadNodes(script, Agents, Neo4jGraph.AgentLabel, header, agentExtras);
            foreach (var kind in network.Agents.Select(a => a.Kind).Distinct().Order())
            {
                script.Append(CultureInfo.InvariantCulture, $"MATCH (a:{Neo4jGraph.AgentLabel} {{kind: '{DomainWords.Format(kind)}'}}) SET a:{Neo4jGraph.KindLabel(kind)};\n");
            }
        }

        using (var w = Writer(streams[1]))
        {
            var header = Header(Neo4jGraph.Group(new Group("x"), "x", null), groupExtras, "Group", ":LABEL");
            Row(w, header);
            foreach (var g in network.Groups)
            {
                Row(w, Values(Neo4jGraph.Group(g, view.Clean(g.Id), g.Name is { } n ? view.Clean(n) : null), g.Attributes, groupExtras, view, Neo4jGraph.GroupLabel));
            }

            LoadNodes(script, Groups, Neo4jGraph.GroupLabel, header, groupExtras);
        }

        using (var w = Writer(streams[2]))
        {
            var header = RelationshipHeader(Neo4jGraph.Transaction(new Transaction("x", "x", TransactionKind.Payment), null), transactionExtras, "Agent");
            Row(w, header);
            var sources = network.TransactionSources;
            var targets = network.TransactionTargets;
            for (var e = 0; e < network.TransactionCount; e++)
            {
                var t = network.Transactions[e];
                var props = Neo4jGraph.Transaction(t, t.Id is { } id ? view.Clean(id) : null);
                Row(w, [view.Id(sources[e]), view.Id(targets[e]), Neo4jGraph.Type(DomainWords.Format(t.Kind)), .. Values(props, t.Attributes, transactionExtras, view, null)]);
            }

            LoadRelationships(script, Transactions, header, transactionExtras, network.Transactions.Select(t => DomainWords.Format(t.Kind)), "Agent");
        }

        using (var w = Writer(streams[3]))
        {
            var header = RelationshipHeader(Neo4jGraph.Tie(new Tie("x", "x", TieKind.Other), null), tieExtras, "Agent");
            Row(w, header);
            var sources = network.TieSources;
            var targets = network.TieTargets;
            for (var e = 0; e < network.TieCount; e++)
            {
                var t = network.Ties[e];
                var props = Neo4jGraph.Tie(t, t.Id is { } id ? view.Clean(id) : null);
                Row(w, [view.Id(sources[e]), view.Id(targets[e]), Neo4jGraph.Type(DomainWords.Format(t.Kind)), .. Values(props, t.Attributes, tieExtras, view, null)]);
            }

            LoadRelationships(script, Ties, header, tieExtras, network.Ties.Select(t => DomainWords.Format(t.Kind)), "Agent");
        }

        using (var w = Writer(streams[4]))
        {
            Row(w, [":START_ID(Agent)", ":END_ID(Group)", ":TYPE"]);
            for (var i = 0; i < network.AgentCount; i++)
            {
                foreach (var group in network.Agents[i].Groups)
                {
                    Row(w, [view.Id(i), view.Clean(group), Neo4jGraph.MemberOf]);
                }
            }

            script.Append(CultureInfo.InvariantCulture, $"""
                LOAD CSV WITH HEADERS FROM 'file:///{Members}' AS row
                CALL {"{"} WITH row
                  MATCH (a:{Neo4jGraph.AgentLabel} {"{"}id: row.`:START_ID(Agent)`{"}"}), (g:{Neo4jGraph.GroupLabel} {"{"}id: row.`:END_ID(Group)`{"}"})
                  CREATE (a)-[:{Neo4jGraph.MemberOf}]->(g)
                {"}"} IN TRANSACTIONS OF {BatchRows} ROWS;

                """);
        }

        streams[5].Write(_utf8.GetBytes(script.ToString()));
        keys.Finish(warnings);
        view.Finish(warnings);
    }

    private static IReadOnlyList<string> Names(IEnumerable<IReadOnlyDictionary<string, string>> maps)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var map in maps)
        {
            foreach (var key in map.Keys)
            {
                if (seen.Add(key))
                {
                    names.Add(key);
                }
            }
        }

        return names;
    }

    private static StreamWriter Writer(Stream stream) => new(stream, _utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };

    private static void Row(StreamWriter writer, IEnumerable<string?> cells)
    {
        var csv = new CsvRowWriter(writer);
        foreach (var cell in cells)
        {
            csv.Field(cell ?? string.Empty);
        }

        csv.EndRow();
    }

    /// <summary>The header of a node file: <c>id:ID(space)</c>, <c>:LABEL</c>, then the typed properties and extras.</summary>
    private static string[] Header(Neo4jProperty[] properties, IReadOnlyList<(string Name, string Key)> extras, string idSpace, string label)
    {
        var header = new List<string> { $"id:ID({idSpace})", label };
        header.AddRange(properties.Skip(1).Select(Column));
        header.AddRange(extras.Select(e => e.Key));
        return [.. header];
    }

    private static string[] RelationshipHeader(Neo4jProperty[] properties, IReadOnlyList<(string Name, string Key)> extras, string idSpace)
    {
        var header = new List<string> { $":START_ID({idSpace})", $":END_ID({idSpace})", ":TYPE" };
        header.AddRange(properties.Select(Column));
        header.AddRange(extras.Select(e => e.Key));
        return [.. header];
    }

    /// <summary>The header column of a property: <c>key</c> for strings, <c>key:type</c> otherwise.</summary>
    public static string Column(Neo4jProperty p) => p.Type switch
    {
        Neo4jType.String => p.Key,
        Neo4jType.StringArray => p.Key + ":string[]",
        Neo4jType.DateTime => p.Key + ":datetime",
        Neo4jType.Float => p.Key + ":float",
        Neo4jType.Double => p.Key + ":double",
        _ => p.Key + ":long",
    };

    // Node rows start with the id and the labels; relationship rows get their endpoints and type in front.
    private static IEnumerable<string?> Values(Neo4jProperty[] props, IReadOnlyDictionary<string, string> attributes, IReadOnlyList<(string Name, string Key)> extras, ExportView view, string? labels)
    {
        var start = 0;
        if (labels is not null)
        {
            yield return props[0].Value;
            yield return labels;
            start = 1;
        }

        for (var i = start; i < props.Length; i++)
        {
            yield return props[i].Value;
        }

        foreach (var (name, _) in extras)
        {
            yield return attributes.TryGetValue(name, out var value) ? view.Clean(value) : null;
        }
    }

    private static void ScriptHeader(StringBuilder script) => script.Append("""
        // NetworkAnalysis case for a running Neo4j 4.4 or 5 database (written by netan convert --to neo4j).
        // Copy the CSV files of this folder into the database's import folder, then run:
        //   cypher-shell -u neo4j -p <password> -f import.cypher
        // Each file is read in batches of 10,000 rows, one transaction per batch.
        CREATE CONSTRAINT netan_agent_id IF NOT EXISTS FOR (a:Agent) REQUIRE a.id IS UNIQUE;
        CREATE CONSTRAINT netan_group_id IF NOT EXISTS FOR (g:Group) REQUIRE g.id IS UNIQUE;
        CREATE INDEX netan_agent_kind IF NOT EXISTS FOR (a:Agent) ON (a.kind);
        CREATE INDEX netan_agent_sphere IF NOT EXISTS FOR (a:Agent) ON (a.sphere);

        """);

    private static void LoadNodes(StringBuilder script, string file, string label, string[] header, IReadOnlyList<(string Name, string Key)> extras)
    {
        script.Append(CultureInfo.InvariantCulture, $"LOAD CSV WITH HEADERS FROM 'file:///{file}' AS row\nCALL {{ WITH row\n  MERGE (n:{label} {{id: row.`{header[0]}`}})\n");
        AppendSets(script, "n", header.Skip(2), extras);
        script.Append(CultureInfo.InvariantCulture, $"}} IN TRANSACTIONS OF {BatchRows} ROWS;\n");
    }

    // Cypher cannot take a relationship type from a value without APOC, so each type present gets its own pass.
    private static void LoadRelationships(StringBuilder script, string file, string[] header, IReadOnlyList<(string Name, string Key)> extras, IEnumerable<string> kinds, string label)
    {
        foreach (var type in kinds.Distinct().Order(StringComparer.Ordinal).Select(Neo4jGraph.Type))
        {
            script.Append(CultureInfo.InvariantCulture, $"""
                LOAD CSV WITH HEADERS FROM 'file:///{file}' AS row
                WITH row WHERE row.`:TYPE` = '{type}'
                CALL {"{"} WITH row
                  MATCH (s:{label} {"{"}id: row.`:START_ID({label})`{"}"}), (t:{label} {"{"}id: row.`:END_ID({label})`{"}"})
                  CREATE (s)-[r:{type}]->(t)

                """);
            AppendSets(script, "r", header.Skip(3), extras);
            script.Append(CultureInfo.InvariantCulture, $"}} IN TRANSACTIONS OF {BatchRows} ROWS;\n");
        }
    }

    private static void AppendSets(StringBuilder script, string variable, IEnumerable<string> columns, IReadOnlyList<(string Name, string Key)> extras)
    {
        var sets = new List<string>();
        foreach (var column in columns)
        {
            var colon = column.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? column : column[..colon];
            var type = colon < 0 ? string.Empty : column[(colon + 1)..];
            var value = $"row.`{column}`";
            sets.Add($"{variable}.`{key}` = " + type switch
            {
                "string[]" => $"split({value}, ';')",
                "datetime" => $"datetime({value})",
                "float" or "double" => $"toFloat({value})",
                "long" => $"toInteger({value})",
                _ => value,
            });
        }

        if (sets.Count > 0)
        {
            script.Append("  SET ").Append(string.Join(",\n      ", sets)).Append('\n');
        }
    }

    /// <summary>
    /// Property keys for extra attributes: the header grammar gives <c>:</c> a meaning and the Cypher script
    /// quotes keys, so keys keep letters, digits and <c>_</c> only (others become <c>_</c>); a key that would
    /// repeat a column gets a number. Changed keys are counted in a warning.
    /// </summary>
    private sealed class KeyNames(ExportView view)
    {
        private long _changed;

        public IReadOnlyList<(string Name, string Key)> For(IReadOnlyList<string> names, string[] columns)
        {
            var used = new HashSet<string>(columns, StringComparer.OrdinalIgnoreCase);
            var result = new List<(string, string)>(names.Count);
            foreach (var name in names)
            {
                var key = new string(view.Clean(name).Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_').ToArray());
                if (key.Length == 0 || char.IsAsciiDigit(key[0]))
                {
                    key = "_" + key;
                }

                var unique = key;
                for (var n = 2; !used.Add(unique); n++)
                {
                    unique = key + "_" + n.ToString(CultureInfo.InvariantCulture);
                }

                _changed += unique == name ? 0 : 1;
                result.Add((name, unique));
            }

            return result;
        }

        public void Finish(ICollection<string> warnings)
        {
            if (_changed > 0)
            {
                warnings.Add($"{_changed.ToString("N0", CultureInfo.InvariantCulture)} extra attribute names were changed to Neo4j property keys (letters, digits and _ only)");
            }
        }
    }
}
