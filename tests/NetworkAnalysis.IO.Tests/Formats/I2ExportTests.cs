using System.IO.Compression;
using CsCheck;
using System.Text;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;
using NetworkAnalysis.IO.Formats.I2;

namespace NetworkAnalysis.IO.Tests.Formats;

public class I2ExportTests
{
    private static readonly string[] Hostile = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"];

    private static TransactionNetwork Network()
    {
        var builder = new TransactionNetworkBuilder();
        for (var i = 0; i < Hostile.Length; i++)
        {
            builder.AddAgent(new Agent("a" + i, AgentKind.Business) { Name = Hostile[i], Country = "IT", Attributes = new Dictionary<string, string> { ["=note"] = Hostile[i] } });
        }

        builder.AddAgent(new Agent("q,\"x\"", AgentKind.Official) { Name = "line\nbreak" });
        builder.AddTransaction(new Transaction("a0", "a1", TransactionKind.DebtCollection)
        {
            Time = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)),
            Amount = 1500.50m,
            Currency = "EUR",
            Route = ["TR", "GR"],
            Persons = 3,
            Weight = 2.5,
        });
        builder.AddTransaction(new Transaction("a0", "a1", TransactionKind.Payment));
        builder.AddTransaction(new Transaction("a1", "q,\"x\"", TransactionKind.Bribe) { Id = "L2" });
        return builder.Build();
    }

    private static (List<string[]> Entities, List<string[]> Links) ReadZip(byte[] zipBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.FullName).Should().Equal(I2ExportWriter.EntitiesFile, I2ExportWriter.LinksFile, I2ImportSpecWriter.EntitiesSpecFile, I2ImportSpecWriter.LinksSpecFile);
        var bytes = zip.Entries.Take(2).Select(e =>
        {
            using var copy = new MemoryStream();
            e.Open().CopyTo(copy);
            return copy.ToArray();
        }).ToArray();
        bytes.Select(b => b.Take(3).ToArray()).Should().AllBeEquivalentTo(new byte[] { 0xEF, 0xBB, 0xBF }, "Excel and Analyst's Notebook need the BOM to read UTF-8");
        var raw = bytes.Select(b => Encoding.UTF8.GetString(b)).ToArray();
        return (Csv.Parse(raw[0]), Csv.Parse(raw[1]));
    }

    [Test]
    public void Write_HostileCells_AreNeutralisedWithAQuote()
    {
        var (entities, _) = ReadZip(RoundTrip.Bytes("i2", Network()));
        entities[0].Should().Equal("Entity ID", "Label", "Entity Type", "Sphere", "Country", "Groups", "Functions", "Sensitivity", "'=note");
        for (var i = 0; i < Hostile.Length; i++)
        {
            entities[i + 1][1].Should().Be("'" + Hostile[i]);
            entities[i + 1][8].Should().Be("'" + Hostile[i]);
        }
    }

    [Test]
    public void Write_Rows_HoldEveryFieldWithQuotingThatRoundTrips()
    {
        var (entities, links) = ReadZip(RoundTrip.Bytes("i2", Network()));
        entities.Should().HaveCount(1 + 7);
        entities[7][0].Should().Be("q,\"x\"");
        entities[7][1].Should().Be("line\nbreak");
        entities[7][2].Should().Be("Official");
        entities[1][2].Should().Be("Business");
        entities[1][4].Should().Be("IT");

        links.Should().HaveCount(1 + 3);
        links[0].Should().StartWith(["Link ID", "From Entity ID", "To Entity ID", "Link Type", "Direction", "Date", "Time", "Date Time", "Amount"]);
        links[1].Should().Equal("L1", "a0", "a1", "Debt collection", "directed", "2024-05-06", "05:08:09", "2024-05-06T07:08:09+02:00", "1500.50", "EUR", "", "TR>GR", "3", "2.5");
        links[2][0].Should().NotBe("L2", "a generated link id never collides with a real one");
        links.Skip(1).Select(l => l[0]).Should().OnlyHaveUniqueItems("Analyst's Notebook would merge links with the same identity");
        links[3][0].Should().Be("L2");
    }

    [Test]
    public void Write_GeneratedNetworks_EveryCellReadsBackAsWritten()
    {
        NetworkGen.Network.Sample(network =>
        {
            var (entities, links) = ReadZip(RoundTrip.Bytes("i2", network));
            entities.Should().HaveCount(network.AgentCount + 1);
            links.Should().HaveCount(network.TransactionCount + 1);
            var header = entities[0];
            header.Select(h => h.ToUpperInvariant()).Should().OnlyHaveUniqueItems();
            links[0].Select(h => h.ToUpperInvariant()).Should().OnlyHaveUniqueItems();
            for (var i = 0; i < network.AgentCount; i++)
            {
                var agent = network.Agents[i];
                var row = entities[i + 1];
                row.Should().HaveCount(header.Length);
                row[0].Should().Be(CsvCells.Neutralise(agent.Id));
                row[1].Should().Be(CsvCells.Neutralise(agent.Name ?? agent.Id));
                row[2].Should().Be(I2ExportWriter.TypeName(DomainWords.Format(agent.Kind)));
                foreach (var (name, value) in agent.Attributes)
                {
                    var column = Array.FindIndex(header, 8, h => h == CsvCells.Neutralise(name) || h == CsvCells.Neutralise(name + " (attribute)"));
                    row[column].Should().Be(CsvCells.Neutralise(value));
                }
            }

            for (var e = 0; e < network.TransactionCount; e++)
            {
                var t = network.Transactions[e];
                var row = links[e + 1];
                row[1].Should().Be(CsvCells.Neutralise(network.Agents[network.TransactionSources[e]].Id));
                row[2].Should().Be(CsvCells.Neutralise(network.Agents[network.TransactionTargets[e]].Id));
                row[13].Should().Be(t.Weight.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                if (t.Time is { } time)
                {
                    DateTimeOffset.Parse(row[7], System.Globalization.CultureInfo.InvariantCulture).Should().Be(time);
                }
            }

            links.Skip(1).Select(l => l[0]).Should().OnlyHaveUniqueItems();
        }, iter: 200, print: RoundTrip.Describe);
    }

    [Test]
    public void NeutraliseCell_SafeText_IsUnchanged()
    {
        CsvCells.Neutralise("Alice").Should().Be("Alice");
        CsvCells.Neutralise("1500").Should().Be("1500");
        CsvCells.Neutralise("").Should().Be("");
        CsvCells.Neutralise(" =x").Should().Be(" =x");
        CsvCells.Format("a,b").Should().Be("\"a,b\"");
        CsvCells.Format("=a,b").Should().Be("\"'=a,b\"");
    }

    [Test]
    public void WriteToPath_FolderOrZip_WritesBothFiles()
    {
        var root = Path.Combine(Path.GetTempPath(), "netan-i2-" + Guid.NewGuid().ToString("N"));
        try
        {
            var folder = Path.Combine(root, "export");
            Directory.CreateDirectory(root);
            NetworkFormats.Write(Network(), folder, "i2");
            Directory.GetFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo(
                [I2ExportWriter.EntitiesFile, I2ExportWriter.LinksFile, I2ImportSpecWriter.EntitiesSpecFile, I2ImportSpecWriter.LinksSpecFile]);
            Csv.Parse(File.ReadAllText(Path.Combine(folder, I2ExportWriter.LinksFile), Encoding.UTF8)).Should().HaveCount(4);

            var zipPath = Path.Combine(root, "export.zip");
            NetworkFormats.Write(Network(), zipPath, "i2");
            ReadZip(File.ReadAllBytes(zipPath)).Links.Should().HaveCount(4);
            Directory.GetFiles(root).Should().HaveCount(1, "no temporary file is left behind");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void Read_I2_IsNotSupported()
    {
        var i2 = NetworkFormats.ByName("i2");
        i2.CanRead.Should().BeFalse();
        var read = () => i2.Read(new MemoryStream(), "x", FormatReadOptions.Default, CancellationToken.None);
        read.Should().Throw<NotSupportedException>();
    }
}
