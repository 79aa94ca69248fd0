using System.Diagnostics;
using System.Text;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.IO.Tests.Formats;

/// <summary>
/// Seeded mutation testing of every reader: bit flips, truncations, insertions (random bytes and
/// syntax fragments), deletions and duplications of valid files. A reader may accept a mutated file or
/// refuse it with an <see cref="InputFormatException"/>; any other exception is a bug.
/// </summary>
public class MutationTests
{
    // NETAN_MUTATION_CASES runs a deeper search locally; CI keeps the fast default.
    private static readonly int CasesPerFormat =
        int.TryParse(Environment.GetEnvironmentVariable("NETAN_MUTATION_CASES"), out var cases) && cases > 0 ? cases : 2500;

    // NETAN_MUTATION_SEED varies the search; the default is fixed so CI is reproducible.
    private static readonly int Seed =
        int.TryParse(Environment.GetEnvironmentVariable("NETAN_MUTATION_SEED"), out var seed) ? seed : 20_261_128;

    private static readonly string[] Fragments =
    [
        "<", ">", "\"", "'", "&", "&amp;", "&#0;", "&#x110000;", "<!DOCTYPE x>", "<node id=\"z\"/>", "<edge source=\"a\"/>", "<graph>", "</graph>",
        "]]>", "<![CDATA[", "<data key=\"nope\">", "</data>", "<key id=\"k\" for=\"all\" attr.name=\"weight\"><default>x</default></key>",
        "{", "}", "[", "]", ",", ":", "\"key\"", "null", "1e999", "-1", "NaN", "\"\\ud800\"", "\"\\u0000\"",
        "*Arcs", "*Edges", "*Vertices 3", "*Matrix", "*Arcslist", "\n", "\r", "\0", "\uFEFF", "\"", " ", "data:", "labels embedded", "n=9999999999", "n=2",
        "format=nodelist1", "diagonal absent", "0", "99", "2147483648", "kind=\"x\"", "weight=\"0\"", "timestamp=\"x\"",
        "\"schema\": \"Ownership\"", "\"schema\": \"Spaceship\"", "\"netan:kind=bribe\"", "\"netan:sensitivity=x\"", "\"type\":\"relationship\"", "\"label\":\"FAMILY\"",
        "\"start\":{\"id\":\"9\"}", "\"startDate\": [\"2024-02-30\"]",
    ];

    // A network with every field, awkward text and parallel edges: the base of most seed files.
    private static TransactionNetwork Base()
    {
        var builder = new TransactionNetworkBuilder()
            .AddAgent(new Agent("a", AgentKind.Business) { Name = "Acme \"A\" <&>", Country = "IT", Groups = ["g1", "g2"], Attributes = new Dictionary<string, string> { ["note"] = "x,y" } })
            .AddAgent(new Agent("محمد", AgentKind.Victim) { Sensitivity = Sensitivity.Victim, Functions = FunctionSet.Of(Function.Transport) })
            .AddAgent(new Agent("b b", AgentKind.Official) { Sphere = Sphere.Underworld })
            .AddAgent(new Agent("iso", AgentKind.Person));
        builder.AddTransaction(new Transaction("a", "محمد", TransactionKind.Payment) { Id = "t1", Weight = 2.5, Time = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), Amount = 10.5m, Currency = "EUR", Route = ["TR", "GR"], Persons = 2 });
        builder.AddTransaction(new Transaction("a", "محمد", TransactionKind.Payment) { Weight = 1e-300 });
        builder.AddTransaction(new Transaction("b b", "b b", TransactionKind.Bribe) { Attributes = new Dictionary<string, string> { ["memo"] = "self" } });
        return builder.Build();
    }

    // The formats that carry ties get some in their seeds.
    private static TransactionNetwork WithTies(TransactionNetwork network) =>
        TieGen.With(network, [(0, 2, TieKind.Ownership, true, 10, 100, true, "60%"), (1, 0, TieKind.Family, false, -1, -1, false, string.Empty)]);

    private static List<byte[]> Seeds(string format)
    {
        var reveal = NetworkGen.Reveal;
        var seeds = new List<byte[]>();
        switch (format)
        {
            case "graphml":
                seeds.Add(RoundTrip.Bytes("graphml", Base(), reveal));
                seeds.Add(RoundTrip.Bytes("graphml", Base(), reveal with { Directed = false }));
                seeds.Add(Encoding.UTF8.GetBytes("""
                    <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
                    <key for="node" id="d0" yfiles.type="nodegraphics"/><key id="k" for="all" attr.name="kind"><default>payment</default></key>
                    <graph edgedefault="undirected"><node id="n0"><data key="d0"><y:ShapeNode/></data></node><node id="n1"><port name="p"/></node>
                    <edge source="n0" target="n1" directed="true" sourceport="p"><data key="k">bribe</data></edge></graph></graphml>
                    """));
                break;
            case "gexf":
                seeds.Add(RoundTrip.Bytes("gexf", Base(), reveal));
                seeds.Add(Encoding.UTF8.GetBytes("""
                    <gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz"><graph defaultedgetype="directed" mode="dynamic" timeformat="date">
                    <attributes class="node"><attribute id="0" title="kind" type="string"><default>official</default></attribute></attributes>
                    <nodes><node id="a" label="A"><viz:size value="1"/><spells><spell start="2020-01-01"/></spells></node><node id="b"><attvalues><attvalue for="0" value="person" start="2020-01-01"/></attvalues></node></nodes>
                    <edges><edge source="a" target="b" weight="2"><spells><spell start="2021-01-01" end="2021-02-01"/><spell start="2022-01-01"/></spells></edge></edges></graph></gexf>
                    """));
                break;
            case "graphology":
                seeds.Add(RoundTrip.Bytes("graphology", Base(), reveal));
                seeds.Add(RoundTrip.Bytes("cytoscape", Base(), reveal));
                seeds.Add(Encoding.UTF8.GetBytes("""{"elements": [{"group": "edges", "data": {"source": "x", "target": "y"}}, {"data": {"id": "x"}}, {"data": {"id": "y", "tags": [1, {"a": null}]}}], "directed": false}"""));
                break;
            case "pajek":
                seeds.Add(RoundTrip.Bytes("pajek", Base(), reveal));
                seeds.Add(Encoding.UTF8.GetBytes("*Network x\n%c\n*Vertices 3\n1 \"a b\" 0.1 0.2 ic Red\n2 c\n*Arcs :1 \"r\"\n1 2 1.5 c Blue\n*Edges\n2 3\n*Arcslist\n1 2 3\n*Matrix\n0 1 0\n0 0 2\n1 0 0\n"));
                break;
            case "ftm":
                seeds.Add(RoundTrip.Bytes("ftm", WithTies(Base()), reveal));
                seeds.Add(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Formats", "Ftm", "reference.ftm.json")));
                break;
            case "apoc":
                seeds.Add(RoundTrip.Bytes("apoc", WithTies(Base()), reveal));
                seeds.Add(Encoding.UTF8.GetBytes("""
                    {"type":"node","id":"0","labels":["User"],"properties":{"name":"Adam","age":42,"kids":["Sam","Anna"]}}
                    {"type":"node","id":"1","labels":["Group"],"properties":{"id":"g"}}
                    {"type":"relationship","id":"0","label":"KNOWS","properties":{"since":1993},"start":{"id":"0","labels":["User"]},"end":{"id":"1"}}
                    """));
                break;
            default:
                seeds.Add(Encoding.UTF8.GetBytes("DL N=3 FORMAT=FULLMATRIX DIAGONAL ABSENT\nLABELS EMBEDDED\nDATA:\n a b \"c c\"\na 1 0\nb 0 3\n\"c c\" 0 0\n"));
                seeds.Add(Encoding.UTF8.GetBytes("dl n=5\nformat = edgelist1\nlabels:\ngeorge, sally, jim, billy, jane\ndata:\n1 2\n1 3 2.5\n3 1\n"));
                seeds.Add(Encoding.UTF8.GetBytes("DL n=4\nformat=nodelist1\nlabels embedded\ndata:\na b c\nc a\nd\n"));
                seeds.Add(Encoding.UTF8.GetBytes("dl n=3\nlabels:\nx y z\ndata:\n0 1 1\n1 0 0\n1 0 0\n"));
                break;
        }

        return seeds;
    }

    [TestCase("graphml")]
    [TestCase("gexf")]
    [TestCase("graphology")]
    [TestCase("pajek")]
    [TestCase("dl")]
    [TestCase("ftm")]
    [TestCase("apoc")]
    public void Read_MutatedValidFiles_NeverThrowAnythingButInputFormatException(string format)
    {
        var seeds = Seeds(format);
        foreach (var seed in seeds)
        {
            RoundTrip.Read(format, seed).Network.AgentCount.Should().BeGreaterThan(0, "each seed file is valid");
        }

        // Small declared-size cap: a mutated "*Vertices 999999" would otherwise build a million agents.
        var options = FormatReadOptions.Default with { MaxDeclaredSize = 10_000 };
        var random = new Random(Seed + format.Length);
        var accepted = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < CasesPerFormat; i++)
        {
            var input = Mutate(seeds[random.Next(seeds.Count)], random);
            try
            {
                RoundTrip.Read(format, input, options);
                accepted++;
            }
            catch (InputFormatException ex)
            {
                ex.Problems.Should().NotBeEmpty();
            }
            catch (Exception ex)
            {
                Assert.Fail($"case {i} of {format} (seed {Seed}): {ex.GetType().Name} escaped the reader.\ninput (base64): {Convert.ToBase64String(input)}\n{ex}");
            }
        }

        TestContext.Out.WriteLine($"{format}: {CasesPerFormat} mutated files, {accepted} accepted, {watch.ElapsedMilliseconds} ms");
        accepted.Should().BeLessThan(CasesPerFormat, "mutations must break some files, or the test proves nothing");
    }

    private static byte[] Mutate(byte[] input, Random random)
    {
        var bytes = new List<byte>(input);
        var rounds = 1 + random.Next(3);
        for (var r = 0; r < rounds; r++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2:
                    var junk = new byte[1 + random.Next(8)];
                    random.NextBytes(junk);
                    bytes.InsertRange(at, junk);
                    break;
                case 3:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                case 4 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(40)));
                    break;
                default:
                    if (bytes.Count > 0)
                    {
                        var length = Math.Min(bytes.Count - at, 1 + random.Next(80));
                        bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    }

                    break;
            }
        }

        return [.. bytes];
    }
}
