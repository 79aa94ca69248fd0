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
}
