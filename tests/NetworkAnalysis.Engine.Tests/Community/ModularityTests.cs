using NetworkAnalysis.Engine.Community;
using NetworkAnalysis.Engine.Tests.Support;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Community;

public class ModularityTests
{
    private static readonly int[] _karateFactions =
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ];

    [Test]
    public void Compute_TwoTrianglesJoinedByAnEdge_IsFiveFourteenths()
    {
        // m = 7; each side: 3 internal edges, total degree 7: Q = 2 (3/7 - (7/14)^2) = 5/14.
        var g = GraphText.Parse("a--b b--c c--a d--e e--f f--d c--d");
        Modularity.Compute(g.Graph, [0, 0, 0, 1, 1, 1]).Should().BeApproximately(5.0 / 14, 1e-15);
    }

    [Test]
    public void Compute_AllInOneCommunity_IsZero()
    {
        var g = RandomGraphs.Uniform(40, 90, directed: false, weighted: true, seed: 3);
        Modularity.Compute(g, new int[40]).Should().BeApproximately(0, 1e-12);
    }

    [Test]
    public void Compute_SelfLoop_CountsOnceInsideTwiceInDegree()
    {
        // Edges a-a (w 2), a-b (w 1): m = 3; {a},{b}: L_a = 2, K_a = 5, K_b = 1.
        var g = GraphText.Parse("a--a:2 a--b:1");
        var expected = (2.0 / 3 - Math.Pow(5.0 / 6, 2)) + (0 - Math.Pow(1.0 / 6, 2));
        Modularity.Compute(g.Graph, [0, 1]).Should().BeApproximately(expected, 1e-15);
    }

    [Test]
    public void Compute_DirectedTriangleAndArc_LeichtNewmanValue()
    {
        // a->b->c->a, c->d, d->c; m = 5. {a,b,c}: L = 3, out = 4, in = 4; {d}: L = 0, out = 1, in = 1.
        var g = GraphText.Parse("a->b b->c c->a c->d d->c");
        Modularity.Compute(g.Graph, [0, 0, 0, 1]).Should().BeApproximately(3.0 / 5 - 16.0 / 25 - 1.0 / 25, 1e-15);

        // Directions matter: reversing c->d into a second d->c changes the in/out totals.
        var h = GraphText.Parse("a->b b->c c->a d->c d->c");
        Modularity.Compute(h.Graph, [0, 0, 0, 1]).Should().BeApproximately(3.0 / 5 - 3.0 * 5 / 25 - 2.0 * 0 / 25, 1e-15);
    }

    [Test]
    public void Compute_Resolution_ScalesNullModelTerm()
    {
        var g = GraphText.Parse("a--b b--c c--a d--e e--f f--d c--d");
        var q = Modularity.Compute(g.Graph, [0, 0, 0, 1, 1, 1], new ModularityOptions(Resolution: 0.5));
        q.Should().BeApproximately(2 * (3.0 / 7 - 0.5 * 0.25), 1e-15);
    }

    [Test]
    public void Compute_UnweightedOption_IgnoresWeights()
    {
        var weighted = GraphText.Parse("a--b:5 b--c:1 c--a:2 c--d:7");
        var plain = GraphText.Parse("a--b b--c c--a c--d");
        int[] membership = [0, 0, 0, 1];
        Modularity.Compute(weighted.Graph, membership, new ModularityOptions(Weighted: false))
            .Should().Be(Modularity.Compute(plain.Graph, membership));
    }

    [Test]
    public void Compute_NoEdges_IsNaN()
    {
        var g = GraphText.Parse("a b c");
        Modularity.Compute(g.Graph, [0, 1, 2]).Should().Be(double.NaN);
    }

    [Test]
    public void Compute_NonContiguousLabels_SameAsContiguous()
    {
        var g = RandomGraphs.Uniform(30, 70, directed: false, weighted: true, seed: 8);
        var membership = Enumerable.Range(0, 30).Select(v => v % 4).ToArray();
        var spread = membership.Select(c => c * 1000 + 7).ToArray();
        Modularity.Compute(g, spread).Should().Be(Modularity.Compute(g, membership));
    }

    [Test]
    public void Compute_WrongLength_Throws()
    {
        var g = GraphText.Parse("a--b");
        FluentActions.Invoking(() => Modularity.Compute(g.Graph, [0])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Modularity.Compute(g.Graph, [0, -1])).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Compute_KarateFactions_MatchesNetworkX()
    {
        var net = ReferenceNetwork.Load("karate");
        Modularity.Compute(net.Graph, _karateFactions, new ModularityOptions(Weighted: false))
            .Should().BeApproximately(net.Metric("modularity_unweighted[faction_split_2]"), 1e-12);
    }

    [Test]
    public void Compute_MafiaFamilies_MatchesNetworkX()
    {
        var net = ReferenceNetwork.Load("us-mafia-1960");
        var families = MafiaFamilies(net);
        Modularity.Compute(net.Graph, families, new ModularityOptions(Weighted: false))
            .Should().BeApproximately(net.Metric("modularity_unweighted[family]"), 1e-12);
    }

    [TestCaseSource(typeof(ReferenceNetwork), nameof(ReferenceNetwork.Names))]
    public void Compute_NetworkXLouvainPartition_MatchesNetworkXModularity(string name)
    {
        // NetworkX scored its seed-42 Louvain partition on the undirected, unweighted version of the graph.
        var net = ReferenceNetwork.Load(name);
        var membership = net.Partition("louvain-networkx-seed42.csv");
        var q = Modularity.Compute(net.Graph.ToUndirected(ParallelEdges.Sum), membership, new ModularityOptions(Weighted: false));
        q.Should().BeApproximately(net.Metric("louvain_networkx_seed42_unweighted_modularity"), 1e-12);
    }

    [TestCase(false, false, 1)]
    [TestCase(false, true, 2)]
    [TestCase(true, false, 3)]
    [TestCase(true, true, 4)]
    public void Compute_RandomGraph_MatchesNaiveDoubleSum(bool directed, bool weighted, int seed)
    {
        var g = RandomGraphs.Uniform(25, 80, directed, weighted, seed);
        var membership = Enumerable.Range(0, 25).Select(v => (v * 7 + seed) % 5).ToArray();
        foreach (var gamma in new[] { 1.0, 0.3, 2.0 })
        {
            Modularity.Compute(g, membership, new ModularityOptions(gamma))
                .Should().BeApproximately(NaiveModularity(g, membership, gamma), 1e-12);
        }
    }

    [TestCase(false, 5)]
    [TestCase(true, 6)]
    public void Contributions_SumToModularity_AndMergeChangesByPredictedAmount(bool directed, int seed)
    {
        var g = RandomGraphs.Uniform(40, 150, directed, weighted: true, seed);
        var membership = Enumerable.Range(0, 40).Select(v => v % 6).ToArray();
        var parts = Modularity.Contributions(g, membership);
        parts.Sum().Should().BeApproximately(Modularity.Compute(g, membership), 1e-12);

        // Merge communities 1 and 4: ΔQ = (e_14 + e_41)/m − γ (out_1·in_4 + out_4·in_1)/m² (directed);
        // undirected: ΔQ = e_14/m − 2γ K_1 K_4/(2m)².
        double m = 0, between = 0, out1 = 0, in1 = 0, out4 = 0, in4 = 0;
        for (var e = 0; e < g.EdgeCount; e++)
        {
            double w = g.EdgeWeight(e);
            int a = membership[g.EdgeSource(e)], b = membership[g.EdgeTarget(e)];
            m += w;
            if ((a == 1 && b == 4) || (a == 4 && b == 1))
            {
                between += w;
            }

            if (a == 1) { out1 += w; }
            if (b == 1) { in1 += w; }
            if (a == 4) { out4 += w; }
            if (b == 4) { in4 += w; }
        }

        var predicted = directed
            ? between / m - (out1 * in4 + out4 * in1) / (m * m)
            : between / m - 2 * (out1 + in1) * (out4 + in4) / (4 * m * m);
        var merged = membership.Select(c => c == 4 ? 1 : c).ToArray();
        (Modularity.Compute(g, merged) - Modularity.Compute(g, membership)).Should().BeApproximately(predicted, 1e-12);
    }

    internal static int[] MafiaFamilies(ReferenceNetwork net)
    {
        var family = File.ReadLines(SharedData.Require("data/external/us-mafia-1960/MafiaNodes.csv")).Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var names = family.Values.Distinct().Order(StringComparer.Ordinal).ToList();
        return net.Nodes.Select(node => names.IndexOf(family[node])).ToArray();
    }

    /// <summary>Q = 1/(2m) Σ_ij (A_ij − γ k_i k_j / 2m) δ (undirected) or 1/m Σ_ij (A_ij − γ k_i^out k_j^in / m) δ (directed).</summary>
    internal static double NaiveModularity(CsrGraph g, int[] membership, double gamma, bool weighted = true)
    {
        var n = g.NodeCount;
        var a = new double[n, n];
        for (var e = 0; e < g.EdgeCount; e++)
        {
            int s = g.EdgeSource(e), t = g.EdgeTarget(e);
            var w = weighted ? g.EdgeWeight(e) : 1.0;
            a[s, t] += w;
            if (!g.IsDirected)
            {
                a[t, s] += w; // a self-loop adds 2w to A_ii, as in the usual degree convention
            }
        }

        var kOut = new double[n];
        var kIn = new double[n];
        double total = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                kOut[i] += a[i, j];
                kIn[j] += a[i, j];
                total += a[i, j];
            }
        }

        double q = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (membership[i] == membership[j])
                {
                    q += a[i, j] - gamma * kOut[i] * kIn[j] / total;
                }
            }
        }

        return q / total;
    }
}
