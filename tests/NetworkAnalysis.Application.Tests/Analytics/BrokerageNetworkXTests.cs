using System.Globalization;
using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Inputs;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Application.Tests.Analytics;

/// <summary>
/// The weighted Burt measures of the brokers analysis, read from a weighted edge CSV as the CLI reads it,
/// equal NetworkX's <c>constraint(G, weight="weight")</c> and <c>effective_size(G, weight="weight")</c> on
/// the eleven CAVIAR wiretap phases (directed, valued: number of intercepted calls).
/// </summary>
public class BrokerageNetworkXTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("netan-burt-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Analyze_WeightedCaviarPhases_MatchesNetworkX()
    {
        var folder = SharedData.Require("data/external/caviar-phases");
        var files = Enumerable.Range(1, 11).Select(p => WriteEdgeCsv(Path.Combine(folder, $"phase{p}.csv"), Path.Combine(_dir, $"phase{p}.csv"))).ToArray();
        var script = Path.Combine(SharedData.RepositoryRoot, "tests", "NetworkAnalysis.Application.Tests", "Analytics", "burt_caviar.py");
        var expected = Python.Run(script, files).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => l.Split(','))
            .GroupBy(p => p[0], p => (Node: p[1], Constraint: Parse(p[2]), Effective: Parse(p[3])))
            .ToDictionary(g => g.Key, g => g.ToList());

        var compared = 0;
        foreach (var file in files)
        {
            var (network, _, _) = CaseInputs.ReadNetwork(file);
            var rows = BrokerageAnalysis.Analyze(network, new BrokerageOptions { WeightedConstraint = true, MaxResults = int.MaxValue }).Rows
                .ToDictionary(r => r.AgentId, StringComparer.Ordinal);
            foreach (var (node, constraint, effective) in expected[Path.GetFileName(file)])
            {
                if (double.IsNaN(constraint))
                {
                    // NetworkX leaves a node without out-edges undefined on a directed graph; we compute it from its in-contacts.
                    continue;
                }

                var row = rows[node];
                row.Constraint.Should().BeApproximately(constraint, 1e-12, $"constraint of {node} in {Path.GetFileName(file)}");
                row.EffectiveSize.Should().BeApproximately(effective, 1e-12, $"effective size of {node} in {Path.GetFileName(file)}");
                compared++;
            }
        }

        compared.Should().BeGreaterThan(200, "most of the 11 phases' nodes have out-edges");
    }

    private static double Parse(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    /// <summary>The phase's adjacency matrix (row calls column) as <c>source,target,weight</c>, self-calls left out.</summary>
    private static string WriteEdgeCsv(string matrix, string path)
    {
        var lines = File.ReadAllLines(matrix);
        var header = lines[0].Split(',').Skip(1).Select(h => h.Trim('"')).ToArray();
        using var w = new StreamWriter(path);
        w.WriteLine("source,target,weight");
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            var source = cells[0].Trim('"');
            for (var j = 0; j < header.Length; j++)
            {
                if (cells[j + 1] != "0" && header[j] != source)
                {
                    w.WriteLine($"{source},{header[j]},{cells[j + 1]}");
                }
            }
        }

        return path;
    }
}
