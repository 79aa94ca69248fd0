using System.Text;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.IO.Tests.Formats;

public class NetworkFormatsTests
{
    private string _dir = string.Empty;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "netan-formats-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void All_HaveUniqueNamesAndExtensions()
    {
        NetworkFormats.All.Select(f => f.Name).Should().OnlyHaveUniqueItems().And.Contain(["graphml", "gexf", "graphology", "cytoscape", "pajek", "dl", "i2"]);
        NetworkFormats.All.SelectMany(f => f.Extensions).Should().OnlyHaveUniqueItems();
    }

    [TestCase("GraphML", "graphml")]
    [TestCase(" gexf ", "gexf")]
    public void ByName_IgnoresCaseAndSpace(string name, string expected) => NetworkFormats.ByName(name).Name.Should().Be(expected);

    [Test]
    public void ByName_Unknown_ListsTheKnownFormats()
    {
        var find = () => NetworkFormats.ByName("xlsx");
        find.Should().Throw<ArgumentException>().WithMessage("*graphml*pajek*");
    }

    [TestCase("case.GraphML", "graphml")]
    [TestCase("/x/y.gexf", "gexf")]
    [TestCase("a.json", "graphology")]
    [TestCase("a.cyjs", "cytoscape")]
    [TestCase("a.net", "pajek")]
    [TestCase("a.DL", "dl")]
    public void ForPath_ChoosesByExtension(string path, string expected) => NetworkFormats.ForPath(path).Name.Should().Be(expected);

    [Test]
    public void ForPath_UnknownExtension_AsksForTheFormat()
    {
        var find = () => NetworkFormats.ForPath("data.xyz");
        find.Should().Throw<ArgumentException>().WithMessage("*name the format*");
    }

    [Test]
    public void Read_MissingFile_IsAnInputFormatExceptionNamingIt()
    {
        var path = Path.Combine(_dir, "missing.graphml");
        var read = () => NetworkFormats.Read(path);
        read.Should().Throw<InputFormatException>().Which.Problems.Single().File.Should().Be(path);
    }

    [Test]
    public void WriteThenRead_ThroughFiles_RoundTrips()
    {
        var network = new TransactionNetworkBuilder()
            .AddAgent(new Agent("a", AgentKind.Person)).AddAgent(new Agent("b", AgentKind.Business))
            .AddTransaction(new Transaction("a", "b", TransactionKind.Fee) { Weight = 3 })
            .Build();
        foreach (var format in NetworkFormats.All.Where(f => f.CanRead && f.CanWrite))
        {
            var path = Path.Combine(_dir, "net" + format.Extensions[0]);
            NetworkFormats.Write(network, path);
            NetworkFormats.Read(path).Network.Transactions.Single().Weight.Should().Be(3, format.Name);
        }

        Directory.GetFiles(_dir).Should().OnlyContain(f => !Path.GetFileName(f).StartsWith('.'), "no temporary file is left");
    }

    [Test]
    public void Write_Failing_LeavesTheOldFileAndNoTemporaryFile()
    {
        // A non-sensitive agent whose id equals the pseudonym of a victim: the two would collide.
        var victim = new Agent("real-victim-id", AgentKind.Victim) { Sensitivity = Sensitivity.Victim };
        var pseudonym = IdentityProtection.Default.Pseudonym(victim);
        var network = new TransactionNetworkBuilder().AddAgent(victim).AddAgent(new Agent(pseudonym, AgentKind.Person)).Build();
        var path = Path.Combine(_dir, "case.graphml");
        File.WriteAllText(path, "old content");

        var write = () => NetworkFormats.Write(network, path);
        write.Should().Throw<ArgumentException>().Which.Message.Should().NotContain("real-victim-id");
        File.ReadAllText(path).Should().Be("old content");
        Directory.GetFiles(_dir).Should().ContainSingle();
    }

    [Test]
    public void Write_I2FolderFailing_CreatesNothing()
    {
        var victim = new Agent("v", AgentKind.Victim) { Sensitivity = Sensitivity.Victim };
        var network = new TransactionNetworkBuilder().AddAgent(victim).AddAgent(new Agent(IdentityProtection.Default.Pseudonym(victim), AgentKind.Person)).Build();
        var folder = Path.Combine(_dir, "anb");
        var write = () => NetworkFormats.Write(network, folder, "i2");
        write.Should().Throw<ArgumentException>();
        Directory.Exists(folder).Should().BeFalse();
    }

    [TestCase("graphml")]
    [TestCase("gexf")]
    public void Write_CharactersXmlCannotCarry_AreReplacedWithAWarning(string format)
    {
        var network = new TransactionNetworkBuilder()
            .AddAgent(new Agent("a\u0001b", AgentKind.Person) { Name = "bell\u0007 \ud800 \uFFFE", Attributes = new Dictionary<string, string> { ["x"] = "nul\0" } })
            .Build();
        var bytes = RoundTrip.Bytes(format, network);
        var warnings = new List<string>();
        NetworkFormats.ByName(format).Write(network, new MemoryStream(), NetworkGen.Reveal, warnings);
        warnings.Should().ContainSingle().Which.Should().Be($"5 characters that {(format == "graphml" ? "GraphML" : "GEXF")} cannot carry were replaced");
        var agent = RoundTrip.Read(format, bytes).Network.Agents.Single();
        agent.Id.Should().Be("a\uFFFDb");
        agent.Name.Should().Be("bell\uFFFD \uFFFD \uFFFD");
        agent.Attributes["x"].Should().Be("nul\uFFFD");
    }

    [Test]
    public void Write_WhitespaceAndLineBreaksInXml_Survive()
    {
        var network = new TransactionNetworkBuilder()
            .AddAgent(new Agent("a", AgentKind.Person) { Name = " \r\n\t ", Attributes = new Dictionary<string, string> { ["x"] = "a\r\nb" } })
            .Build();
        foreach (var format in new[] { "graphml", "gexf" })
        {
            var agent = RoundTrip.Read(format, RoundTrip.Bytes(format, network)).Network.Agents.Single();
            agent.Name.Should().Be(" \r\n\t ", format);
            agent.Attributes["x"].Should().Be("a\r\nb", format);
        }
    }

    [Test]
    public void Options_NonPositiveCap_IsRejected()
    {
        var read = () => RoundTrip.Read("graphml", "<graphml/>", FormatReadOptions.Default with { MaxNodes = 0 });
        read.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Write_Json_IsValidUtf8WithReadableNonAscii()
    {
        var network = new TransactionNetworkBuilder().AddAgent(new Agent("محمد", AgentKind.Person) { Name = "<script>" }).Build();
        var text = Encoding.UTF8.GetString(RoundTrip.Bytes("graphology", network));
        text.Should().Contain("محمد").And.NotContain("<script>");
    }
}
