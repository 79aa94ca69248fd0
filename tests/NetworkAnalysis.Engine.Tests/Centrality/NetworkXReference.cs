using System.Globalization;
using System.Text.Json;
using NetworkAnalysis.Engine;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Centrality;

/// <summary>
/// One graph of the NetworkX reference outputs (shared/data/external/reference-outputs-networkx): the graph
/// built from <c>NAME.edges-as-used.csv</c> with nodes numbered in the order of <c>NAME.node-metrics.csv</c>
/// (which lists isolated nodes too), and that file's columns by our node index.
/// </summary>
internal sealed class NetworkXReference
{
    public const string Folder = "data/external/reference-outputs-networkx";

    private NetworkXReference(string name, CsrGraph graph, string[] ids, Dictionary<string, double[]> columns)
    {
        Name = name;
        Graph = graph;
        Ids = ids;
        Columns = columns;
    }

    public string Name { get; }

    public CsrGraph Graph { get; }

    public string[] Ids { get; }

    public IReadOnlyDictionary<string, double[]> Columns { get; }

    /// <summary>Names of the data sets (for test case sources); empty when the shared folder is absent.</summary>
    public static IEnumerable<string> Names()
    {
        var root = SharedData.Root;
        var dir = root is null ? null : Path.Combine(root, Folder);
        if (dir is null || !Directory.Exists(dir))
        {
            return ["(shared data absent)"];
        }

        return Directory.GetFiles(dir, "*.node-metrics.csv")
            .Select(f => Path.GetFileName(f)[..^".node-metrics.csv".Length])
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    public static NetworkXReference Load(string name)
    {
        var dir = SharedData.Require(Folder);
        var metricsPath = Path.Combine(dir, name + ".node-metrics.csv");
        if (!File.Exists(metricsPath))
        {
            Assert.Ignore($"reference data set '{name}' is not present");
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, name + ".graph-metrics.json")));
        var directed = json.RootElement.GetProperty("directed").GetBoolean();

        var lines = File.ReadAllLines(metricsPath);
        var header = lines[0].Split(',');
        var ids = new string[lines.Length - 1];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var columns = header.Skip(1).ToDictionary(h => h, _ => new double[ids.Length], StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            ids[i - 1] = cells[0];
            index[cells[0]] = i - 1;
            for (var c = 1; c < header.Length; c++)
            {
                // Non-numeric cells (component labels are node ids) read as NaN; no centrality column has them.
                columns[header[c]][i - 1] = double.TryParse(cells[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                    ? x
                    : double.NaN;
            }
        }

        var builder = new CsrGraphBuilder(ids.Length, directed, weighted: true);
        foreach (var line in File.ReadLines(Path.Combine(dir, name + ".edges-as-used.csv")).Skip(1))
        {
            var cells = line.Split(',');
            builder.AddEdge(index[cells[0]], index[cells[1]], double.Parse(cells[2], NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return new NetworkXReference(name, builder.Build(), ids, columns);
    }

    /// <summary>Asserts every value of <paramref name="column"/> within relative <paramref name="tolerance"/> (absolute below 1e-12).</summary>
    public void ShouldMatch(string column, IReadOnlyList<double> actual, double tolerance)
    {
        if (!Columns.TryGetValue(column, out var expected))
        {
            Assert.Ignore($"{Name} has no column {column}");
        }

        actual.Should().HaveCount(expected!.Length);
        var failures = new List<string>();
        for (var i = 0; i < expected.Length; i++)
        {
            var e = expected[i];
            var a = actual[i];
            var scale = Math.Max(Math.Abs(e), Math.Abs(a));
            if (!(Math.Abs(a - e) <= Math.Max(tolerance * scale, 1e-12)))
            {
                failures.Add($"node {Ids[i]}: expected {e.ToString("R", CultureInfo.InvariantCulture)}, got {a.ToString("R", CultureInfo.InvariantCulture)}");
            }
        }

        failures.Should().BeEmpty($"{Name}.{column} should match NetworkX within {tolerance}");
    }
}
