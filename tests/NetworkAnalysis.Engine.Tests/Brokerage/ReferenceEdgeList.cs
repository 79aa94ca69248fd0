using System.Globalization;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Brokerage;

/// <summary>Loads the <c>*.edges-as-used.csv</c> reference graphs and runs the Python reference scripts.</summary>
internal static class ReferenceEdgeList
{
    public const string Folder = "data/external/reference-outputs-networkx";

    /// <summary>Loads <c>NAME.edges-as-used.csv</c> (ignores the test when the shared folder is absent).</summary>
    public static NamedGraph Load(string name, bool directed, bool weighted = true)
    {
        var path = SharedData.Require(Path.Combine(Folder, name + ".edges-as-used.csv"));
        var names = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int Node(string id)
        {
            if (!index.TryGetValue(id, out var i))
            {
                i = names.Count;
                index[id] = i;
                names.Add(id);
            }

            return i;
        }

        var edges = new List<(int, int, double)>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(',');
            edges.Add((Node(parts[0]), Node(parts[1]), double.Parse(parts[2], CultureInfo.InvariantCulture)));
        }

        var builder = new CsrGraphBuilder(names.Count, directed, weighted, edges.Count);
        foreach (var (s, t, w) in edges)
        {
            builder.AddEdge(s, t, w);
        }

        return new NamedGraph(builder.Build(), names);
    }

    /// <summary>Runs a reference script of this test folder (see <see cref="Python.Run"/>).</summary>
    public static string RunPython(string scriptRelativeToTests, params string[] args) =>
        Python.Run(Path.Combine(SharedData.RepositoryRoot, "tests", "NetworkAnalysis.Engine.Tests", scriptRelativeToTests), args);
}
