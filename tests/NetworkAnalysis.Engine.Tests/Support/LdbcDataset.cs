using System.Globalization;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Support;

/// <summary>
/// LDBC Graphalytics validation data (<c>data/external/ldbc-graphalytics</c>, see its SOURCE.md): a graph with its
/// vertex ids mapped to indexes in ascending id order (so "smallest label" means the same in both), plus the
/// expected per-vertex outputs.
/// </summary>
internal sealed class LdbcDataset
{
    public const string Folder = "data/external/ldbc-graphalytics";

    private LdbcDataset(CsrGraph graph, long[] ids, IReadOnlyDictionary<string, string> properties, string basePath)
    {
        Graph = graph;
        Ids = ids;
        Properties = properties;
        BasePath = basePath;
    }

    public CsrGraph Graph { get; }

    /// <summary>Vertex id of every node index, ascending.</summary>
    public long[] Ids { get; }

    public IReadOnlyDictionary<string, string> Properties { get; }

    private string BasePath { get; }

    /// <summary>Test-graph names of <c>test-graphs/</c> that list <paramref name="algorithm"/> (e.g. "WCC").</summary>
    public static string[] TestGraphsWith(string algorithm)
    {
        var folder = SharedData.Root is null ? null : Path.Combine(SharedData.Root, Folder, "test-graphs");
        if (folder is null || !Directory.Exists(folder))
        {
            return ["(shared data absent)"];
        }

        return Directory.GetFiles(folder, "*-" + algorithm)
            .Select(p => Path.GetFileName(p)[..^(algorithm.Length + 1)])
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>A graph of <c>test-graphs/</c> in the EVLP format (NAME.v, NAME.e, NAME.properties).</summary>
    public static LdbcDataset LoadTestGraph(string name)
    {
        var basePath = SharedData.Require($"{Folder}/test-graphs/{name}.properties")[..^".properties".Length];
        var properties = File.ReadLines(basePath + ".properties")
            .Where(l => l.Contains('=') && !l.TrimStart().StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0].Trim().Replace($"graph.{name}.", "", StringComparison.Ordinal), p => p[1].Trim(), StringComparer.Ordinal);
        var directed = bool.Parse(properties["directed"]);
        var ids = File.ReadLines(basePath + ".v").Where(l => l.Trim().Length > 0)
            .Select(l => long.Parse(l.Trim(), CultureInfo.InvariantCulture)).ToArray();
        Array.Sort(ids);
        var index = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var edges = File.ReadLines(basePath + ".e").Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var weighted = edges.Length > 0 && edges[0].Length > 2;
        var builder = new CsrGraphBuilder(ids.Length, directed, weighted);
        foreach (var e in edges)
        {
            var w = e.Length > 2 ? double.Parse(e[2], CultureInfo.InvariantCulture) : 1.0;
            builder.AddEdge(index[long.Parse(e[0], CultureInfo.InvariantCulture)], index[long.Parse(e[1], CultureInfo.InvariantCulture)], w);
        }

        return new LdbcDataset(builder.Build(), ids, properties, basePath);
    }

    /// <summary>
    /// A graph of <c>validation-graphs/ALG/</c>: an adjacency list <c>v n1 n2 ...</c> read as directed, as the upstream
    /// Java tests do (undirected inputs already list both directions). Vertices are all ids that occur.
    /// </summary>
    public static LdbcDataset LoadValidationGraph(string algorithm, string input)
    {
        var path = SharedData.Require($"{Folder}/validation-graphs/{algorithm}/{input}-input");
        var rows = File.ReadLines(path).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => long.Parse(x, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        var ids = rows.SelectMany(r => r).Distinct().Order().ToArray();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var builder = new CsrGraphBuilder(ids.Length, directed: true);
        foreach (var row in rows)
        {
            foreach (var target in row.Skip(1))
            {
                builder.AddEdge(index[row[0]], index[target]);
            }
        }

        return new LdbcDataset(builder.Build(), ids, new Dictionary<string, string>(), path[..^"-input".Length]);
    }

    /// <summary>Expected output (<c>vertex value</c> per line) as strings by node index.</summary>
    public string[] Expected(string suffix)
    {
        var path = BasePath + suffix;
        var index = Ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var result = new string[Ids.Length];
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            result[index[long.Parse(parts[0], CultureInfo.InvariantCulture)]] = parts[1];
        }

        return result;
    }
}
