using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.IO.Tests.Formats;

public class FtmTests
{
    private static string Reference => Path.Combine(AppContext.BaseDirectory, "Formats", "Ftm", "reference.ftm.json");

    private static FormatReadResult ReadText(string text, FormatReadOptions? options = null) => RoundTrip.Read("ftm", text, options);

    private static string Line(string id, string schema, string properties) => $"{{\"id\": \"{id}\", \"schema\": \"{schema}\", \"properties\": {{{properties}}}}}\n";

    [Test]
    public void ForPath_FtmExtensions_ChooseFtmOverGraphologyJson()
    {
        NetworkFormats.ForPath("case.ftm.json").Name.Should().Be("ftm");
        NetworkFormats.ForPath("case.IJSON").Name.Should().Be("ftm");
        NetworkFormats.ForPath("case.json").Name.Should().Be("graphology");
    }

    [Test]
    public void Read_ReferenceFile_MapsEverySchemaAsDocumented()
    {
        var result = NetworkFormats.Read(Reference);
        var network = result.Network;
        Agent A(string id) => network.GetAgent(id);

        A("p-kaya").Should().Match<Agent>(a => a.Kind == AgentKind.Person && a.Sphere == Sphere.Underworld && a.Name == "Emre Kaya" && a.Country == "TR");
        A("p-kaya").Attributes.Should().Contain(new Dictionary<string, string>
        {
            ["ftm:name#2"] = "Emre K.", ["ftm:alias"] = "The Captain", ["ftm:nationality"] = "tr", ["ftm:nationality#2"] = "cy", ["ftm:birthDate"] = "1971",
        });
        A("p-kaya").Attributes.Should().NotContainKey("ftm:schema", "Person is what the writer uses for a person");
        A("pb-coast").Should().Match<Agent>(a => a.Kind == AgentKind.Official && a.Sphere == Sphere.Upperworld);
        A("pb-coast").Attributes["ftm:schema"].Should().Be("PublicBody");
        A("c-bluesea").Should().Match<Agent>(a => a.Kind == AgentKind.Business && a.Sphere == Sphere.Upperworld && a.Country == null);
        A("c-bluesea").Attributes.Should().Contain("ftm:jurisdiction", "gr").And.NotContainKey("ftm:schema");
        A("o-ring").Should().Match<Agent>(a => a.Kind == AgentKind.Group && a.Sphere == Sphere.Underworld);
        A("le-shell").Should().Match<Agent>(a => a.Kind == AgentKind.Person && a.Attributes["ftm:schema"] == "LegalEntity");
        foreach (var asset in new[] { "ba-1", "vs-1", "vh-1", "ap-1", "re-1", "sec-1", "ast-1", "ctr-1", "lic-1", "cw-1", "ua-1" })
        {
            A(asset).Should().Match<Agent>(a => a.Kind == AgentKind.Business && a.Sphere == Sphere.None, asset);
        }

        A("vs-1").Attributes["ftm:schema"].Should().Be("Vessel");
        A("ba-1").Attributes["ftm:iban"].Should().Be("CY17002001280000001200527600");
        network.AgentCount.Should().Be(17, "documents, addresses, sanctions and positions are not agents");

        var pay1 = network.Transactions.Single(t => t.Id == "pay-1");
        pay1.Should().Match<Transaction>(t => t.Source == "p-kaya" && t.Target == "p-nikos" && t.Kind == TransactionKind.Payment
            && t.Amount == 1200.50m && t.Currency == "EUR" && t.Time == new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero));
        pay1.Attributes.Should().Equal(new Dictionary<string, string> { ["ftm:purpose"] = "driver fee" });
        var pay2 = network.Transactions.Single(t => t.Id == "pay-2");
        pay2.Time.Should().BeNull("a month is not a date");
        pay2.Attributes.Should().Contain("ftm:date", "2024-03").And.Contain("ftm:payerAccount", "ba-1");
        network.Transactions.Single(t => t.Id == "call-1").Kind.Should().Be(TransactionKind.Communication);
        network.Transactions.Where(t => t.Id!.StartsWith("msg-1", StringComparison.Ordinal)).Select(t => (t.Id, t.Target))
            .Should().Equal(("msg-1#1", "p-nikos"), ("msg-1#2", "le-shell"));
        network.TransactionCount.Should().Be(5);

        Tie T(string id) => network.Ties.Single(t => t.Id == id);
        T("own-1").Should().Match<Tie>(t => t.Kind == TieKind.Ownership && t.Source == "p-kaya" && t.Target == "c-bluesea" && t.Start == new DateTimeOffset(2019, 5, 1, 0, 0, 0, TimeSpan.Zero));
        T("own-1").Attributes.Should().Equal(new Dictionary<string, string> { ["ftm:percentage"] = "60" });
        T("dir-1").Should().Match<Tie>(t => t.Kind == TieKind.Directorship && t.Source == "p-nikos" && t.End == new DateTimeOffset(2023, 12, 31, 0, 0, 0, TimeSpan.Zero));
        T("mem-1").Should().Match<Tie>(t => t.Kind == TieKind.Membership && t.Target == "o-ring");
        T("emp-1").Should().Match<Tie>(t => t.Kind == TieKind.Employment && t.Source == "p-nikos" && t.Target == "c-bluesea");
        T("fam-1").Should().Match<Tie>(t => t.Kind == TieKind.Family && t.Attributes["ftm:relationship"] == "cousin");
        T("asc-1").Kind.Should().Be(TieKind.Association);
        T("rep-1").Should().Match<Tie>(t => t.Kind == TieKind.Representation && t.Source == "le-shell" && t.Target == "c-bluesea");
        T("unk-1").Should().Match<Tie>(t => t.Kind == TieKind.Other && !t.Attributes.ContainsKey("ftm:schema"));
        T("suc-1").Should().Match<Tie>(t => t.Kind == TieKind.Other && t.Attributes["ftm:schema"] == "Succession" && t.Source == "le-shell");
        T("debt-1").Should().Match<Tie>(t => t.Kind == TieKind.Other && t.Source == "p-nikos" && t.Attributes["ftm:amount"] == "5000");
        T("ca-1").Should().Match<Tie>(t => t.Source == "ctr-1" && t.Target == "c-bluesea");
        network.TieCount.Should().Be(11, "Occupancy, Documentation, CourtCaseParty and ProjectParticipant link to entities that are not agents");

        result.Warnings.Should().Contain(w => w.Contains("Document entities skipped", StringComparison.Ordinal))
            .And.Contain(w => w.Contains("Occupancy links to skipped Position entities skipped", StringComparison.Ordinal))
            .And.Contain(w => w.Contains("Documentation links to skipped Document entities skipped", StringComparison.Ordinal));
    }

    [Test]
    public void ReadWriteRead_ReferenceFile_GivesTheSameCase()
    {
        var first = NetworkFormats.Read(Reference).Network;
        var again = RoundTrip.Run("ftm", first, NetworkGen.Reveal, out var warnings);
        SameCase.Check(again.Network, first);
        warnings.Should().BeEmpty();
    }

    [Test]
    public void WriteThenRead_GeneratedNetworksWithTies_GiveTheSameCase()
    {
        TieGen.Network.Sample(network =>
        {
            var back = RoundTrip.Run("ftm", network, NetworkGen.Reveal, out _);
            SameCase.Check(back.Network, network);
        }, iter: 200, seed: null);
    }

    [Test]
    public void Write_EveryPropertyExistsInItsSchemaAndIdsAreUnique()
    {
        var network = NetworkFormats.Read(Reference).Network;
        var bytes = RoundTrip.Bytes("ftm", network);
        using var model = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Formats", "Ftm", "defaultModel.json")));
        var schemata = model.RootElement.GetProperty("schemata");
        HashSet<string> Properties(string schema)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            var s = schemata.GetProperty(schema);
            if (s.TryGetProperty("properties", out var own))
            {
                set.UnionWith(own.EnumerateObject().Select(p => p.Name));
            }

            if (s.TryGetProperty("extends", out var parents))
            {
                foreach (var parent in parents.EnumerateArray())
                {
                    set.UnionWith(Properties(parent.GetString()!));
                }
            }

            return set;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var entity = JsonDocument.Parse(line);
            var schema = entity.RootElement.GetProperty("schema").GetString()!;
            schemata.GetProperty(schema).TryGetProperty("abstract", out var isAbstract).Should().Be(isAbstract.ValueKind == JsonValueKind.True);
            ids.Add(entity.RootElement.GetProperty("id").GetString()!).Should().BeTrue("FtM ids are unique across the file");
            var allowed = Properties(schema);
            foreach (var property in entity.RootElement.GetProperty("properties").EnumerateObject())
            {
                allowed.Should().Contain(property.Name, $"{schema} has no property '{property.Name}'");
                property.Value.EnumerateArray().Should().OnlyContain(v => v.ValueKind == JsonValueKind.String);
            }
        }
    }

    [Test]
    public void Write_ProtectedAgents_AppearOnlyUnderPseudonyms()
    {
        var network = new TransactionNetworkBuilder()
            .AddAgent(new Agent("Lina Okafor", AgentKind.Victim) { Name = "Lina Okafor", Sensitivity = Sensitivity.Victim, Attributes = new Dictionary<string, string> { ["ftm:birthDate"] = "2007-02-03" } })
            .AddAgent(new Agent("Witness W", AgentKind.Person) { Name = "W. Name", Sensitivity = Sensitivity.Witness })
            .AddAgent(new Agent("boss", AgentKind.Person))
            .AddTransaction(new Transaction("boss", "Lina Okafor", TransactionKind.Exploitation))
            .AddTie(new Tie("Witness W", "boss", TieKind.Employment))
            .Build();
        var warnings = new List<string>();
        using var stream = new MemoryStream();
        NetworkFormats.ByName("ftm").Write(network, stream, FormatWriteOptions.Default, warnings);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        text.Should().NotContain("Lina").And.NotContain("Okafor").And.NotContain("Witness W").And.NotContain("W. Name").And.NotContain("2007-02-03");
        text.Should().Contain(IdentityProtection.Default.DisplayId(network.Agents[0])).And.Contain("netan:sensitivity=protected");
        warnings.Should().Contain(w => w.Contains("pseudonyms", StringComparison.Ordinal));
        var back = RoundTrip.Read("ftm", stream.ToArray()).Network;
        back.Ties.Single().Source.Should().Be(IdentityProtection.Default.DisplayId(network.Agents[1]));
    }

    [Test]
    public void Read_UnknownSchema_IsAnErrorNamingTheLineUnlessLenient()
    {
        var text = Line("a", "Person", "\"name\": [\"A\"]") + Line("x", "Spaceship", "") + Line("p", "Payment", "\"payer\": [\"a\"], \"beneficiary\": [\"x\"]");
        var ex = FluentActions.Invoking(() => ReadText(text)).Should().Throw<InputFormatException>().Which;
        ex.Problems.Single().Line.Should().Be(2);
        ex.Problems.Single().Message.Should().Contain("'Spaceship' is not a FollowTheMoney schema").And.Contain("--lenient");

        var lenient = ReadText(text, FormatReadOptions.Default with { Lenient = true });
        lenient.Network.AgentCount.Should().Be(1);
        lenient.Network.TransactionCount.Should().Be(0);
        lenient.Warnings.Should().Contain("1 entities of unknown or abstract schemata skipped (--lenient)");
        lenient.Warnings.Should().Contain(w => w.Contains("Payment links to skipped", StringComparison.Ordinal));
    }

    [TestCase("{\"id\": \"a\", \"schema\": \"Person\"", 1, "not a JSON object")]
    [TestCase("[1, 2]", 1, "one JSON object")]
    [TestCase("{\"schema\": \"Person\"}", 1, "no id")]
    [TestCase("{\"id\": \"a\", \"schema\": \"Thing\"}", 1, "abstract")]
    [TestCase("{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [{\"x\": 1}]}}", 1, "list of strings")]
    [TestCase("{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"x\"], \"name\": [\"y\"]}}", 1, "appears twice")]
    [TestCase("{\"id\": \"a\", \"schema\": \"Person\"}\n\n{\"id\": \"a\", \"schema\": \"Company\"}", 3, "appears again (first on line 1)")]
    [TestCase("{\"id\": \"a\", \"schema\": \"Person\"}\n{\"id\": \"o\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"a\"], \"asset\": [\"zz\"]}}", 2, "'zz' (asset of this Ownership) is not an entity of the file")]
    [TestCase("{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"notes\": [\"netan:sensitivity=victims\"]}}", 1, "is not a sensitivity")]
    public void Read_BadLine_IsAnErrorNamingFileAndLine(string text, int line, string message)
    {
        var ex = FluentActions.Invoking(() => ReadText(text)).Should().Throw<InputFormatException>().Which;
        ex.Problems.Single().File.Should().Be("input");
        ex.Problems.Single().Line.Should().Be(line);
        ex.Problems.Single().Message.Should().Contain(message);
    }

    [Test]
    public void Read_ValuesOurFieldsCannotHold_AreKeptAsAttributesAndWrittenBack()
    {
        var text = Line("a", "Person", "\"name\": [\"A\", \"B\", \"C\"], \"country\": [\"suhh\", \"ru\"]")
            + Line("b", "Company", "\"name\": \"Solo\"")
            + Line("p", "Payment", "\"payer\": [\"a\"], \"beneficiary\": [\"b\"], \"amount\": [\"1,200\"], \"currency\": [\"euro\"], \"date\": [\"2024\"]");
        var network = ReadText(text).Network;
        var a = network.GetAgent("a");
        a.Name.Should().Be("A");
        a.Country.Should().BeNull();
        a.Attributes.Should().Equal(new Dictionary<string, string> { ["ftm:name#2"] = "B", ["ftm:name#3"] = "C", ["ftm:country"] = "suhh", ["ftm:country#2"] = "ru" });
        network.GetAgent("b").Name.Should().Be("Solo");
        var p = network.Transactions.Single();
        (p.Amount, p.Currency, p.Time).Should().Be((null, null, null));
        p.Attributes.Should().Equal(new Dictionary<string, string> { ["ftm:amount"] = "1,200", ["ftm:currency"] = "euro", ["ftm:date"] = "2024" });

        var written = Encoding.UTF8.GetString(RoundTrip.Bytes("ftm", network));
        written.Should().Contain("\"name\":[\"A\",\"B\",\"C\"]").And.Contain("\"country\":[\"suhh\",\"ru\"]").And.Contain("\"amount\":[\"1,200\"]");
    }

    [Test]
    public void Model_EveryRelationshipSchema_IsATieOrATransaction()
    {
        var network = NetworkFormats.Read(Reference).Network;
        using var model = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Formats", "Ftm", "defaultModel.json")));
        var edgeSchemata = model.RootElement.GetProperty("schemata").EnumerateObject().Where(s => s.Value.TryGetProperty("edge", out _)).Select(s => s.Name).ToList();
        edgeSchemata.Should().HaveCount(16);
        var reference = File.ReadAllLines(Reference).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("schema").GetString()).ToHashSet();
        reference.Should().Contain(edgeSchemata, "the reference file covers every relationship schema of the model");
        network.Should().NotBeNull();
    }

    [Test]
    public void Docs_NameEverySchemaOfTheModel()
    {
        var docs = File.ReadAllText(Path.Combine(NetworkAnalysis.Testing.SharedData.RepositoryRoot, "docs", "formats.md"));
        var section = docs[docs.IndexOf("## FollowTheMoney", StringComparison.Ordinal)..docs.IndexOf("## Neo4j", StringComparison.Ordinal)];
        using var model = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Formats", "Ftm", "defaultModel.json")));
        var missing = model.RootElement.GetProperty("schemata").EnumerateObject()
            .Where(s => !(s.Value.TryGetProperty("abstract", out var a) && a.GetBoolean()))
            .Select(s => s.Name)
            .Where(name => !Regex.IsMatch(section, $@"\b{name}\b"))
            .ToList();
        missing.Should().BeEmpty("docs/formats.md says how each schema of the model maps");
    }
}
