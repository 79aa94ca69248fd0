using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.IO.Tests.Formats;

/// <summary>
/// The Neo4j import files against the rules of <c>neo4j-admin database import</c> (header grammar, RFC 4180
/// escaping, unique ids per id space, every relationship end present) and against the APOC JSON export of the
/// same network, which <c>ApocJsonReader</c> reads back to the same case.
/// </summary>
public partial class Neo4jTests
{
    // name:type, :ID(space) with an optional name, :LABEL, :TYPE, :START_ID(space), :END_ID(space).
    [GeneratedRegex(@"^(?:[A-Za-z_][A-Za-z0-9_]*(?::(?:string|string\[\]|datetime|float|double|long|ID\((?:Agent|Group)\)))?|:LABEL|:TYPE|:(?:START_ID|END_ID)\((?:Agent|Group)\))$")]
    private static partial Regex HeaderColumn();

    private static TransactionNetwork Case()
    {
        var network = new TransactionNetworkBuilder()
            .AddGroup(new Core.Group("ring") { Name = "Ring, \"East\"", Type = GroupType.Transnational })
            .AddAgent(new Agent("boss", AgentKind.Person) { Name = "Kaya, \"the boss\"\nline 2", Groups = ["ring", "cell 2"], Functions = FunctionSet.Of(Function.Coordination, Function.Financing), Attributes = new Dictionary<string, string> { ["ftm:name#2"] = "E. K.", ["Case Ref"] = " padded " } })
            .AddAgent(new Agent("travel", AgentKind.Business) { Country = "GR" })
            .AddAgent(new Agent("v1", AgentKind.Victim) { Sensitivity = Sensitivity.Victim, Name = "Lina" })
            .AddTransaction(new Transaction("boss", "travel", TransactionKind.Payment) { Id = "t1", Amount = 1200.50m, Currency = "EUR", Time = new DateTimeOffset(2024, 3, 2, 10, 5, 0, TimeSpan.FromHours(2)), Route = ["TR", "GR"], Persons = 3, Weight = 2.5 })
            .AddTransaction(new Transaction("boss", "v1", TransactionKind.Exploitation))
            .AddTransaction(new Transaction("boss", "boss", TransactionKind.DebtCollection) { Attributes = new Dictionary<string, string> { ["memo"] = "a;b" } })
            .AddTie(new Tie("boss", "travel", TieKind.Ownership) { Id = "o1", Start = new DateTimeOffset(2019, 5, 1, 0, 0, 0, TimeSpan.Zero), Attributes = new Dictionary<string, string> { ["percentage"] = "60" } })
            .AddTie(new Tie("travel", "boss", TieKind.Family))
            .Build();
        return network;
    }

    private static Dictionary<string, string> Files(TransactionNetwork network, FormatWriteOptions options, List<string>? warnings = null)
    {
        using var stream = new MemoryStream();
        NetworkFormats.ByName("neo4j").Write(network, stream, options, warnings ?? []);
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd());
    }

    [Test]
    public void Write_Files_HaveHeadersInTheImportGrammar()
    {
        var files = Files(Case(), NetworkGen.Reveal);
        files.Keys.Should().BeEquivalentTo("agents.csv", "groups.csv", "transactions.csv", "ties.csv", "members.csv", "import.cypher");
        foreach (var (name, text) in files.Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal)))
        {
            text.Should().NotStartWith("\uFEFF", "neo4j-admin reads UTF-8 without a byte-order mark");
            var header = Csv.Parse(text, lineFeedOnly: true)[0];
            header.Should().OnlyContain(c => HeaderColumn().IsMatch(c), name);
            header.Select(c => c.Split(':')[0]).Where(k => k.Length > 0).Should().OnlyHaveUniqueItems(name);
            if (name is "agents.csv" or "groups.csv")
            {
                header.Count(c => c.Contains(":ID(", StringComparison.Ordinal)).Should().Be(1, name);
                header.Should().Contain(":LABEL");
            }
            else
            {
                header.Should().Contain(":TYPE").And.Contain(c => c.StartsWith(":START_ID(", StringComparison.Ordinal)).And.Contain(c => c.StartsWith(":END_ID(", StringComparison.Ordinal));
            }
        }

        Csv.Parse(files["transactions.csv"], lineFeedOnly: true)[0].Should().Contain(["amount:float", "time:datetime", "route:string[]", "persons:long", "weight:double"]);
        Csv.Parse(files["agents.csv"], lineFeedOnly: true)[0].Should().Contain(["id:ID(Agent)", "groups:string[]", "functions:string[]", "ftm_name_2", "Case_Ref"]);
    }

    [Test]
    public void Write_Rows_AreEscapedAndIdsAreUniqueAndEveryEndExists()
    {
        TieGen.Network.Sample(network =>
        {
            var files = Files(network, NetworkGen.Reveal);
            var ids = new Dictionary<string, HashSet<string>>();
            foreach (var (file, space) in new[] { ("agents.csv", "Agent"), ("groups.csv", "Group") })
            {
                var rows = Csv.Parse(files[file], lineFeedOnly: true);
                var column = Array.FindIndex(rows[0], c => c == $"id:ID({space})");
                var set = new HashSet<string>(StringComparer.Ordinal);
                foreach (var row in rows.Skip(1))
                {
                    row.Length.Should().Be(rows[0].Length);
                    set.Add(row[column]).Should().BeTrue($"ids are unique in the {space} id space");
                }

                ids[space] = set;
            }

            var agents = Csv.Parse(files["agents.csv"], lineFeedOnly: true).Skip(1).ToList();
            agents.Select(r => r[0]).Should().Equal(network.Agents.Select(a => a.Id), "fields with quotes, commas, line breaks and spaces survive quoting");
            agents.Select(r => r[2]).Should().Equal(network.Agents.Select(a => a.Name ?? string.Empty));
            foreach (var file in new[] { "transactions.csv", "ties.csv", "members.csv" })
            {
                var rows = Csv.Parse(files[file], lineFeedOnly: true);
                var start = Regex.Match(rows[0][0], @"\((\w+)\)").Groups[1].Value;
                var end = Regex.Match(rows[0][1], @"\((\w+)\)").Groups[1].Value;
                foreach (var row in rows.Skip(1))
                {
                    row.Length.Should().Be(rows[0].Length);
                    ids[start].Should().Contain(row[0], file);
                    ids[end].Should().Contain(row[1], file);
                    row[2].Should().MatchRegex("^[A-Z_]+$");
                }
            }

            Csv.Parse(files["transactions.csv"], lineFeedOnly: true).Count.Should().Be(network.TransactionCount + 1);
            Csv.Parse(files["ties.csv"], lineFeedOnly: true).Count.Should().Be(network.TieCount + 1);
        }, iter: 100, seed: null);
    }

    [Test]
    public void Write_Script_CreatesConstraintsAndLoadsEveryFileAndTypeInBatches()
    {
        var network = Case();
        var files = Files(network, NetworkGen.Reveal);
        var script = files["import.cypher"];
        script.Should().Contain("CREATE CONSTRAINT netan_agent_id IF NOT EXISTS FOR (a:Agent) REQUIRE a.id IS UNIQUE;")
            .And.Contain("CREATE CONSTRAINT netan_group_id IF NOT EXISTS FOR (g:Group) REQUIRE g.id IS UNIQUE;")
            .And.Contain("CREATE INDEX netan_agent_kind");
        foreach (var type in new[] { "PAYMENT", "EXPLOITATION", "DEBT_COLLECTION", "OWNERSHIP", "FAMILY" })
        {
            script.Should().Contain($"WHERE row.`:TYPE` = '{type}'").And.Contain($"CREATE (s)-[r:{type}]->(t)");
        }

        script.Should().NotContain("'BRIBE'", "only the types present get a pass");
        Regex.Matches(script, "IN TRANSACTIONS OF 10000 ROWS;").Count.Should().Be(2 + 5 + 1);
        foreach (Match m in Regex.Matches(script, @"row\.`([^`]+)`"))
        {
            files.Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal)).Select(f => Csv.Parse(f.Value, lineFeedOnly: true)[0]).Should()
                .Contain(h => h.Contains(m.Groups[1].Value), $"the script reads column {m.Groups[1].Value}");
        }

        script.Should().Contain("SET a:Person;").And.Contain("SET a:Business;").And.Contain("SET a:Victim;");
    }

    [Test]
    public void Write_ProtectedAgents_ArePseudonymisedInEveryFile()
    {
        var files = Files(Case(), FormatWriteOptions.Default);
        var all = string.Concat(files.Values);
        all.Should().NotContain("Lina").And.NotContain("\"v1\"").And.NotContain(",v1,");
        all.Should().Contain(IdentityProtection.Default.DisplayId(Case().GetAgent("v1")));
    }

    [Test]
    public void WriteFolder_WritesAllFilesOrNone()
    {
        using var folder = new TempFolder();
        var target = folder.File("neo");
        NetworkFormats.Write(Case(), target, "neo4j").Should().Contain(w => w.Contains("property keys", StringComparison.Ordinal));
        Directory.GetFiles(target).Select(Path.GetFileName).Should().BeEquivalentTo("agents.csv", "groups.csv", "transactions.csv", "ties.csv", "members.csv", "import.cypher");
    }

    [Test]
    public void Apoc_WriteThenRead_GivesTheSameCase()
    {
        var network = Case();
        var back = RoundTrip.Run("apoc", network, NetworkGen.Reveal, out _).Network;
        SameCase.Check(back, network);
        back.Groups.Should().Equal(network.Groups);
        TieGen.Network.Sample(n => SameCase.Check(RoundTrip.Run("apoc", n, NetworkGen.Reveal, out _).Network, n), iter: 200, seed: null);
    }

    [Test]
    public void Apoc_ExportMatchesTheImportFiles()
    {
        // What neo4j-admin loads from the CSV files is what APOC exports from that database: same nodes,
        // labels, relationship types and property values (typed values compared as text).
        var network = Case();
        var files = Files(network, NetworkGen.Reveal);
        var lines = Encoding.UTF8.GetString(RoundTrip.Bytes("apoc", network)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var nodes = lines.Where(l => l.GetProperty("type").GetString() == "node").ToList();
        var agents = Csv.Parse(files["agents.csv"], lineFeedOnly: true);
        for (var i = 1; i < agents.Count; i++)
        {
            var node = nodes[i - 1];
            agents[i][1].Split(';').Should().Equal(node.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
            var props = node.GetProperty("properties");
            for (var c = 0; c < agents[0].Length; c++)
            {
                var key = agents[0][c].Split(':')[0];
                if (key.Length == 0 || agents[i][c].Length == 0)
                {
                    continue;
                }

                var value = props.EnumerateObject().Single(p => p.Name == key || p.Name.Replace(' ', '_').Replace(':', '_').Replace('#', '_') == key).Value;
                var text = value.ValueKind == JsonValueKind.Array ? string.Join(';', value.EnumerateArray().Select(v => v.GetString())) : value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
                text.Should().Be(agents[i][c], $"agent {i} {key}");
            }
        }

        var rels = lines.Where(l => l.GetProperty("type").GetString() == "relationship").Select(l => l.GetProperty("label").GetString()).ToList();
        var csvTypes = new[] { "transactions.csv", "ties.csv", "members.csv" }.SelectMany(f => Csv.Parse(files[f], lineFeedOnly: true).Skip(1).Select(r => r[2])).ToList();
        rels.Should().Equal(csvTypes);
    }

    [TestCase("{\"type\":\"node\",\"id\":\"0\",\"labels\":[\"Agent\"],\"properties\":{\"id\":\"a\"}}\n{\"type\":\"relationship\",\"id\":\"0\",\"label\":\"PAYMENT\",\"start\":{\"id\":\"0\"},\"end\":{\"id\":\"9\"}}", 2, "not in the file")]
    [TestCase("{\"type\":\"node\",\"id\":\"0\",\"labels\":\"Agent\"}", 1, "list of strings")]
    [TestCase("{\"type\":\"edge\"}", 1, "\"node\" or \"relationship\"")]
    [TestCase("{\"type\":\"node\",\"id\":\"0\"}\n{\"type\":\"node\",\"id\":\"0\"}", 2, "duplicate node id")]
    [TestCase("{\"type\":\"node\",\"id\":\"0\",\"properties\":{\"amount\":1}}\n{\"type\":\"relationship\",\"id\":\"0\",\"label\":\"PAYMENT\",\"start\":{\"id\":\"0\"},\"end\":{\"id\":\"0\"},\"properties\":{\"amount\":-5}}", 2, "non-negative amount")]
    [TestCase("{\"type\":\"node\",\"id\":\"0\"}\n{\"type\":\"relationship\",\"id\":\"0\",\"label\":\"OWNERSHIP\",\"start\":{\"id\":\"0\"},\"end\":{\"id\":\"0\"},\"properties\":{\"start\":\"2024-02-01\",\"end\":\"2024-01-01\"}}", 2, "ends before it starts")]
    [TestCase("{\"type\":\"node\",\"id\":\"0\"}\n{\"type\":\"relationship\",\"id\":\"0\",\"label\":\"X\",\"start\":{\"id\":\"0\"},\"end\":{\"id\":\"0\"}}\n{\"type\":\"node\",\"id\":\"1\"}", 3, "after the relationships")]
    public void Apoc_BadRecord_IsAnErrorNamingTheLine(string text, int line, string message)
    {
        var ex = FluentActions.Invoking(() => RoundTrip.Read("apoc", text)).Should().Throw<InputFormatException>().Which;
        ex.Problems.Single().Line.Should().Be(line);
        ex.Problems.Single().Message.Should().Contain(message);
    }

    [Test]
    public void Apoc_ForeignGraph_ReadsLabelsAndTypesAsKinds()
    {
        var text = """
            {"type":"node","id":"0","labels":["User"],"properties":{"name":"Adam","age":42,"kids":["Sam","Anna"],"place":{"crs":"wgs-84","latitude":1.5}}}
            {"type":"node","id":"1","labels":["Business"],"properties":{"name":"Acme"}}
            {"type":"relationship","id":"0","label":"KNOWS","properties":{"since":1993},"start":{"id":"0","labels":["User"]},"end":{"id":"1","labels":["Business"]}}
            {"type":"relationship","id":"1","label":"BRIBE","start":{"id":"0"},"end":{"id":"1"}}
            """;
        var network = RoundTrip.Read("apoc", text).Network;
        network.GetAgent("0").Should().Match<Agent>(a => a.Kind == AgentKind.Person && a.Name == "Adam" && a.Attributes["original_kind"] == "User" && a.Attributes["age"] == "42" && a.Attributes["kids"] == "Sam;Anna");
        network.GetAgent("1").Kind.Should().Be(AgentKind.Business);
        network.Transactions[0].Should().Match<Transaction>(t => t.Kind == TransactionKind.Communication && t.Attributes["original_kind"] == "knows" && t.Attributes["since"] == "1993");
        network.Transactions[1].Kind.Should().Be(TransactionKind.Bribe);
    }

    [Test]
    public void ApocGraphML_WithUseTypes_IsReadByTheGraphMLReaderKeepingLabelsAndTypes()
    {
        // The shape apoc.export.graphml.all(file, {useTypes: true}) writes (APOC documentation, "Export to GraphML").
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
            <key id="name" for="node" attr.name="name" attr.type="string"/>
            <key id="kind" for="node" attr.name="kind" attr.type="string"/>
            <key id="labels" for="node" attr.name="labels" attr.type="string"/>
            <key id="label" for="edge" attr.name="label" attr.type="string"/>
            <key id="amount" for="edge" attr.name="amount" attr.type="double"/>
            <key id="since" for="edge" attr.name="since" attr.type="long"/>
            <graph id="G" edgedefault="directed">
            <node id="n0" labels=":Agent:Person"><data key="labels">:Agent:Person</data><data key="name">Kaya</data><data key="kind">person</data></node>
            <node id="n1" labels=":Agent:Business"><data key="labels">:Agent:Business</data><data key="name">Blue Sea</data><data key="kind">business</data></node>
            <edge id="e0" source="n0" target="n1" label="PAYMENT"><data key="label">PAYMENT</data><data key="amount">1200.5</data><data key="since">1993</data></edge>
            </graph>
            </graphml>
            """;
        var network = RoundTrip.Read("graphml", text).Network;
        network.Agents.Select(a => (a.Id, a.Name, a.Kind)).Should().Equal(("n0", "Kaya", AgentKind.Person), ("n1", "Blue Sea", AgentKind.Business));
        network.GetAgent("n0").Attributes["labels"].Should().Be(":Agent:Person");
        var t = network.Transactions.Single();
        (t.Amount, t.Attributes["label"], t.Attributes["since"]).Should().Be((1200.5m, "PAYMENT", "1993"));
    }
}
