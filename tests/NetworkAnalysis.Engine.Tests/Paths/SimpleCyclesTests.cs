using NetworkAnalysis.Engine.Paths;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Paths;

public class SimpleCyclesTests
{
    [Test]
    public void Enumerate_SmallDirectedGraph_FindsEachCycleOnceFromItsSmallestNode()
    {
        var g = GraphText.Parse("a->b b->c c->a b->a c->c c->d");
        var cycles = SimpleCycles.Enumerate(g.Graph, new SimpleCycleOptions { MaxLength = 3 });
        cycles.Cycles.Select(c => string.Join("", c.Select(v => g.Names[v]))).Should().Equal("ab", "abc", "c");
        cycles.Truncated.Should().BeFalse();
    }

    [Test]
    public void Enumerate_MaxLength_DropsLongerCycles()
    {
        var g = GraphText.Parse("a->b b->c c->d d->a");
        SimpleCycles.Enumerate(g.Graph, new SimpleCycleOptions { MaxLength = 3 }).Cycles.Should().BeEmpty();
        SimpleCycles.Enumerate(g.Graph, new SimpleCycleOptions { MaxLength = 4 }).Cycles.Should().HaveCount(1);
    }

    [Test]
    public void Enumerate_MaxCycles_Truncates()
    {
        var g = GraphText.Parse("a->b b->a b->c c->b c->a a->c");
        var cycles = SimpleCycles.Enumerate(g.Graph, new SimpleCycleOptions { MaxCycles = 2 });
        cycles.Cycles.Should().HaveCount(2);
        cycles.Truncated.Should().BeTrue();
    }

    [Test]
    public void Enumerate_Undirected_CountsTrianglesOnceAndNoBackAndForth()
    {
        var g = GraphText.Parse("a--b b--c c--a c--d");
        var cycles = SimpleCycles.Enumerate(g.Graph);
        cycles.Cycles.Should().ContainSingle().Which.Should().HaveCount(3);
    }

    [Test]
    public void Enumerate_RandomGraphs_EqualsBruteForce([Values] bool directed)
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var n = 4 + (seed % 5);
            var graph = RandomGraphs.Uniform(n, n * 2, directed, weighted: false, seed: 700 + seed);
            var maxLength = 1 + (seed % 5);
            var found = SimpleCycles.Enumerate(graph, new SimpleCycleOptions { MaxLength = maxLength })
                .Cycles.Select(c => string.Join(',', c)).ToList();
            var expected = BruteForce(graph, maxLength).ToList();
            found.Should().OnlyHaveUniqueItems();
            found.Order().Should().Equal(expected.Order(), $"seed {seed}");
        }
    }

    private static IEnumerable<string> BruteForce(CsrGraph graph, int maxLength)
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

        // Every sequence of distinct nodes starting with its minimum whose consecutive pairs (and last→first) are edges.
        var result = new List<string>();
        void Extend(List<int> seq)
        {
            var length = seq.Count;
            var closes = adj[seq[^1], seq[0]];
            var valid = graph.IsDirected ? closes : length >= 3 && closes && seq[1] < seq[^1];
            if (valid)
            {
                result.Add(string.Join(',', seq));
            }

            if (length == maxLength)
            {
                return;
            }

            for (var w = seq[0] + 1; w < n; w++)
            {
                if (!seq.Contains(w) && adj[seq[^1], w])
                {
                    seq.Add(w);
                    Extend(seq);
                    seq.RemoveAt(seq.Count - 1);
                }
            }
        }

        for (var s = 0; s < n; s++)
        {
            Extend([s]);
        }

        return result;
    }
}
