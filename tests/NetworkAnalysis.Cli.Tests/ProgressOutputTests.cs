using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Cli.Output;

namespace NetworkAnalysis.Cli.Tests;

public class ProgressOutputTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Netan.TempFolder();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Analyze_ProgressIntoAPipe_PrintsStagesPercentAndElapsed()
    {
        var dataset = Netan.SmallDataset(_dir);
        var r = Netan.Run("analyze", dataset, "--out", Path.Combine(_dir, "out"), "--quiet", "--progress");
        r.ExitCode.Should().Be(0, r.Stderr);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Contain(l => l.StartsWith("netan: loading ", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("netan: betweenness ", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("netan: writing 100% ", StringComparison.Ordinal) && l.Contains(" elapsed"));
        r.Stderr.Should().NotContain("\r", "a pipe gets plain lines, not a redrawn one");
    }

    [Test]
    public void Analyze_WithoutProgressIntoAPipe_PrintsNoProgress()
    {
        var dataset = Netan.SmallDataset(_dir);
        var r = Netan.Run("analyze", dataset, "--out", Path.Combine(_dir, "out"), "--quiet");
        r.ExitCode.Should().Be(0, r.Stderr);
        r.Stderr.Should().NotContain("elapsed").And.NotContain("%");
    }

    [Test]
    public void Centrality_ProgressIntoAPipe_NamesTheMeasure()
    {
        var dataset = Netan.SmallDataset(_dir);
        var r = Netan.Run("centrality", dataset, "-m", "harmonic", "--progress");
        r.ExitCode.Should().Be(0, r.Stderr);
        r.Stderr.Should().Contain("netan: harmonic 100% ");
    }

    [Test]
    public void Line_AfterSomeProgress_EstimatesTheTimeLeftFromTheRateSoFar()
    {
        AnalysisProgressPrinter.Line(new AnalysisProgress("betweenness", 0.25), TimeSpan.FromSeconds(10))
            .Should().Be("netan: betweenness  25% 0:10 elapsed, about 0:30 left");
        AnalysisProgressPrinter.Line(new AnalysisProgress("loading", 0.01), TimeSpan.FromSeconds(10))
            .Should().Be("netan: loading   1% 0:10 elapsed", "too little done to extrapolate");
        AnalysisProgressPrinter.Line(new AnalysisProgress("harmonic", 0.5), TimeSpan.FromMinutes(75))
            .Should().Be("netan: harmonic  50% 1:15:00 elapsed, about 1:15:00 left");
    }

    [Test]
    public void Report_IntoALog_PrintsStageChangesAndAtMostEveryTwoSeconds()
    {
        var now = TimeSpan.Zero;
        var writer = new StringWriter();
        var printer = new AnalysisProgressPrinter(writer, terminal: false, () => now);
        printer.Report(new AnalysisProgress("a", 0.1));
        now = TimeSpan.FromSeconds(1);
        printer.Report(new AnalysisProgress("a", 0.2)); // too soon
        printer.Report(new AnalysisProgress("b", 0.3)); // new stage
        now = TimeSpan.FromSeconds(3.5);
        printer.Report(new AnalysisProgress("b", 0.4));
        printer.Report(new AnalysisProgress("b", 1));   // the end is always shown
        writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[1] + l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2])
            .Should().Equal("a10%", "b30%", "b40%", "b100%");
    }

    [Test]
    public void Report_OnATerminal_RedrawsOneLineAndDoneErasesIt()
    {
        var now = TimeSpan.Zero;
        var writer = new StringWriter();
        var printer = new AnalysisProgressPrinter(writer, terminal: true, () => now);
        printer.Report(new AnalysisProgress("betweenness", 0.5));
        now = TimeSpan.FromSeconds(1);
        printer.Report(new AnalysisProgress("pagerank", 0.6));
        printer.Done();
        var text = writer.ToString();
        text.Should().NotContain("\n");
        text.Should().StartWith("\rnetan: betweenness  50%").And.Contain("\rnetan: pagerank  60%");
        text.Should().EndWith("\r", "the line is blanked and the cursor back at its start");
    }
}
