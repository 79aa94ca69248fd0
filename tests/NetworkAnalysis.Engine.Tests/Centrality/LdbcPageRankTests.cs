using System.Globalization;
using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Centrality;

/// <summary>
/// PageRank against the LDBC Graphalytics expected outputs (shared/data/external/ldbc-graphalytics): fixed
/// iteration count and damping from the .properties files, uniform teleport, dangling rank spread
/// uniformly, unweighted.
/// </summary>
[TestFixture]
public class LdbcPageRankTests
{
    private const string Folder = "data/external/ldbc-graphalytics";

    // LDBC's validation rule for PR: |r - s| <= 1e-4 |r|.
    private const double Epsilon = 1e-4;

    // The example graphs (2 iterations) are reproduced to rounding; the larger test graphs' expected files
    // hold values about 1e-6 from what 14/26 iterations give (closer to the fixed point), which the
    // epsilon rule accepts.
    [TestCase("example-directed", 1e-12)]
    [TestCase("example-undirected", 1e-12)]
    [TestCase("test-pr-directed", Epsilon)]
    [TestCase("test-pr-undirected", Epsilon)]
    public void Compute_LdbcTestGraph_ReproducesExpectedOutput(string name, double tolerance)
    {
        var dir = Path.Combine(SharedData.Require(Folder), "test-graphs");
        var props = File.ReadAllLines(Path.Combine(dir, name + ".properties"))
            .Where(l => l.Contains('=', StringComparison.Ordinal) && !l.TrimStart().StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        var prefix = "graph." + name + ".";
        var directed = bool.Parse(props[prefix + "directed"]);
        var damping = double.Parse(props[prefix + "pr.damping-factor"], CultureInfo.InvariantCulture);
        var iterations = int.Parse(props[prefix + "pr.num-iterations"], CultureInfo.InvariantCulture);

        var ids = File.ReadAllLines(Path.Combine(dir, name + ".v")).Where(l => l.Length > 0).Select(long.Parse).ToArray();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var builder = new CsrGraphBuilder(ids.Length, directed);
        foreach (var line in File.ReadLines(Path.Combine(dir, name + ".e")).Where(l => l.Length > 0))
        {
            var cells = line.Split(' ');
            builder.AddEdge(index[long.Parse(cells[0])], index[long.Parse(cells[1])]);
        }

        var expected = Expected(Path.Combine(dir, name + "-PR"), index, ids.Length);
        var ranks = PageRank.Compute(builder.Build(), new PageRankOptions { Damping = damping, Iterations = iterations, Weighted = false });

        AssertClose(ranks, expected, ids, tolerance);
    }

    [TestCase("dir", 14)]
    [TestCase("undir", 26)]
    public void Compute_LdbcValidationGraph_ReproducesExpectedOutput(string kind, int iterations)
    {
        // The framework tests read these adjacency lists as directed (undirected inputs list both directions).
        var dir = Path.Combine(SharedData.Require(Folder), "validation-graphs", "pr");
        var expectedLines = File.ReadAllLines(Path.Combine(dir, kind + "-output")).Where(l => l.Length > 0).ToArray();
        var ids = expectedLines.Select(l => long.Parse(l.Split(' ')[0])).ToArray();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var builder = new CsrGraphBuilder(ids.Length, directed: true);
        foreach (var line in File.ReadLines(Path.Combine(dir, kind + "-input")).Where(l => l.Length > 0))
        {
            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();
            foreach (var t in cells.Skip(1))
            {
                builder.AddEdge(index[cells[0]], index[t]);
            }
        }

        var expected = Expected(Path.Combine(dir, kind + "-output"), index, ids.Length);
        var ranks = PageRank.Compute(builder.Build(), new PageRankOptions { Damping = 0.85, Iterations = iterations, Weighted = false });

        AssertClose(ranks, expected, ids, Epsilon);
    }

    private static double[] Expected(string path, Dictionary<long, int> index, int n)
    {
        var expected = new double[n];
        Array.Fill(expected, double.NaN);
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            var cells = line.Split(' ');
            expected[index[long.Parse(cells[0])]] = double.Parse(cells[1], CultureInfo.InvariantCulture);
        }

        return expected;
    }

    private static void AssertClose(double[] actual, double[] expected, long[] ids, double tolerance)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            actual[i].Should().BeApproximately(expected[i], tolerance * Math.Abs(expected[i]), $"vertex {ids[i]}");
        }
    }
}
