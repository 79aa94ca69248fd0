using NetworkAnalysis.Engine.Paths;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Paths;

public class KShortestPathsTests
{
    [Test]
    public void Yen_SmallGraph_ListsPathsInOrder()
    {
        // Classic example: c→h has paths c-e-f-h (5), c-e-g-h (7), c-d-f-h (8), c-d-e-f-h (8), ...
        var g = GraphText.Parse("c->d:3 c->e:2 d->f:4 e->d:1 e->f:2 e->g:3 f->g:2 f->h:1 g->h:2");
        var paths = KShortestPaths.Yen(g.Graph, g["c"], g["h"], 3, new ShortestPathOptions { Length = EdgeLength.Weight });
        paths.Select(p => string.Join("", p.Nodes.Select(v => g.Names[v]))).Should().Equal("cefh", "cegh", "cdfh");
        paths.Select(p => p.Length).Should().Equal(5, 7, 8);
    }

    [Test]
    public void Yen_FewerPathsThanAsked_ReturnsAllOfThem()
    {
        var g = GraphText.Parse("a->b b->c a->c");
        KShortestPaths.Yen(g.Graph, g["a"], g["c"], 10).Should().HaveCount(2);
        KShortestPaths.Yen(g.Graph, g["c"], g["a"], 10).Should().BeEmpty();
    }

    [Test]
    public void Yen_RandomGraphs_MatchBruteForceEnumeration([Values] EdgeLength weighting)
    {
        var rng = new Random(9);
        for (var seed = 0; seed < 30; seed++)
        {
            var n = 7 + rng.Next(4);
            var directed = seed % 2 == 0;
            var graph = RandomGraphs.Uniform(n, n * 2, directed, weighted: true, seed: 50 + seed);
            var maxHops = seed % 3 == 0 ? 3 : int.MaxValue;
            var options = new ShortestPathOptions { Length = weighting, MaxHops = maxHops };
            int s = rng.Next(n), t = (s + 1 + rng.Next(n - 1)) % n;
            var all = AllSimplePaths(graph, s, t, options).OrderBy(p => p.Length).ThenBy(p => p.Hops).ToList();
            var k = 1 + rng.Next(6);
            var yen = KShortestPaths.Yen(graph, s, t, k, options);
            yen.Should().HaveCount(Math.Min(k, all.Count), $"seed {seed}");
            for (var i = 0; i < yen.Count; i++)
            {
                yen[i].Length.Should().BeApproximately(all[i].Length, 1e-9, $"seed {seed}, path {i}");
                yen[i].Hops.Should().BeLessThanOrEqualTo(maxHops);
                all.Should().Contain(p => p.Nodes.SequenceEqual(yen[i].Nodes));
            }

            yen.Select(p => string.Join(',', p.Nodes)).Should().OnlyHaveUniqueItems();
        }
    }

    private static List<GraphPath> AllSimplePaths(CsrGraph graph, int s, int t, ShortestPathOptions options)
    {
        var n = graph.NodeCount;
        var result = new List<GraphPath>();
        var stack = new List<int> { s };
        var on = new bool[n];
        on[s] = true;
        void Walk(int v, double length)
        {
            if (v == t)
            {
                result.Add(new GraphPath(stack.ToArray(), length));
                return;
            }

            if (stack.Count - 1 >= options.MaxHops)
            {
                return;
            }

            for (var w = 0; w < n; w++)
            {
                var len = ShortestPathTests.NaiveEdgeLength(graph, v, w, options);
                if (on[w] || double.IsPositiveInfinity(len))
                {
                    continue;
                }

                on[w] = true;
                stack.Add(w);
                Walk(w, length + len);
                stack.RemoveAt(stack.Count - 1);
                on[w] = false;
            }
        }

        Walk(s, 0);

        // Lengths as the library sums them (edge by edge in path order).
        return result.Select(p => new GraphPath(p.Nodes, Sum(graph, p.Nodes, options))).ToList();
    }

    private static double Sum(CsrGraph graph, int[] nodes, ShortestPathOptions options)
    {
        double sum = 0;
        for (var i = 1; i < nodes.Length; i++)
        {
            sum += ShortestPathTests.NaiveEdgeLength(graph, nodes[i - 1], nodes[i], options);
        }

        return sum;
    }
}
