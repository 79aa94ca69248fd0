using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Engine.Paths;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Centrality;

/// <summary>Pivot-sampled harmonic centrality against the exact all-sources values.</summary>
[TestFixture]
public class HarmonicSamplingTests
{
    private static readonly Lazy<CsrGraph> Directed = new(() => RandomGraphs.PowerLaw(2_000, 10_000, directed: true, seed: 21));

    [TestCase(Direction.In)]
    [TestCase(Direction.Out)]
    [TestCase(Direction.All)]
    public void Compute_EveryNodeAPivot_EqualsTheExactValues(Direction direction)
    {
        var g = Directed.Value;
        var exact = HarmonicCentrality.Compute(g, new HarmonicCentralityOptions { Direction = direction });
        var all = HarmonicCentrality.Compute(g, new HarmonicCentralityOptions { Direction = direction, SampleSize = g.NodeCount });
        all.Should().Equal(exact, (a, b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, b));
    }

    [Test]
    public void Compute_WeightedEveryNodeAPivot_EqualsTheExactValues()
    {
        var g = RandomGraphs.Uniform(400, 2_000, directed: true, weighted: true, seed: 8);
        var options = new HarmonicCentralityOptions { Length = EdgeLength.Weight };
        var exact = HarmonicCentrality.Compute(g, options);
        var all = HarmonicCentrality.Compute(g, options with { SampleSize = g.NodeCount });
        all.Should().Equal(exact, (a, b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, b));
    }

    [Test]
    public void Compute_Sampled_StaysWithinTheStatedBoundAndIsTheSameOnAnyThreadCount()
    {
        var g = Directed.Value;
        var n = g.NodeCount;
        const int K = 300;
        var exact = HarmonicCentrality.Compute(g, new HarmonicCentralityOptions { Normalized = true });
        var one = HarmonicCentrality.Compute(g, new HarmonicCentralityOptions { Normalized = true, SampleSize = K, Seed = 3, MaxDegreeOfParallelism = 1 });
        var two = HarmonicCentrality.Compute(g, new HarmonicCentralityOptions { Normalized = true, SampleSize = K, Seed = 3, MaxDegreeOfParallelism = 2 });
        two.Should().Equal(one, "the pivot sums are added in a fixed order");

        var bound = n / (n - 1.0) * Math.Sqrt(Math.Log(2.0 * n / 0.05) / (2.0 * K));
        var worst = exact.Zip(one, (e, s) => Math.Abs(e - s)).Max();
        worst.Should().BeLessThan(bound);
        worst.Should().BeGreaterThan(0, "300 of 2,000 pivots is an estimate, not the exact value");
    }

    [Test]
    public void Compute_SampleSizeOutOfRange_Throws()
    {
        var act = () => HarmonicCentrality.Compute(Directed.Value, new HarmonicCentralityOptions { SampleSize = 0 });
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
