using System.Globalization;
using NetworkAnalysis.Engine.Community;
using NetworkAnalysis.Engine.Tests.Support;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Community;

public class LabelPropagationTests
{
    [Test]
    public void Labels_SynchronousOnPath_TiesToSmallestLabel()
    {
        // a-b-c-d: iteration 1: a←{b}=1, b←{0,2}→0, c←{1,3}→1, d←{2}=2 → [1,0,1,2];
        // iteration 2: a←{0}, b←{1,1}→1, c←{0,2}→0, d←{1} → [0,1,0,1].
        var g = GraphText.Parse("a--b b--c c--d");
        LabelPropagation.Labels(g.Graph, new LabelPropagationOptions(MaxIterations: 1)).Should().Equal(1, 0, 1, 2);
        LabelPropagation.Labels(g.Graph, new LabelPropagationOptions(MaxIterations: 2)).Should().Equal(0, 1, 0, 1);
    }

    [Test]
    public void Labels_SynchronousDirected_ReciprocalNeighbourCountsTwice()
    {
        // c's neighbours: a (in and out: 2 votes for label 0), b (out: 1 vote), d (in: 1 vote) → label 0.
        var g = GraphText.Parse("a->c c->a c->b d->c e");
        var labels = LabelPropagation.Labels(g.Graph, new LabelPropagationOptions(MaxIterations: 1));
        labels[g["c"]].Should().Be(g["a"]);
        labels[g["e"]].Should().Be(g["e"], "a node without neighbours keeps its label");
    }

    [Test]
    public void Labels_SynchronousWeighted_HeavierLabelWins()
    {
        var g = GraphText.Parse("a--c:1 b--c:1 d--c:5");
        LabelPropagation.Labels(g.Graph, new LabelPropagationOptions(MaxIterations: 1, Weighted: true))[g["c"]].Should().Be(g["d"]);
        LabelPropagation.Labels(g.Graph, new LabelPropagationOptions(MaxIterations: 1))[g["c"]].Should().Be(g["a"]);
    }

    [TestCaseSource(typeof(LdbcDataset), nameof(LdbcDataset.TestGraphsWith), new object[] { "CDLP" })]
    public void Labels_LdbcTestGraph_ExactlyExpected(string name)
    {
        var data = LdbcDataset.LoadTestGraph(name);
        var iterations = int.Parse(data.Properties["cdlp.max-iterations"], CultureInfo.InvariantCulture);
        var labels = LabelPropagation.Labels(data.Graph, new LabelPropagationOptions(MaxIterations: iterations));
        labels.Select(l => data.Ids[l].ToString(CultureInfo.InvariantCulture)).Should().Equal(data.Expected("-CDLP"));
    }

    [TestCase("dir")]
    [TestCase("undir")]
    public void Labels_LdbcValidationGraph_ExactlyExpected(string input)
    {
        // The upstream validation test runs 5 iterations (SOURCE.md).
        var data = LdbcDataset.LoadValidationGraph("cdlp", input);
        var labels = LabelPropagation.Labels(data.Graph, new LabelPropagationOptions(MaxIterations: 5));
        labels.Select(l => data.Ids[l].ToString(CultureInfo.InvariantCulture)).Should().Equal(data.Expected("-output"));
    }

    [Test]
    public void Labels_SynchronousParallelAndSequential_Identical()
    {
        var g = RandomGraphs.Uniform(20000, 80000, directed: true, weighted: true, seed: 6);
        foreach (var weighted in new[] { false, true })
        {
            LabelPropagation.Labels(g, new LabelPropagationOptions(MaxIterations: 8, Weighted: weighted, MaxDegreeOfParallelism: 1))
                .Should().Equal(LabelPropagation.Labels(g, new LabelPropagationOptions(MaxIterations: 8, Weighted: weighted, MaxDegreeOfParallelism: 4)));
        }
    }

    [Test]
    public void Compute_AsynchronousOnTwoCliquesWithBridge_FindsTheCliques()
    {
        var g = TwoCliques(6);
        for (var seed = 0; seed < 10; seed++)
        {
            var result = LabelPropagation.Compute(g, new LabelPropagationOptions(LabelPropagationMode.Asynchronous, MaxIterations: 100, Seed: seed));
            result.CommunityCount.Should().Be(2);
            result.Membership.Should().Equal(0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1);
        }
    }

    [TestCase(1, false)]
    [TestCase(2, true)]
    public void Compute_AsynchronousConverged_EveryLabelIsAMostFrequentNeighbourLabel(int seed, bool weighted)
    {
        var g = RandomGraphs.Uniform(400, 1600, directed: false, weighted: true, seed);
        var result = LabelPropagation.Compute(g, new LabelPropagationOptions(LabelPropagationMode.Asynchronous, MaxIterations: 1000, Seed: seed, Weighted: weighted));
        result.Iterations.Should().BeLessThan(1000);
        var m = result.Membership;
        for (var v = 0; v < g.NodeCount; v++)
        {
            var score = new Dictionary<int, double>();
            var nb = g.Neighbors(v);
            var w = g.Weights(v);
            for (var i = 0; i < nb.Length; i++)
            {
                score[m[nb[i]]] = score.GetValueOrDefault(m[nb[i]]) + (weighted ? w[i] : 1.0);
            }

            if (score.Count > 0)
            {
                score.GetValueOrDefault(m[v]).Should().Be(score.Values.Max(), $"node {v} must hold a most frequent label");
            }
        }
    }

    [Test]
    public void Compute_AsynchronousSameSeed_SameResult_DifferentSeedsCanDiffer()
    {
        var g = RandomGraphs.Uniform(500, 1500, directed: false, weighted: false, seed: 9);
        var a = LabelPropagation.Compute(g, new LabelPropagationOptions(LabelPropagationMode.Asynchronous, Seed: 3));
        var b = LabelPropagation.Compute(g, new LabelPropagationOptions(LabelPropagationMode.Asynchronous, Seed: 3));
        a.Membership.Should().Equal(b.Membership);
        a.Modularity.Should().Be(b.Modularity);
        Enumerable.Range(0, 5)
            .Select(s => LabelPropagation.Compute(g, new LabelPropagationOptions(LabelPropagationMode.Asynchronous, Seed: s)).Membership)
            .Distinct(new MembershipComparer()).Count().Should().BeGreaterThan(1);
    }

    [Test]
    public void Compute_ModularityAndCanonicalNumbering()
    {
        var g = RandomGraphs.Uniform(300, 900, directed: true, weighted: false, seed: 4);
        var result = LabelPropagation.Compute(g);
        Partitions.IsCanonical(result.Membership, result.CommunityCount).Should().BeTrue();
        result.Modularity.Should().Be(Modularity.Compute(g.ToUndirected(), result.Membership, new ModularityOptions(Weighted: false)));
    }

    internal static CsrGraph TwoCliques(int size, double bridgeWeight = 1.0)
    {
        var builder = new CsrGraphBuilder(2 * size, directed: false, weighted: true);
        for (var side = 0; side < 2; side++)
        {
            for (var i = 0; i < size; i++)
            {
                for (var j = i + 1; j < size; j++)
                {
                    builder.AddEdge(side * size + i, side * size + j);
                }
            }
        }

        builder.AddEdge(size - 1, size, bridgeWeight);
        return builder.Build();
    }

    private sealed class MembershipComparer : IEqualityComparer<int[]>
    {
        public bool Equals(int[]? x, int[]? y) => x!.SequenceEqual(y!);

        public int GetHashCode(int[] obj) => obj.Aggregate(17, (h, x) => h * 31 + x);
    }
}
