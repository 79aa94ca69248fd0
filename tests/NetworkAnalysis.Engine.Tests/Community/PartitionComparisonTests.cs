using NetworkAnalysis.Engine.Community;

namespace NetworkAnalysis.Engine.Tests.Community;

public class PartitionComparisonTests
{
    [Test]
    public void NormalizedMutualInformation_KnownSmallExamples()
    {
        // Values from the arithmetic-mean NMI (scikit-learn's default) computed by hand / in Python.
        PartitionComparison.NormalizedMutualInformation([0, 0, 1, 1], [0, 0, 1, 2]).Should().BeApproximately(0.8, 1e-12);
        PartitionComparison.NormalizedMutualInformation([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])
            .Should().BeApproximately(0.5158037429793888, 1e-12);
    }

    [Test]
    public void AdjustedRandIndex_KnownSmallExamples()
    {
        // scikit-learn documentation examples.
        PartitionComparison.AdjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2]).Should().BeApproximately(0.5714285714285715, 1e-12);
        PartitionComparison.AdjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]).Should().BeApproximately(0.24242424242424246, 1e-12);
        PartitionComparison.AdjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1]).Should().BeApproximately(-0.5, 1e-12);
    }

    [Test]
    public void Both_RelabelledIdenticalPartitions_AreOne()
    {
        int[] a = [5, 5, -3, -3, 9, 100000];
        int[] b = [1, 1, 2, 2, 0, 7];
        PartitionComparison.NormalizedMutualInformation(a, b).Should().BeApproximately(1, 1e-12);
        PartitionComparison.AdjustedRandIndex(a, b).Should().BeApproximately(1, 1e-12);
    }

    [Test]
    public void Both_DegenerateCases_FollowScikitLearn()
    {
        PartitionComparison.NormalizedMutualInformation([3, 3, 3], [1, 1, 1]).Should().Be(1);
        PartitionComparison.AdjustedRandIndex([3, 3, 3], [1, 1, 1]).Should().Be(1);
        PartitionComparison.AdjustedRandIndex([0, 1, 2], [2, 0, 1]).Should().Be(1);
        PartitionComparison.NormalizedMutualInformation([0, 0, 0, 0], [0, 1, 2, 3]).Should().Be(0);
    }

    [Test]
    public void Both_DifferentLengths_Throw()
    {
        FluentActions.Invoking(() => PartitionComparison.AdjustedRandIndex([0, 1], [0])).Should().Throw<ArgumentException>();
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Both_RandomLabellings_MatchNaiveFormulas(int seed)
    {
        var rng = new Random(seed);
        var a = Enumerable.Range(0, 200).Select(_ => rng.Next(7)).ToArray();
        var b = a.Select(x => rng.NextDouble() < 0.6 ? x : rng.Next(5)).ToArray();

        PartitionComparison.NormalizedMutualInformation(a, b).Should().BeApproximately(NaiveNmi(a, b), 1e-12);
        PartitionComparison.AdjustedRandIndex(a, b).Should().BeApproximately(NaiveAri(a, b), 1e-12);
        PartitionComparison.NormalizedMutualInformation(a, b).Should().BeApproximately(PartitionComparison.NormalizedMutualInformation(b, a), 1e-15);
    }

    private static double NaiveNmi(int[] a, int[] b)
    {
        double n = a.Length;
        var ca = a.GroupBy(x => x).ToDictionary(g => g.Key, g => (double)g.Count());
        var cb = b.GroupBy(x => x).ToDictionary(g => g.Key, g => (double)g.Count());
        var cab = a.Zip(b).GroupBy(p => p).ToDictionary(g => g.Key, g => (double)g.Count());
        var ha = -ca.Values.Sum(c => c / n * Math.Log(c / n));
        var hb = -cb.Values.Sum(c => c / n * Math.Log(c / n));
        var mi = cab.Sum(kv => kv.Value / n * Math.Log(kv.Value * n / (ca[kv.Key.First] * cb[kv.Key.Second])));
        return 2 * mi / (ha + hb);
    }

    private static double NaiveAri(int[] a, int[] b)
    {
        // Pair counting over all node pairs.
        double same = 0, sameA = 0, sameB = 0, pairs = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = i + 1; j < a.Length; j++)
            {
                var x = a[i] == a[j];
                var y = b[i] == b[j];
                pairs++;
                if (x && y) { same++; }
                if (x) { sameA++; }
                if (y) { sameB++; }
            }
        }

        var expected = sameA * sameB / pairs;
        return (same - expected) / ((sameA + sameB) / 2 - expected);
    }
}
