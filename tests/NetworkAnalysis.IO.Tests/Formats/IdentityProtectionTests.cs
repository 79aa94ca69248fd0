using System.IO.Compression;
using System.Text;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.IO.Tests.Formats;

/// <summary>Every writer pseudonymises victims, witnesses and minors unless told to reveal them.</summary>
public class IdentityProtectionTests
{
    public static readonly string[] Writable = ["graphml", "gexf", "graphology", "cytoscape", "pajek", "i2"];

    private static readonly string[] Secrets = ["maria-7", "Maria Realname", "+44 7700 900123", "w-secret", "Wanda Witness", "kid-1", "Kim Minor"];

    private static TransactionNetwork Network() => new TransactionNetworkBuilder()
        .AddAgent(new Agent("boss", AgentKind.Person) { Name = "The Boss" })
        .AddAgent(new Agent("maria-7", AgentKind.Victim) { Name = "Maria Realname", Sensitivity = Sensitivity.Victim, Attributes = new Dictionary<string, string> { ["phone"] = "+44 7700 900123" } })
        .AddAgent(new Agent("w-secret", AgentKind.Person) { Name = "Wanda Witness", Sensitivity = Sensitivity.Witness })
        .AddAgent(new Agent("kid-1", AgentKind.Migrant) { Name = "Kim Minor", Sensitivity = Sensitivity.Minor })
        .AddTransaction(new Transaction("boss", "maria-7", TransactionKind.Exploitation))
        .AddTransaction(new Transaction("w-secret", "boss", TransactionKind.Communication))
        .AddTransaction(new Transaction("boss", "kid-1", TransactionKind.Transport))
        .Build();

    private static string Text(string format, FormatWriteOptions options, out List<string> warnings)
    {
        using var stream = new MemoryStream();
        warnings = [];
        NetworkFormats.ByName(format).Write(Network(), stream, options, warnings);
        if (format != "i2")
        {
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        return string.Concat(zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    [TestCaseSource(nameof(Writable))]
    public void Write_DefaultOptions_NoIdNameOrAttributeOfAProtectedAgentAppears(string format)
    {
        var text = Text(format, FormatWriteOptions.Default, out var warnings);
        foreach (var secret in Secrets)
        {
            text.Should().NotContain(secret);
        }

        // Witness and minor share the "protected" word and prefix: the output does not tell them apart.
        text.Should().NotContain("witness").And.NotContain("minor");
        var pseudonym = IdentityProtection.Default.Pseudonym(Network().GetAgent("maria-7"));
        text.Should().Contain(pseudonym);
        warnings.Should().Contain(w => w.Contains("3 protected agents", StringComparison.Ordinal));
    }

    [TestCaseSource(nameof(Writable))]
    public void Write_Reveal_WritesRealIds(string format)
    {
        var text = Text(format, new FormatWriteOptions { Protection = new IdentityProtection(reveal: true) }, out _);
        text.Should().Contain("maria-7").And.Contain("w-secret");
    }

    [TestCase("graphml")]
    [TestCase("gexf")]
    [TestCase("graphology")]
    [TestCase("cytoscape")]
    public void WriteThenRead_DefaultOptions_ProtectedAgentsStayProtected(string format)
    {
        var result = RoundTrip.Read(format, RoundTrip.Bytes(format, Network(), FormatWriteOptions.Default));
        var agents = result.Network.Agents;
        agents.Select(a => a.Sensitivity).Should().Equal(Sensitivity.None, Sensitivity.Victim, Sensitivity.Witness, Sensitivity.Witness);
        agents[1].Id.Should().StartWith("victim-");
        agents[1].Name.Should().Be(agents[1].Id);
        agents[1].Attributes.Should().BeEmpty();
        agents[2].Id.Should().StartWith("protected-");
        agents[3].Id.Should().StartWith("protected-");
        result.Network.Transactions[0].Target.Should().Be(agents[1].Id);
    }

    [Test]
    public void Write_KeyedProtection_UsesTheKeysPseudonyms()
    {
        var protection = new IdentityProtection("case-42 secret key");
        var text = Encoding.UTF8.GetString(RoundTrip.Bytes("graphml", Network(), new FormatWriteOptions { Protection = protection }));
        text.Should().Contain(protection.Pseudonym(Network().GetAgent("maria-7")));
        text.Should().NotContain(IdentityProtection.Default.Pseudonym(Network().GetAgent("maria-7")));
    }
}
