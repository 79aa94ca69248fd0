using System.Diagnostics;
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

    /// <summary>
    /// Runs <c>python3 script args</c> from this test folder and returns stdout; ignores the test when
    /// python3 or NetworkX is not available.
    /// </summary>
    public static string RunPython(string scriptRelativeToTests, params string[] args)
    {
        var script = Path.Combine(SharedData.RepositoryRoot, "tests", "NetworkAnalysis.Engine.Tests", scriptRelativeToTests);
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(script);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        Process? process;
        try
        {
            process = Process.Start(info);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("python3 is not installed");
            return string.Empty;
        }

        if (process is null)
        {
            Assert.Ignore("python3 could not be started");
            return string.Empty;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode == 3)
            {
                Assert.Ignore("NetworkX is not installed for python3");
            }

            if (process.ExitCode != 0)
            {
                Assert.Fail($"python3 {scriptRelativeToTests} failed: {stderr}");
            }

            return stdout.Result;
        }
    }
}
