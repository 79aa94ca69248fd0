using NetworkAnalysis.Engine.KeyPlayers;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.KeyPlayers;

public class FragmentationTests
{
    [Test]
    public void Compute_PathWithoutMiddle_IsTwoThirds()
    {
        var g = GraphText.Parse("a--b b--c c--d d--e");
        Fragmentation.Compute(g.Graph).Should().Be(0);
        var removed = new bool[5];
        removed[g["c"]] = true;

        // Components {a,b} and {d,e}: 4 connected ordered pairs of 12.
        Fragmentation.Compute(g.Graph, removed).Should().BeApproximately(2.0 / 3, 1e-15);
    }

    [Test]
    public void DistanceWeighted_PathOfFive_MatchesHandValue()
    {
        // Unordered pairs at distance 1, 2, 3, 4: 4, 3, 2, 1 → Σ 1/d = 4 + 3/2 + 2/3 + 1/4; DF = 1 − 2Σ/20.
        var g = GraphText.Parse("a--b b--c c--d d--e");
        var sum = 4 + 1.5 + (2.0 / 3) + 0.25;
        Fragmentation.DistanceWeighted(g.Graph).Should().BeApproximately(1 - (2 * sum / 20), 1e-15);
    }

    [Test]
    public void Compute_FewerThanTwoNodesLeft_IsNaN()
    {
        var g = GraphText.Parse("a--b");
        Fragmentation.Compute(g.Graph, [true, false]).Should().Be(double.NaN);
    }

    [Test]
    public void Compute_RandomGraphsAndSets_MatchNaive([Values] bool directed)
    {
        var rng = new Random(11);
        for (var seed = 0; seed < 30; seed++)
        {
            var n = 6 + rng.Next(14);
            var graph = RandomGraphs.Uniform(n, rng.Next(n * 2), directed, weighted: false, seed: seed);
            var removed = Enumerable.Range(0, n).Select(_ => rng.NextDouble() < 0.2).ToArray();
            if (removed.Count(r => !r) < 2)
            {
                continue;
            }

            Fragmentation.Compute(graph, removed).Should().BeApproximately(NaiveGraphs.Fragmentation(graph, removed), 1e-12, $"seed {seed}");
            Fragmentation.DistanceWeighted(graph, removed).Should().BeApproximately(NaiveGraphs.DistanceFragmentation(graph, removed), 1e-12, $"seed {seed}");
        }
    }

    [Test]
    public void CutScan_EveryCandidate_MatchesRemovingItExplicitly()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var graph = RandomGraphs.Uniform(18, 22, directed: seed % 2 == 0, weighted: false, seed: seed);
            var removed = new bool[18];
            removed[seed % 18] = true;
            var after = new long[18];
            var scan = new CutScan(18);
            scan.Run(graph, removed, after, out _);
            for (var v = 0; v < 18; v++)
            {
                if (removed[v])
                {
                    continue;
                }

                var both = (bool[])removed.Clone();
                both[v] = true;
                var expected = NaiveGraphs.Fragmentation(graph, both);
                Fragmentation.FromPairs(after[v], 16).Should().BeApproximately(expected, 1e-12, $"seed {seed}, node {v}");
            }
        }
    }
}
