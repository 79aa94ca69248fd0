using System.Globalization;
using System.Text.Json;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Support;

/// <summary>
/// One data set of <c>data/external/reference-outputs-networkx</c> (see its SOURCE.md): the graph exactly as NetworkX
/// used it (nodes in the order of NAME.node-metrics.csv, isolated nodes included), the per-node metric columns and
/// the graph-level metrics.
/// </summary>
internal sealed class ReferenceNetwork
{
    public const string Folder = "data/external/reference-outputs-networkx";

    /// <summary>Every data set in the folder (for parameterised tests).</summary>
    public static readonly string[] Names =
    [
        "karate", "florentine-marriage", "caviar-full-directed",
        "caviar-phase01-directed", "caviar-phase02-directed", "caviar-phase03-directed", "caviar-phase04-directed",
        "caviar-phase05-directed", "caviar-phase06-directed", "caviar-phase07-directed", "caviar-phase08-directed",
        "caviar-phase09-directed", "caviar-phase10-directed", "caviar-phase11-directed",
        "siren", "london-gang", "montagna-meetings", "montagna-phonecalls-directed", "cocaine-juanes",
        "us-mafia-1960", "human-trafficking-mexico",
    ];

    /// <summary>The directed data sets (they also have an <c>scc_label</c> column).</summary>
    public static readonly string[] DirectedNames = Names.Where(n => n.EndsWith("-directed", StringComparison.Ordinal)).ToArray();

    private readonly Dictionary<string, string[]> _columns;

    private ReferenceNetwork(string name, CsrGraph graph, string[] nodes, Dictionary<string, string[]> columns, JsonElement metrics)
    {
        Name = name;
        Graph = graph;
        Nodes = nodes;
        _columns = columns;
        Metrics = metrics;
    }

    public string Name { get; }

    /// <summary>The graph as used: directed or undirected as NetworkX had it, weighted by the file's weights.</summary>
    public CsrGraph Graph { get; }

    /// <summary>Node names by index.</summary>
    public string[] Nodes { get; }

    public JsonElement Metrics { get; }

    public double Metric(string key) => Metrics.GetProperty(key).GetDouble();

    public bool HasColumn(string column) => _columns.ContainsKey(column);

    public string[] Column(string column) => _columns[column];

    public double[] NumericColumn(string column) =>
        _columns[column].Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The node index of every name.</summary>
    public Dictionary<string, int> Index() =>
        Nodes.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);

    /// <summary>A per-node partition file of the folder (<c>node,community</c>), as a membership vector.</summary>
    public int[] Partition(string suffix)
    {
        var index = Index();
        var membership = new int[Nodes.Length];
        foreach (var line in File.ReadLines(SharedData.Require($"{Folder}/{Name}.{suffix}")).Skip(1))
        {
            var parts = line.Split(',');
            membership[index[parts[0]]] = int.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        return membership;
    }

    public static ReferenceNetwork Load(string name)
    {
        var metricsPath = SharedData.Require($"{Folder}/{name}.graph-metrics.json");
        using var json = JsonDocument.Parse(File.ReadAllText(metricsPath));
        var metrics = json.RootElement.Clone();
        var directed = metrics.GetProperty("directed").GetBoolean();

        var lines = File.ReadAllLines(SharedData.Require($"{Folder}/{name}.node-metrics.csv"));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
        var columns = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var c = 0; c < header.Length; c++)
        {
            columns[header[c]] = rows.Select(r => r[c]).ToArray();
        }

        var nodes = columns["node"];
        var index = nodes.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var builder = new CsrGraphBuilder(nodes.Length, directed, weighted: true);
        foreach (var line in File.ReadLines(SharedData.Require($"{Folder}/{name}.edges-as-used.csv")).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(',');
            builder.AddEdge(index[parts[0]], index[parts[1]], double.Parse(parts[2], CultureInfo.InvariantCulture));
        }

        return new ReferenceNetwork(name, builder.Build(), nodes, columns, metrics);
    }
}
