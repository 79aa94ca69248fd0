using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;
using NetworkAnalysis.IO.Formats.I2;

namespace NetworkAnalysis.IO.Tests.Formats;

/// <summary>
/// The .ximp import specifications written beside the i2 CSV pair: well-formed UTF-16 XML in the
/// vocabulary of i2's import specifications, every column they name a heading of their CSV file, every
/// heading of the file used, link ends naming the specification's entities.
/// </summary>
public class I2ImportSpecTests
{
    private static TransactionNetwork Network()
    {
        var builder = new TransactionNetworkBuilder();
        builder.AddAgent(new Agent("a", AgentKind.Person) { Name = "Ana", Attributes = new Dictionary<string, string> { ["=note"] = "x", ["alias [old]"] = "y", ["phone"] = "1" } });
        builder.AddAgent(new Agent("b", AgentKind.Business) { Country = "IT" });
        builder.AddTransaction(new Transaction("a", "b", TransactionKind.Payment)
        {
            Time = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero),
            Amount = 10m,
            Currency = "EUR",
            Attributes = new Dictionary<string, string> { ["Direction"] = "clash", ["channel"] = "cash" },
        });
        return builder.Build();
    }

    [TestCase(I2ImportSpecWriter.EntitiesSpecFile, I2ExportWriter.EntitiesFile)]
    [TestCase(I2ImportSpecWriter.LinksSpecFile, I2ExportWriter.LinksFile)]
    public void Write_Specification_NamesOnlyAndEveryUsableColumnOfItsCsv(string specName, string csvName)
    {
        var files = Files(out _);
        var headings = Csv.Parse(Encoding.UTF8.GetString(files[csvName]).TrimStart('\uFEFF'))[0];
        var spec = Parse(files[specName]);

        spec.Root!.Name.LocalName.Should().Be("ImportSpecification");
        spec.Descendants("Data").Single().Attribute("FileName")!.Value.Should().Be(csvName);
        var declared = spec.Descendants("UserColumn").Select(c => c.Attribute("ColumnId")!.Value).ToList();
        declared.Should().OnlyHaveUniqueItems().And.BeSubsetOf(headings);
        declared.Should().BeEquivalentTo(headings.Where(h => !h.Contains(']', StringComparison.Ordinal)), "every column is imported except one that cannot be referred to");

        var referenced = spec.Descendants("ColumnExpression").Select(e => e.Value).ToList();
        referenced.Should().NotBeEmpty().And.OnlyContain(r => r.StartsWith('[') && r.EndsWith(']'));
        referenced.Select(r => r[1..^1]).Should().BeSubsetOf(declared);
        spec.Descendants("DateTimeFormat").Select(d => d.Attribute("ColumnId")!.Value).Should().BeSubsetOf(declared);
        spec.Descendants("Entity").Should().OnlyContain(e => e.Element("Identity") != null && e.Element("Label") != null);
    }

    [Test]
    public void Write_Specifications_TypesLabelsAndLinkEnds()
    {
        var files = Files(out var warnings);
        var entities = Parse(files[I2ImportSpecWriter.EntitiesSpecFile]);
        var entity = entities.Descendants("Entity").Single();
        entity.Element("ItemType")!.Attribute("FromColumn")!.Value.Should().Be("Entity Type");
        entity.Element("Label")!.Element("ColumnExpression")!.Value.Should().Be("[Label]");
        entity.Descendants("Attribute").Select(a => a.Attribute("Name")!.Value).Should().Contain(["Sphere", "'=note", "phone"]).And.NotContain("alias [old]");

        var links = Parse(files[I2ImportSpecWriter.LinksSpecFile]);
        var ids = links.Descendants("Entity").Select(e => e.Attribute("EntityId")!.Value).ToList();
        var link = links.Descendants("Link").Single();
        ids.Should().Contain([link.Attribute("End1")!.Value, link.Attribute("End2")!.Value]);
        link.Element("ItemType")!.Attribute("FromColumn")!.Value.Should().Be("Link Type");
        link.Descendants("Attribute").Select(a => a.Attribute("Name")!.Value).Should().Contain(["Amount", "Direction (attribute)", "channel"]);
        links.Descendants("DateTimeFormat").Select(d => (d.Attribute("ColumnId")!.Value, d.Attribute("Format")!.Value))
            .Should().Equal(("Date", "yyyy-MM-dd"), ("Time", "HH:mm:ss"));
        warnings.Should().ContainSingle(w => w.Contains("entities") && w.Contains("']'"));
    }

    [Test]
    public void Write_Specification_IsUtf16WithAByteOrderMark()
    {
        var bytes = Files(out _)[I2ImportSpecWriter.LinksSpecFile];
        bytes.Take(2).Should().Equal((byte)0xFF, (byte)0xFE);
        Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2).Should().StartWith("<?xml version=\"1.0\" encoding=\"utf-16\"?>");
    }

    private static Dictionary<string, byte[]> Files(out List<string> warnings)
    {
        using var stream = new MemoryStream();
        warnings = [];
        NetworkFormats.ByName("i2").Write(Network(), stream, NetworkGen.Reveal, warnings);
        using var zip = new ZipArchive(new MemoryStream(stream.ToArray()), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var copy = new MemoryStream();
            e.Open().CopyTo(copy);
            return copy.ToArray();
        });
    }

    // Well-formed, no DTD: parsed the way a careful consumer would.
    private static XDocument Parse(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }
}
