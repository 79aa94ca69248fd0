namespace NetworkAnalysis.Cli.Tests;

public class AnalyzeCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Netan.TempFolder();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Analyze_ValidDataset_WritesBothReportsAndProtectsVictim()
    {
        var dataset = Netan.SmallDataset(_dir);
        var outDir = Path.Combine(_dir, "out");
        var r = Netan.Run("analyze", dataset, "--out", outDir, "--quiet");
        r.ExitCode.Should().Be(0, r.Stderr);
        var md = File.ReadAllText(Path.Combine(outDir, "report.md"));
        var json = File.ReadAllText(Path.Combine(outDir, "report.json"));
        md.Should().Contain("**Agents:** 5").And.Contain("TR>GR>IT").And.Contain("Marco Ferri");
        md.Should().Contain("victim-").And.NotContain("Ana Popescu").And.NotContain("| v1 |");
        json.Should().NotContain("Ana Popescu");
        json.Should().Contain("\"transactions\": 5");
        r.Stdout.Should().BeEmpty();
    }

    [Test]
    public void Analyze_Html_WritesASelfContainedPageWithoutProtectedNames()
    {
        var dataset = Netan.SmallDataset(_dir);
        var outDir = Path.Combine(_dir, "out");
        var r = Netan.Run("analyze", dataset, "--out", outDir, "--quiet", "--html");
        r.ExitCode.Should().Be(0, r.Stderr);
        r.Stderr.Should().Contain("report.html");
        var html = File.ReadAllText(Path.Combine(outDir, "report.html"));
        html.Should().Contain("Marco Ferri").And.Contain("victim-").And.NotContain("Ana Popescu");
        html.Should().NotContain("__NETAN_REPORT_DATA__");
        html.Should().Contain("default-src 'none'", "the page may load nothing");
        html.Should().NotContainAny("<script src", "<link ", "@import");
    }

    [Test]
    public void Analyze_RevealIdentities_ShowsRealNameAndWarns()
    {
        var dataset = Netan.SmallDataset(_dir);
        var outDir = Path.Combine(_dir, "out");
        var r = Netan.Run("analyze", dataset, "--out", outDir, "--reveal-identities");
        r.ExitCode.Should().Be(0, r.Stderr);
        r.Stdout.Should().Contain("Ana Popescu").And.Contain("Identities revealed");
    }

    [Test]
    public void Analyze_BadRow_ExitOneNamesFileLineAndWritesNothing()
    {
        var dataset = Netan.SmallDataset(_dir);
        File.AppendAllText(Path.Combine(dataset, "transactions.csv"), "\nt6,boss,ghost,payment,2024-13-01,1,EUR,,,\n");
        var outDir = Path.Combine(_dir, "out");
        var r = Netan.Run("analyze", dataset, "--out", outDir);
        r.ExitCode.Should().Be(1);
        r.Stderr.Should().Contain("transactions.csv:7").And.Contain("ghost").And.Contain("2024-13-01");
        Directory.Exists(outDir).Should().BeFalse();
    }

    [Test]
    public void Analyze_MissingFolder_ExitOne()
    {
        var r = Netan.Run("analyze", Path.Combine(_dir, "nope"));
        r.ExitCode.Should().Be(1);
        r.Stderr.Should().Contain("nope");
    }

    [Test]
    public void Analyze_NoArgument_ExitTwo()
    {
        Netan.Run("analyze").ExitCode.Should().Be(2);
        Netan.Run("no-such-command").ExitCode.Should().Be(2);
    }

    [Test]
    public void Help_EveryCommand_ExitZero()
    {
        var root = Netan.Run("--help");
        root.ExitCode.Should().Be(0);
        foreach (var command in new[] { "analyze", "centrality", "communities", "structure", "generate", "convert", "classify", "evaluate", "functions", "brokers", "upperworld", "keyplayers", "disrupt", "ego", "paths", "trace", "cycles" })
        {
            root.Stdout.Should().Contain(command);
            var help = Netan.Run(command, "--help");
            help.ExitCode.Should().Be(0);
            help.Stdout.Should().Contain("Example:");
        }
    }
}
