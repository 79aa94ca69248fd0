using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Requests;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Core;
using NetworkAnalysis.Synthetic;

namespace NetworkAnalysis.Application.Tests.Progress;

public class ProgressRangeTests
{
    [Test]
    public void Part_MapsFractionsIntoTheParentRangeAndNeverGoesBack()
    {
        var sink = new Recorder();
        var whole = ProgressRange.Of(sink);
        var second = whole.Part(0.5, 1);
        second.Part(0, 0.5).Report("b", 0.5);
        second.Report("b", 1);
        whole.Report("a", 0.2); // late report from an earlier stage: clamped, not a step back
        sink.Values.Select(v => v.Fraction).Should().Equal(0.625, 1.0, 1.0);
        sink.Values.Select(v => v.Stage).Should().Equal("b", "b", "a");
    }

    [Test]
    public void Stage_WithoutSink_IsNullSoEnginesSkipReporting()
    {
        var silent = ProgressRange.Of(null);
        silent.Stage("x").Should().BeNull();
        silent.Report("x", 0.5);
        ProgressRange.Of(silent).Should().BeSameAs(silent);
    }

    [Test]
    public void Stage_SkipsChangesBelowOneInTenThousand()
    {
        var sink = new Recorder();
        var stage = ProgressRange.Of(sink).Stage("betweenness")!;
        for (var i = 1; i <= 100_000; i++)
        {
            stage.Report(i / 100_000.0);
        }

        sink.Values.Count.Should().BeInRange(5_000, 10_002, "about one report per 1e-4 of progress");
        sink.Values[^1].Should().Be(new AnalysisProgress("betweenness", 1));
    }

    [Test]
    public void AnalyzeDefinition_WithProgress_ReportsNamedStagesRisingToOne()
    {
        var network = CaseGenerator.Generate(new CaseGeneratorOptions { Groups = 4, Seed = 2 });
        var analyze = AnalysisCatalog.Find("analyze")!;
        var sink = new Recorder();
        var display = new AgentDisplay(network, new IdentityProtection());
        var quiet = analyze.Run(display, new OptionValues(analyze.Options, new Dictionary<string, string?>()), default);
        var reported = analyze.Run(display, new OptionValues(analyze.Options, new Dictionary<string, string?>()), default, sink);

        static string WithoutTimes(AnalysisOutput output) =>
            System.Text.RegularExpressions.Regex.Replace(((DocumentOutput)output).Json, "\"seconds\": [^,}\\n]+", "");
        WithoutTimes(reported).Should().Be(WithoutTimes(quiet), "progress does not change the report");
        var values = sink.Values;
        values.Select(v => v.Fraction).Should().BeInAscendingOrder().And.OnlyContain(f => f >= 0 && f <= 1);
        values[^1].Fraction.Should().Be(1);
        values.Select(v => v.Stage).Distinct().Should().Contain(["summary", "betweenness", "pagerank", "harmonic", "communities", "keyplayers", "disrupt", "group-types"]);
        values.Should().OnlyContain(v => v.Stage == v.Stage.ToLowerInvariant());
    }

    [Test]
    public void EveryJobDefinition_WithProgress_EndsAtOne()
    {
        var network = CaseGenerator.Generate(new CaseGeneratorOptions { Groups = 3, Seed = 5 });
        var display = new AgentDisplay(network, new IdentityProtection());
        var given = new Dictionary<string, Dictionary<string, string?>>
        {
            ["centrality"] = new() { ["measure"] = "betweenness" },
            ["communities"] = new() { ["method"] = "leiden" },
            ["structure"] = new() { ["measure"] = "triangles" },
        };
        foreach (var analysis in AnalysisCatalog.All.Where(a => a.Execution == AnalysisExecution.Job && a.Name != "analyze"))
        {
            var sink = new Recorder();
            analysis.Run(display, new OptionValues(analysis.Options, given.GetValueOrDefault(analysis.Name) ?? []), default, sink);
            sink.Values.Should().NotBeEmpty(analysis.Name);
            sink.Values[^1].Fraction.Should().Be(1, analysis.Name);
        }
    }

    private sealed class Recorder : IProgress<AnalysisProgress>
    {
        private readonly List<AnalysisProgress> _values = [];

        public IReadOnlyList<AnalysisProgress> Values
        {
            get
            {
                lock (_values)
                {
                    return [.. _values];
                }
            }
        }

        public void Report(AnalysisProgress value)
        {
            lock (_values)
            {
                _values.Add(value);
            }
        }
    }
}
