using NetworkAnalysis.Engine.Brokerage;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Brokerage;

public class GouldFernandezTests
{
    private static readonly BrokerageRole[] Roles = Enum.GetValues<BrokerageRole>();

    [TestCase(0, 0, 0, BrokerageRole.Coordinator)]
    [TestCase(0, 1, 0, BrokerageRole.Itinerant)]
    [TestCase(0, 0, 1, BrokerageRole.Representative)]
    [TestCase(0, 1, 1, BrokerageRole.Gatekeeper)]
    [TestCase(0, 1, 2, BrokerageRole.Liaison)]
    public void Compute_OneOpenTwoPath_CountsTheBrokerInItsRole(int ga, int gb, int gc, BrokerageRole expected)
    {
        var g = GraphText.Parse("a->b b->c");
        var roles = GouldFernandez.Compute(g.Graph, [ga, gb, gc]);

        foreach (var role in Roles)
        {
            roles.Count(g["b"], role).Should().Be(role == expected ? 1 : 0, role.ToString());
            roles.Count(g["a"], role).Should().Be(0);
            roles.Count(g["c"], role).Should().Be(0);
        }

        roles.Total(g["b"]).Should().Be(1);
    }

    [Test]
    public void Compute_ClosedByDirectTie_IsNotBrokerage()
    {
        var g = GraphText.Parse("a->b b->c a->c");
        GouldFernandez.Compute(g.Graph, [0, 0, 0]).Total(g["b"]).Should().Be(0);
    }

    [Test]
    public void Compute_TieOnlyFromTargetBack_StillOpensThePath()
    {
        // c->a does not close a->b->c (only a->c would), but it does close c->...: there is no b->a, so no other path.
        var g = GraphText.Parse("a->b b->c c->a");
        var roles = GouldFernandez.Compute(g.Graph, [0, 0, 1]);
        roles.Count(g["b"], BrokerageRole.Representative).Should().Be(1);
        roles.Total(g["b"]).Should().Be(1);

        // In the directed 3-cycle every node brokers exactly one open path.
        roles.Total(g["a"]).Should().Be(1);
        roles.Total(g["c"]).Should().Be(1);
    }

    [Test]
    public void Compute_ReciprocalTies_CountBothDirections()
    {
        var g = GraphText.Parse("a->b b->a b->c c->b");
        var roles = GouldFernandez.Compute(g.Graph, [0, 0, 1]);

        // a->b->c: a and b share a group, c is outside: representative. c->b->a: gatekeeper.
        roles.Count(g["b"], BrokerageRole.Representative).Should().Be(1);
        roles.Count(g["b"], BrokerageRole.Gatekeeper).Should().Be(1);
        roles.Total(g["b"]).Should().Be(2);
    }

    [Test]
    public void Compute_UndirectedStar_MatchesHandCount()
    {
        // Centre x in group 0; leaves a, e in group 0, b, c in group 1, d in group 2; no ties among leaves.
        var g = GraphText.Parse("x--a x--b x--c x--d x--e");
        var roles = GouldFernandez.Compute(g.Graph, [0, 0, 1, 1, 2, 0]);
        var x = g["x"];

        roles.Count(x, BrokerageRole.Coordinator).Should().Be(2);     // (a,e), (e,a)
        roles.Count(x, BrokerageRole.Representative).Should().Be(6);  // {a,e} -> {b,c,d}
        roles.Count(x, BrokerageRole.Gatekeeper).Should().Be(6);      // {b,c,d} -> {a,e}
        roles.Count(x, BrokerageRole.Itinerant).Should().Be(2);       // (b,c), (c,b)
        roles.Count(x, BrokerageRole.Liaison).Should().Be(4);         // (b,d), (d,b), (c,d), (d,c)
        roles.Total(x).Should().Be(20);
        roles.Total(g["a"]).Should().Be(0);
    }

    [Test]
    public void Compute_ParallelEdgesAndSelfLoops_AreIgnored()
    {
        var plain = GraphText.Parse("a->b b->c");
        var messy = GraphText.Parse("a->b a->b b->c b->c b->b a->a");
        var r1 = GouldFernandez.Compute(plain.Graph, [0, 1, 2]);
        var r2 = GouldFernandez.Compute(messy.Graph, [0, 1, 2]);
        r2.Total(1).Should().Be(r1.Total(1));
        r2.OrderedTies.Should().Be(2);
    }

    [Test]
    public void Expected_StarExample_MatchesHandDerivedFormulas()
    {
        // 6 nodes, 5 undirected ties = 10 ordered ties: d = 10 / 30 = 1/3; d²(1-d) = 2/27.
        var g = GraphText.Parse("x--a x--b x--c x--d x--e");
        var roles = GouldFernandez.Compute(g.Graph, [0, 0, 1, 1, 2, 0]);
        var x = g["x"];
        const double p = 2.0 / 27;
        roles.Density.Should().BeApproximately(1.0 / 3, 1e-15);

        // Group sizes: group 0 has 3 (x, a, e), group 1 has 2, group 2 has 1.
        roles.Expected(x, BrokerageRole.Coordinator).Should().BeApproximately(p * 2 * 1, 1e-12);
        roles.Expected(x, BrokerageRole.Itinerant).Should().BeApproximately(p * ((2 * 1) + (1 * 0)), 1e-12);
        roles.Expected(x, BrokerageRole.Representative).Should().BeApproximately(p * 3 * 2, 1e-12);
        roles.Expected(x, BrokerageRole.Gatekeeper).Should().BeApproximately(p * 3 * 2, 1e-12);
        roles.Expected(x, BrokerageRole.Liaison).Should().BeApproximately(p * ((2 * 1) + (1 * 2)), 1e-12);
        roles.ExpectedTotal(x).Should().BeApproximately(p * 5 * 4, 1e-12);

        // sna's coordinator variance: E(1 − p) + 2(n−1)(n−2)(n−3) d³(1−d)³ with n = 3 → E(1 − p).
        roles.StandardDeviation(x, BrokerageRole.Coordinator).Should().BeApproximately(Math.Sqrt(p * 2 * (1 - p)), 1e-12);
        roles.Z(x, BrokerageRole.Coordinator).Should().BeApproximately((2 - (2 * p)) / Math.Sqrt(2 * p * (1 - p)), 1e-9);
    }

    [Test]
    public void Expected_EqualsOrderedPairCountTimesTwoPathProbability_OnRandomGraphs()
    {
        // Independent oracle: E[count of role r for broker j] = (#ordered pairs (i,k) whose groups give role r) · d²(1−d).
        for (var seed = 0; seed < 5; seed++)
        {
            var graph = RandomGraphs.Uniform(25, 60, directed: true, weighted: false, seed: seed, ParallelEdges.First, selfLoops: false);
            var groups = RandomGroups(25, 4, seed);
            var roles = GouldFernandez.Compute(graph, groups);
            var p = roles.Density * roles.Density * (1 - roles.Density);
            for (var j = 0; j < 25; j++)
            {
                var pairs = new double[5];
                for (var i = 0; i < 25; i++)
                {
                    for (var k = 0; k < 25; k++)
                    {
                        if (i != j && k != j && i != k)
                        {
                            pairs[(int)Classify(groups[i], groups[j], groups[k])]++;
                        }
                    }
                }

                foreach (var role in Roles)
                {
                    roles.Expected(j, role).Should().BeApproximately(pairs[(int)role] * p, 1e-9);
                }
            }
        }
    }

    [Test]
    public void Compute_RandomGraphs_MatchesNaiveTripleLoop([Values] bool directed)
    {
        for (var seed = 0; seed < 8; seed++)
        {
            var graph = RandomGraphs.Uniform(30, 90, directed, weighted: false, seed: seed);
            var groups = RandomGroups(30, 3, seed + 100);
            var roles = GouldFernandez.Compute(graph, groups);
            var naive = Naive(graph, groups);
            for (var j = 0; j < 30; j++)
            {
                foreach (var role in Roles)
                {
                    roles.Count(j, role).Should().Be(naive[j, (int)role], $"seed {seed}, node {j}, {role}");
                }
            }
        }
    }

    [Test]
    public void Compute_ParallelEqualsSequential()
    {
        var graph = RandomGraphs.Uniform(5000, 40000, directed: true, weighted: false, seed: 7);
        var groups = RandomGroups(5000, 6, 7);
        var seq = GouldFernandez.Compute(graph, groups, new GouldFernandezOptions { MaxDegreeOfParallelism = 1 });
        var par = GouldFernandez.Compute(graph, groups, new GouldFernandezOptions { MaxDegreeOfParallelism = 4 });
        for (var v = 0; v < 5000; v++)
        {
            foreach (var role in Roles)
            {
                par.Count(v, role).Should().Be(seq.Count(v, role));
            }
        }
    }

    [Test]
    public void Compute_GroupsOfWrongLength_Throws()
    {
        var g = GraphText.Parse("a->b");
        var act = () => GouldFernandez.Compute(g.Graph, [0]);
        act.Should().Throw<ArgumentException>();
    }

    private static int[] RandomGroups(int n, int classes, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => rng.Next(classes) * 7).ToArray();
    }

    private static BrokerageRole Classify(int ci, int cj, int ck) =>
        ci == cj ? (cj == ck ? BrokerageRole.Coordinator : BrokerageRole.Representative)
        : cj == ck ? BrokerageRole.Gatekeeper
        : ci == ck ? BrokerageRole.Itinerant
        : BrokerageRole.Liaison;

    private static long[,] Naive(CsrGraph graph, int[] groups)
    {
        var n = graph.NodeCount;
        var adj = new bool[n, n];
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            adj[graph.EdgeSource(e), graph.EdgeTarget(e)] = true;
            if (!graph.IsDirected)
            {
                adj[graph.EdgeTarget(e), graph.EdgeSource(e)] = true;
            }
        }

        var result = new long[n, 5];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                for (var k = 0; k < n; k++)
                {
                    if (i != j && j != k && i != k && adj[i, j] && adj[j, k] && !adj[i, k])
                    {
                        result[j, (int)Classify(groups[i], groups[j], groups[k])]++;
                    }
                }
            }
        }

        return result;
    }
}
