using System.Globalization;
using System.Text.Json;
using CsCheck;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.IO.Tests.Formats;

/// <summary>
/// Interoperability with NetworkX (3.x): files NetworkX writes are read with the same nodes, edges and
/// weights, and files we write are read by NetworkX with the same nodes, edges and weights.
/// </summary>
[Category("Interop")]
public class NetworkXInteropTests
{
    // Writes a multigraph with awkward names in each format, and a JSON description of what it wrote.
    private const string WriteScript = """
        import json, sys, os
        import networkx as nx
        out = sys.argv[1]
        G = nx.MultiDiGraph()
        names = ["Alice", "محمد علي", "שלום", "Zoë \"Z\" O'Neil", "a,b", "x&y<z>", "😀", "isolated", "1e5"]
        for i, n in enumerate(names):
            G.add_node(n, kind=["person", "business", "official"][i % 3], name="N " + n, rank=i)
        edges = [("Alice", "محمد علي", 2.5), ("Alice", "محمد علي", 1e-300), ("שלום", "שלום", 7.0),
                 ("Zoë \"Z\" O'Neil", "a,b", 0.125), ("x&y<z>", "😀", 1e12), ("1e5", "Alice", 3.0)]
        for u, v, w in edges:
            G.add_edge(u, v, weight=w, kind="payment", note="n:" + u)
        nx.write_graphml(G, os.path.join(out, "nx.graphml"))
        nx.write_gexf(G, os.path.join(out, "nx12.gexf"))
        nx.write_gexf(G, os.path.join(out, "nx13.gexf"), version="1.3")
        U = nx.Graph()
        U.add_edge("a b", "c", weight=2.0)
        U.add_edge("c", "d", weight=0.5)
        U.add_node("e")
        nx.write_graphml(U, os.path.join(out, "nx-undirected.graphml"))
        P = nx.MultiDiGraph()
        for n in ["Alice Smith", "Bob", "محمد", "שלום עליכם", "lonely"]:
            P.add_node(n)
        for u, v, w in [("Alice Smith", "Bob", 1.5), ("Bob", "محمد", 1e-300), ("محمد", "محمד" if False else "שלום עליכם", 2.0), ("Bob", "Bob", 3.0), ("Alice Smith", "Bob", 4.0)]:
            P.add_edge(u, v, weight=w)
        nx.write_pajek(P, os.path.join(out, "nx.net"))
        def describe(g):
            return {"nodes": [str(n) for n in g.nodes()],
                    "edges": sorted([[str(u), str(v), float(d.get("weight", 1.0))] for u, v, d in g.edges(data=True)]),
                    "directed": g.is_directed()}
        json.dump({"graphml": describe(G), "gexf": describe(G), "undirected": describe(U), "pajek": describe(P)}, sys.stdout)
        """;

    // Reads every file named on the command line with NetworkX and describes it.
    private const string ReadScript = """
        import json, sys
        import networkx as nx
        result = {}
        for path in sys.argv[1:]:
            if path.endswith(".graphml"):
                g = nx.read_graphml(path, force_multigraph=True)
            elif path.endswith(".gexf"):
                g = nx.read_gexf(path)
            else:
                g = nx.read_pajek(path)
            result[path] = {"nodes": [str(n) for n in g.nodes()],
                            "edges": sorted([[str(u), str(v), float(d.get("weight", 1.0))] for u, v, d in g.edges(data=True)]),
                            "directed": g.is_directed()}
        json.dump(result, sys.stdout)
        """;

    private string _dir = string.Empty;
    private string _written = string.Empty;

    [OneTimeSetUp]
    public void WriteWithNetworkX()
    {
        Python.RequireNetworkX();
        _dir = Path.Combine(Path.GetTempPath(), "netan-nx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        Python.Run(WriteScript, [_dir], out _written, out var stderr).Should().Be(0, stderr);
    }

    [OneTimeTearDown]
    public void TearDown()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Test]
    public void Read_FilesWrittenByNetworkX_GiveTheSameNodesEdgesAndWeights()
    {
        using var expected = JsonDocument.Parse(_written);
        var cases = new (string File, string Key)[]
        {
            ("nx.graphml", "graphml"), ("nx12.gexf", "gexf"), ("nx13.gexf", "gexf"), ("nx-undirected.graphml", "undirected"), ("nx.net", "pajek"),
        };
        foreach (var (file, key) in cases)
        {
            var result = NetworkFormats.Read(Path.Combine(_dir, file));
            var want = expected.RootElement.GetProperty(key);
            want.GetProperty("edges").GetArrayLength().Should().BeGreaterThan(1, "the peer wrote a real graph");
            result.Network.Agents.Select(a => a.Id).Should().Equal(want.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()), file);
            Edges(result.Network).Should().Equal(ExpectedEdges(want), file);
            result.Directed.Should().Be(want.GetProperty("directed").GetBoolean(), file);
        }
    }

    [Test]
    public void Read_GraphMLWrittenByNetworkX_MapsOurAttributesAndKeepsOthers()
    {
        var network = NetworkFormats.Read(Path.Combine(_dir, "nx.graphml")).Network;
        var alice = network.GetAgent("Alice");
        alice.Kind.Should().Be(AgentKind.Person);
        alice.Name.Should().Be("N Alice");
        alice.Attributes.Should().ContainKey("rank").WhoseValue.Should().Be("0");
        network.GetAgent("محمد علي").Kind.Should().Be(AgentKind.Business);
        network.Transactions.Should().OnlyContain(t => t.Kind == TransactionKind.Payment && t.Attributes.ContainsKey("note"));
    }

    [Test]
    public void NetworkXRead_FilesWeWrite_GiveTheSameNodesEdgesAndWeights()
    {
        var files = new List<(string Path, TransactionNetwork Network, string Format)>();
        var n = 0;
        NetworkGen.PlainNetwork.Sample(network =>
        {
            foreach (var format in new[] { "graphml", "gexf", "pajek" })
            {
                var path = Path.Combine(_dir, $"ours{n}.{(format == "pajek" ? "net" : format)}");
                NetworkFormats.Write(network, path, format, NetworkGen.Reveal);
                files.Add((path, network, format));
            }

            n++;
        }, iter: 30, threads: 1);
        files.Should().HaveCount(90);

        Python.Run(ReadScript, files.Select(f => f.Path), out var stdout, out var stderr).Should().Be(0, stderr);
        using var read = JsonDocument.Parse(stdout);
        foreach (var (path, network, format) in files)
        {
            var got = read.RootElement.GetProperty(path);
            var ids = format == "pajek" ? Expected.Pajek(network).Agents.Select(a => a.Id).ToArray() : network.Agents.Select(a => a.Id).ToArray();
            var because = path + "\n" + RoundTrip.Describe(network);
            got.GetProperty("nodes").EnumerateArray().Select(x => x.GetString()).Should().Equal(ids, because);
            ExpectedEdges(got).Should().Equal(Edges(network, ids), because);
            got.GetProperty("directed").GetBoolean().Should().BeTrue(because);
        }
    }

    private static List<string> Edges(TransactionNetwork network, string[]? ids = null)
    {
        ids ??= network.Agents.Select(a => a.Id).ToArray();
        return network.Transactions
            .Select((t, e) => Edge(ids[network.TransactionSources[e]], ids[network.TransactionTargets[e]], t.Weight))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static List<string> ExpectedEdges(JsonElement description) =>
        description.GetProperty("edges").EnumerateArray()
            .Select(e => Edge(e[0].GetString()!, e[1].GetString()!, e[2].GetDouble()))
            .Order(StringComparer.Ordinal).ToList();

    private static string Edge(string source, string target, double weight) =>
        $"{source} -> {target} : {weight.ToString("R", CultureInfo.InvariantCulture)}";
}
