using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Engine.Community;
using NetworkAnalysis.Engine.KeyPlayers;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests;

/// <summary>The progress sinks of the long engine methods: fractions only increase, end at 1, and never change the result.</summary>
[TestFixture]
public class ProgressTests
{
    // Large enough that the all-pairs methods run on two threads (above Workers.SequentialWork).
    private static readonly Lazy<CsrGraph> Graph = new(() => RandomGraphs.PowerLaw(3_000, 15_000, directed: true, seed: 11));

    [Test]
    public void Betweenness_WithProgressOnTwoThreads_ReportsIncreasingFractionsToOneAndTheSameValues()
    {
        var options = new BetweennessOptions { MaxDegreeOfParallelism = 2 };
        var sink = new Recorder();
        var values = Betweenness.Compute(Graph.Value, options, default, sink);
        values.Should().Equal(Betweenness.Compute(Graph.Value, options));
        sink.ShouldRiseToOne(minimumReports: 10);
    }

    [Test]
    public void Harmonic_WithProgressOnTwoThreads_ReportsIncreasingFractionsToOneAndTheSameValues()
    {
        var options = new HarmonicCentralityOptions { MaxDegreeOfParallelism = 2 };
        var sink = new Recorder();
        var values = HarmonicCentrality.Compute(Graph.Value, options, default, sink);
        values.Should().Equal(HarmonicCentrality.Compute(Graph.Value, options));
        sink.ShouldRiseToOne(minimumReports: 10);
    }

    [Test]
    public void Closeness_Weighted_ReportsEverySourceToOne()
    {
        var g = RandomGraphs.Uniform(300, 1_500, directed: false, weighted: true, seed: 5);
        var sink = new Recorder();
        Closeness.Compute(g, new ClosenessOptions { Length = Engine.Paths.EdgeLength.Weight }, default, sink);
        sink.ShouldRiseToOne(minimumReports: 100);
    }

    [Test]
    public void Disruption_ReportsOnceAStep()
    {
        var sink = new Recorder();
        Disruption.Simulate(Graph.Value, default, new DisruptionOptions { Steps = 4, ComputeEfficiency = false }, default, sink);
        sink.Values.Should().Equal(0.25, 0.5, 0.75, 1.0);
    }

    [Test]
    public void PageRankAndLeiden_ReportIncreasingFractionsBelowOne()
    {
        var pageRank = new Recorder();
        PageRank.Compute(Graph.Value, null, default, pageRank);
        pageRank.Values.Should().NotBeEmpty().And.BeInAscendingOrder().And.OnlyContain(f => f >= 0 && f < 1);

        var leiden = new Recorder();
        Leiden.Compute(Graph.Value, new LeidenOptions(MaxIterations: 4), default, leiden);
        leiden.Values.Should().NotBeEmpty().And.BeInAscendingOrder().And.OnlyContain(f => f > 0 && f <= 1);
    }

    [Test]
    public void KeyPlayers_ReportIncreasingFractionsToOne()
    {
        var reach = new Recorder();
        KeyPlayerReach.Find(Graph.Value, 3, null, default, reach);
        reach.ShouldRiseToOne(minimumReports: 3);

        var fragmentation = new Recorder();
        KeyPlayerFragmentation.Find(RandomGraphs.Uniform(200, 600, directed: false, weighted: false, seed: 3), 3,
            new KeyPlayerFragmentationOptions { Restarts = 3 }, default, fragmentation);
        fragmentation.Values.Should().Equal(0.25, 0.5, 0.75, 1.0);
    }

    /// <summary>Records synchronously, from any thread (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class Recorder : IProgress<double>
    {
        private readonly List<double> _values = [];

        public IReadOnlyList<double> Values
        {
            get
            {
                lock (_values)
                {
                    return [.. _values];
                }
            }
        }

        public void Report(double value)
        {
            lock (_values)
            {
                _values.Add(value);
            }
        }

        public void ShouldRiseToOne(int minimumReports)
        {
            var values = Values;
            values.Count.Should().BeGreaterThanOrEqualTo(minimumReports);
            values.Should().BeInAscendingOrder().And.OnlyContain(f => f > 0 && f <= 1);
            values[^1].Should().Be(1.0);
        }
    }
}
