using NetworkAnalysis.Application.Reports;
using NetworkAnalysis.Core;
using NetworkAnalysis.Synthetic;

namespace NetworkAnalysis.Application.Tests.Reports;

public class CaseAnalyzerScaleTests
{
    private static readonly Lazy<TransactionNetwork> Network = new(() => CaseGenerator.Generate(new CaseGeneratorOptions { Groups = 6, Seed = 4 }));

    [Test]
    public void Analyze_AboveTheSampleSize_EstimatesBetweennessStatesTheBoundAndIsDeterministic()
    {
        var options = new CaseAnalysisOptions { SampleAbove = 100, Samples = 60, Seed = 9 };
        var a = CaseAnalyzer.Analyze(Network.Value, "case", new IdentityProtection(), options);
        var b = CaseAnalyzer.Analyze(Network.Value, "case", new IdentityProtection(), options);
        var section = a.Sections.Single(s => s.Key == "betweenness");
        section.Estimate.Should().NotBeNull();
        section.Estimate!.SampleSize.Should().Be(60);
        section.Estimate.Seed.Should().Be(9);
        section.Estimate.Bound.Should().BeInRange(0, 1);
        section.Text.Should().Contain("Estimated from 60 sampled source agents");
        section.Rows.Should().BeEquivalentTo(b.Sections.Single(s => s.Key == "betweenness").Rows, o => o.WithStrictOrdering());
        a.Sections.Single(s => s.Key == "harmonic").Estimate.Should().BeNull("4,096 pivots are more than the agents: exact");
        a.Sections.Should().OnlyContain(s => s.Seconds >= 0, "every section records its time");
        var json = ReportRenderer.Json(a);
        json.Should().Contain("\"estimate\"").And.Contain("\"seconds\"");
    }

    [Test]
    public void Analyze_Exact_ComputesBetweennessExactly()
    {
        var report = CaseAnalyzer.Analyze(Network.Value, "case", new IdentityProtection(), new CaseAnalysisOptions { SampleAbove = 100, Samples = 60, Exact = true });
        report.Sections.Single(s => s.Key == "betweenness").Estimate.Should().BeNull();
    }

    [Test]
    public void Analyze_AboveTheSampleSize_EstimatesHarmonicFromPivotsWithinTheBound()
    {
        var n = Network.Value.AgentCount;
        var options = new CaseAnalysisOptions { SampleAbove = 100, PivotSamples = n / 3, Seed = 5, Top = 5 };
        var estimated = CaseAnalyzer.Analyze(Network.Value, "case", new IdentityProtection(), options).Sections.Single(s => s.Key == "harmonic");
        var exact = CaseAnalyzer.Analyze(Network.Value, "case", new IdentityProtection(), options with { Exact = true }).Sections.Single(s => s.Key == "harmonic");
        exact.Estimate.Should().BeNull();
        estimated.Estimate!.SampleSize.Should().Be(n / 3);
        estimated.Text.Should().Contain($"Estimated from {n / 3:N0} sampled pivot agents (seed 5)");
        var bound = estimated.Estimate.Bound * (n - 1);
        var exactValues = exact.Rows.ToDictionary(r => (string)r[1]!, r => (double)r[4]!);
        foreach (var row in estimated.Rows.Where(r => exactValues.ContainsKey((string)r[1]!)))
        {
            ((double)row[4]!).Should().BeApproximately(exactValues[(string)row[1]!], bound);
        }
    }

    [Test]
    public void Sections_AboveTheEfficiencyLimit_EstimateTheDisruptionEfficiencyAndSaySo()
    {
        var options = new Application.Analytics.AnalyticsReportOptions { EfficiencyAgentLimit = 100, EfficiencySamples = 50, Seed = 2 };
        var disruption = Application.Analytics.AnalyticsReport.Sections(Network.Value, new IdentityProtection(), options).Single(s => s.Key == "disruption");
        disruption.Estimate!.SampleSize.Should().Be(50);
        disruption.Estimate.Bound.Should().BeApproximately(Math.Sqrt(Math.Log(2.0 * disruption.Rows.Count / 0.05) / 100), 1e-12);
        disruption.Text.Should().Contain("Efficiency estimated from 50 sampled pivot agents");
        disruption.Rows.Should().OnlyContain(r => r[5] is double);
    }
}
