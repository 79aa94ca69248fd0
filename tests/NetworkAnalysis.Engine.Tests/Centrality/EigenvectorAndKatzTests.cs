using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Centrality;

[TestFixture]
public class EigenvectorAndKatzTests
{
    private static readonly EigenvectorCentralityOptions TightEigen = new() { Tolerance = 1e-14, MaxIterations = 100_000 };

    [Test]
    public void Eigenvector_Star_CentreIsOneOverRootTwo()
    {
        // Star K(1,3): λ = √3, centre 1/√2, leaves 1/√6.
        var x = EigenvectorCentrality.Compute(GraphText.Parse("c--a c--b c--d").Graph, TightEigen);
        x[0].Should().BeApproximately(1 / Math.Sqrt(2), 1e-9);
        x[1].Should().BeApproximately(1 / Math.Sqrt(6), 1e-9);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Eigenvector_RandomConnectedGraph_SatisfiesEigenEquation(bool weighted)
    {
        var g = Connected(60, 150, directed: false, seed: 7);
        var x = EigenvectorCentrality.Compute(g, TightEigen with { Weighted = weighted });
        Math.Sqrt(x.Sum(v => v * v)).Should().BeApproximately(1, 1e-12);
        var ax = new double[g.NodeCount];
        for (var e = 0; e < g.EdgeCount; e++)
        {
            int u = g.EdgeSource(e), v = g.EdgeTarget(e);
            var w = weighted ? g.EdgeWeight(e) : 1.0;
            ax[v] += w * x[u];
            if (u != v)
            {
                ax[u] += w * x[v];
            }
        }

        var lambda = Enumerable.Range(0, g.NodeCount).Sum(v => ax[v] * x[v]);
        for (var v = 0; v < g.NodeCount; v++)
        {
            ax[v].Should().BeApproximately(lambda * x[v], 1e-7);
            x[v].Should().BePositive();
        }
    }

    [Test]
    public void Eigenvector_OutDirection_EqualsInDirectionOnReversedGraph()
    {
        var g = Connected(40, 160, directed: true, seed: 2);
        var reversed = Reverse(g);
        EigenvectorCentrality.Compute(g, TightEigen with { Direction = Direction.Out })
            .Should().Equal(EigenvectorCentrality.Compute(reversed, TightEigen));
    }

    [Test]
    public void Eigenvector_TooFewIterations_Throws()
    {
        FluentActions.Invoking(() => EigenvectorCentrality.Compute(Connected(30, 60, false, 1), new() { MaxIterations = 2, Tolerance = 1e-15 }))
            .Should().Throw<NotConvergedException>();
    }

    [TestCase(true, false)]
    [TestCase(false, false)]
    [TestCase(true, true)]
    public void Katz_RandomGraphs_SolveTheLinearSystem(bool directed, bool weighted)
    {
        var g = RandomGraphs.Uniform(30, 60, directed, weighted: true, seed: 3);
        const double alpha = 0.05;
        var beta = Enumerable.Range(0, 30).Select(v => 1.0 + v % 3).ToArray();
        var x = KatzCentrality.Compute(g, new() { Alpha = alpha, BetaPerNode = beta, Weighted = weighted, Normalized = false, Tolerance = 1e-15 });

        // (I - α Aᵀ) x = β with A[u, v] = Σ weights of arcs u→v (both ways when undirected, a self-loop once).
        var n = g.NodeCount;
        var m = new double[n, n + 1];
        for (var v = 0; v < n; v++)
        {
            m[v, v] = 1;
            m[v, n] = beta[v];
        }

        for (var e = 0; e < g.EdgeCount; e++)
        {
            int u = g.EdgeSource(e), v = g.EdgeTarget(e);
            var w = weighted ? g.EdgeWeight(e) : 1.0;
            m[v, u] -= alpha * w;
            if (!directed && u != v)
            {
                m[u, v] -= alpha * w;
            }
        }

        var solution = Solve(m, n);
        for (var v = 0; v < n; v++)
        {
            x[v].Should().BeApproximately(solution[v], 1e-10);
        }

        var normalised = KatzCentrality.Compute(g, new() { Alpha = alpha, BetaPerNode = beta, Weighted = weighted, Tolerance = 1e-15 });
        var norm = Math.Sqrt(solution.Sum(v => v * v));
        normalised[5].Should().BeApproximately(solution[5] / norm, 1e-10);
    }

    [Test]
    public void Katz_IsolatedNode_GetsBeta()
    {
        KatzCentrality.Compute(GraphText.Parse("a->b c").Graph, new() { Normalized = false }).Should().Equal(1.0, 1.1, 1.0);
    }

    [Test]
    public void Katz_AlphaAboveSpectralRadius_ThrowsNotConverged()
    {
        FluentActions.Invoking(() => KatzCentrality.Compute(GraphText.Parse("a->b b->c c->a").Graph, new() { Alpha = 1.5 }))
            .Should().Throw<NotConvergedException>();
    }

    [Test]
    public void PowerIterations_ParallelEqualsSequential_BitForBit()
    {
        var g = Connected(60_000, 240_000, directed: false, seed: 4);
        var e1 = EigenvectorCentrality.Compute(g, new() { MaxDegreeOfParallelism = 1, MaxIterations = 1000 });
        var e2 = EigenvectorCentrality.Compute(g, new() { MaxDegreeOfParallelism = 2, MaxIterations = 1000 });
        BetweennessTests.Bits(e2).Should().Equal(BetweennessTests.Bits(e1));
        var k1 = KatzCentrality.Compute(g, new() { Alpha = 0.05, MaxDegreeOfParallelism = 1 });
        var k2 = KatzCentrality.Compute(g, new() { Alpha = 0.05, MaxDegreeOfParallelism = 3 });
        BetweennessTests.Bits(k2).Should().Equal(BetweennessTests.Bits(k1));
    }

    /// <summary>A random graph plus a ring through all nodes, so it is (strongly) connected.</summary>
    private static CsrGraph Connected(int n, int m, bool directed, int seed)
    {
        var rng = new Random(seed);
        var b = new CsrGraphBuilder(n, directed, weighted: true);
        for (var v = 0; v < n; v++)
        {
            b.AddEdge(v, (v + 1) % n, 1 + rng.Next(4));
        }

        for (var i = 0; i < m; i++)
        {
            b.AddEdge(rng.Next(n), rng.Next(n), 1 + rng.Next(4));
        }

        return b.Build();
    }

    private static CsrGraph Reverse(CsrGraph g)
    {
        var b = new CsrGraphBuilder(g.NodeCount, g.IsDirected, g.IsWeighted);
        for (var e = 0; e < g.EdgeCount; e++)
        {
            b.AddEdge(g.EdgeTarget(e), g.EdgeSource(e), g.EdgeWeight(e));
        }

        return b.Build();
    }

    private static double[] Solve(double[,] m, int n)
    {
        for (var c = 0; c < n; c++)
        {
            var pivot = Enumerable.Range(c, n - c).MaxBy(r => Math.Abs(m[r, c]));
            for (var k = 0; k <= n; k++)
            {
                (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
            }

            for (var r = 0; r < n; r++)
            {
                if (r != c)
                {
                    var f = m[r, c] / m[c, c];
                    for (var k = c; k <= n; k++)
                    {
                        m[r, k] -= f * m[c, k];
                    }
                }
            }
        }

        return Enumerable.Range(0, n).Select(r => m[r, n] / m[r, r]).ToArray();
    }
}
