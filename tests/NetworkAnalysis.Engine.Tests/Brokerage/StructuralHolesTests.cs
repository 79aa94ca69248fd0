using System.Globalization;
using NetworkAnalysis.Engine.Brokerage;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Brokerage;

public class StructuralHolesTests
{
    [Test]
    public void Compute_Star_CentreHasNoRedundancy()
    {
        // Centre with 4 unconnected contacts: p = 1/4 each, no indirect paths; constraint = 4 · (1/4)² = 0.25.
        var g = GraphText.Parse("x--a x--b x--c x--d");
        var r = StructuralHoles.Compute(g.Graph);
        var x = g["x"];
        r.Constraint[x].Should().BeApproximately(0.25, 1e-15);
        r.EffectiveSize[x].Should().BeApproximately(4, 1e-15);
        r.Efficiency[x].Should().BeApproximately(1, 1e-15);
        r.Hierarchy[x].Should().BeApproximately(0, 1e-15);
        r.Contacts[x].Should().Be(4);

        // A leaf has one contact: constraint 1, effective size 1, hierarchy undefined.
        r.Constraint[g["a"]].Should().BeApproximately(1, 1e-15);
        r.EffectiveSize[g["a"]].Should().BeApproximately(1, 1e-15);
        r.Hierarchy[g["a"]].Should().Be(double.NaN);
    }

    [Test]
    public void Compute_Triangle_MatchesHandValues()
    {
        // Each node: p = 1/2 to each contact; indirect via the other contact = 1/2 · 1/2 = 1/4;
        // c_ij = (1/2 + 1/4)² = 9/16; C = 9/8. Effective size = 2 − 2·1/2 = 1 (Borgatti: n − 2t/n = 2 − 2/2).
        var g = GraphText.Parse("a--b b--c c--a");
        var r = StructuralHoles.Compute(g.Graph);
        r.Constraint[0].Should().BeApproximately(9.0 / 8, 1e-15);
        r.EffectiveSize[0].Should().BeApproximately(1, 1e-15);
        r.Efficiency[0].Should().BeApproximately(0.5, 1e-15);
        r.Hierarchy[0].Should().BeApproximately(0, 1e-15);
    }

    [Test]
    public void Compute_UnevenConstraint_HierarchyIsPositive()
    {
        // x has contacts a, b, c; a and b are tied, c is not: constraint concentrates on a and b.
        var g = GraphText.Parse("x--a x--b x--c a--b");
        var r = StructuralHoles.Compute(g.Graph);
        r.Hierarchy[g["x"]].Should().BeGreaterThan(0).And.BeLessThan(1);
    }

    [Test]
    public void Compute_IsolatedNode_IsNaN()
    {
        var g = GraphText.Parse("a--b z");
        var r = StructuralHoles.Compute(g.Graph);
        r.Constraint[g["z"]].Should().Be(double.NaN);
        r.EffectiveSize[g["z"]].Should().Be(double.NaN);
        r.Contacts[g["z"]].Should().Be(0);
    }

    private static readonly (string Name, bool Directed)[] ReferenceGraphs =
    [
        ("karate", false), ("florentine-marriage", false), ("montagna-meetings", false), ("london-gang", false),
        ("siren", false), ("caviar-full-directed", true), ("caviar-phase03-directed", true), ("montagna-phonecalls-directed", true),
    ];

    // One python3 run for every graph: starting NetworkX costs seconds.
    private static readonly Lazy<string[]> NetworkXOutput = new(() =>
    {
        var args = ReferenceGraphs.Select(r =>
            $"{r.Name}={Path.Combine(SharedData.Root!, ReferenceEdgeList.Folder, r.Name + ".edges-as-used.csv")}={(r.Directed ? "directed" : "undirected")}");
        return ReferenceEdgeList.RunPython("Brokerage/burt_reference.py", args.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    });

    [TestCaseSource(nameof(ReferenceGraphs))]
    [Category("Slow")]
    public void Compute_ReferenceGraphs_MatchNetworkX((string Name, bool Directed) reference)
    {
        var (name, directed) = reference;
        var g = ReferenceEdgeList.Load(name, directed);
        var unweighted = StructuralHoles.Compute(g.Graph);
        var weighted = StructuralHoles.Compute(g.Graph, new StructuralHolesOptions { Weighted = true });
        var compared = 0;
        foreach (var line in NetworkXOutput.Value.Skip(1))
        {
            var parts = line.Split(',');
            if (parts[0] != name)
            {
                continue;
            }

            var v = g[parts[1]];
            var r = parts[2] == "1" ? weighted : unweighted;
            var constraint = double.Parse(parts[3], CultureInfo.InvariantCulture);
            var effective = double.Parse(parts[4], CultureInfo.InvariantCulture);
            if (double.IsNaN(constraint))
            {
                // NetworkX leaves nodes without out-edges undefined on directed graphs; we compute them.
                (directed && g.Graph.OutDegree(v) == 0).Should().BeTrue($"{parts[1]} is NaN in NetworkX only when it has no out-edges");
                continue;
            }

            r.Constraint[v].Should().BeApproximately(constraint, 1e-9 * Math.Max(1, Math.Abs(constraint)), $"constraint of {parts[1]} (weighted {parts[2]})");
            r.EffectiveSize[v].Should().BeApproximately(effective, 1e-9 * Math.Max(1, Math.Abs(effective)), $"effective size of {parts[1]} (weighted {parts[2]})");
            compared++;
        }

        compared.Should().BeGreaterThan(g.Graph.NodeCount);
    }

    [Test]
    public void Compute_ParallelEqualsSequential()
    {
        var graph = RandomGraphs.Uniform(6000, 30000, directed: true, weighted: true, seed: 3);
        var seq = StructuralHoles.Compute(graph, new StructuralHolesOptions { Weighted = true, MaxDegreeOfParallelism = 1 });
        var par = StructuralHoles.Compute(graph, new StructuralHolesOptions { Weighted = true, MaxDegreeOfParallelism = 4 });
        par.Constraint.Should().Equal(seq.Constraint);
        par.EffectiveSize.Should().Equal(seq.EffectiveSize);
        par.Hierarchy.Should().Equal(seq.Hierarchy);
    }
}
