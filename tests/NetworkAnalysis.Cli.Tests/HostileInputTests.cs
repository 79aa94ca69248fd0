namespace NetworkAnalysis.Cli.Tests;

/// <summary>
/// The hostile cases of issue 20: each gives one clean line (or a correct result), the documented
/// exit code, and leaves nothing behind.
/// </summary>
public class HostileInputTests
{
    private static readonly string Sample = Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "..", "samples", "operation-mare-nostrum");
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Netan.TempFolder();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private Netan.Result Run(params string[] args)
    {
        var r = Netan.RunIn(_dir, args);
        CleanOutput.Check(r);
        return r;
    }

    private static void OneLine(Netan.Result r, int code, string contains)
    {
        r.ExitCode.Should().Be(code, r.Stderr);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("netan: 1/1 datasets", StringComparison.Ordinal)).ToArray();
        lines.Should().ContainSingle(l => l.StartsWith("netan: ", StringComparison.Ordinal) && l.Contains(contains, StringComparison.Ordinal), r.Stderr);
    }

    [TestCase("eigenvector", "a b\n", "undefined")]
    [TestCase("katz", "a b 100\nb a 100\n", "--alpha")]
    public void Centrality_IterationWithoutResult_OneLineExit1(string measure, string edges, string hint)
    {
        var r = Run("centrality", File("g.txt", edges), "-m", measure, "--weighted");
        OneLine(r, 1, hint);
    }

    [Test]
    public void Centrality_ZeroTolerance_OneLineExit2()
    {
        OneLine(Run("centrality", File("g.txt", "a b\nb a\n"), "-m", "pagerank", "--tolerance", "0"), 2, "--tolerance");
    }

    [TestCase("centrality", "g.txt", "-m", "degree")]
    [TestCase("brokers", "CASE")]
    [TestCase("classify", "CASE")]
    [TestCase("convert", "CASE")]
    public void Out_IsAFolder_OneLineExit1(params string[] args)
    {
        File("g.txt", "a b\n");
        Directory.CreateDirectory(Path.Combine(_dir, "taken"));
        var call = args.Select(a => a == "CASE" ? Sample : a).ToList();
        if (call[0] == "convert")
        {
            call.Add("taken");
            call.Add("--to");
            call.Add("graphml");
        }
        else
        {
            call.AddRange(["--out", "taken"]);
        }

        OneLine(Run([.. call]), 1, "taken: is a folder, not a file");
    }

    [TestCase("centrality", "-m", "degree", "--out", "afile/x.tsv")]
    [TestCase("analyze", "CASE", "--quiet", "--out", "afile/r")]
    [TestCase("generate", "--groups", "2", "--out", "afile/g")]
    [TestCase("convert", "CASE", "afile/x.graphml")]
    public void Out_BelowAFile_OneLineExit1(params string[] args)
    {
        var call = args.Select(a => a == "CASE" ? Sample : a).ToList();
        if (call[0] == "centrality")
        {
            call.Insert(1, File("g.txt", "a b\n"));
        }

        File("afile", "x");
        OneLine(Run([.. call]), 1, "afile");
        Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Should().BeSubsetOf(["afile", "g.txt"]);
    }

    [TestCase("dataset", "transactions.csv")]
    [TestCase("i2", "links.csv")]
    public void Convert_MultiFileBlockedHalfway_NothingLeftOlderKept(string format, string blocked)
    {
        var target = Path.Combine(_dir, "out");
        Directory.CreateDirectory(Path.Combine(target, blocked));
        var r = Run("convert", Sample, target, "--to", format);
        OneLine(r, 1, blocked + ": is a folder, not a file");
        Directory.GetFileSystemEntries(target).Select(Path.GetFileName).Should().Equal(blocked);
        Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Should().Equal("out");
    }

    [Test]
    public void Analyze_ReportBlocked_OlderReportUntouched()
    {
        var target = Path.Combine(_dir, "rep");
        Directory.CreateDirectory(Path.Combine(target, "report.md"));
        File("rep/report.json", "older");
        var r = Run("analyze", Sample, "--quiet", "--out", target);
        OneLine(r, 1, "report.md: is a folder, not a file");
        System.IO.File.ReadAllText(Path.Combine(target, "report.json")).Should().Be("older");
        Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Should().Equal("rep");
    }

    [Test]
    public void Analyze_ReplacesOlderReport_BothFilesNew()
    {
        var target = Path.Combine(_dir, "rep");
        Directory.CreateDirectory(target);
        File("rep/report.json", "older");
        File("rep/notes.txt", "mine");
        Run("analyze", Sample, "--quiet", "--out", target).ExitCode.Should().Be(0);
        System.IO.File.ReadAllText(Path.Combine(target, "report.json")).Should().StartWith("{");
        Directory.GetFileSystemEntries(target).Select(Path.GetFileName).Should().BeEquivalentTo(["report.json", "report.md", "notes.txt"]);
        Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Should().Equal("rep");
    }

    [TestCase("wcc", "")]
    [TestCase("louvain", "a\nb\n")]
    [TestCase("leiden", "a\n")]
    [TestCase("labelprop", "")]
    public void Communities_StatsWithoutTies_ModularityNullWithNote(string method, string edges)
    {
        var r = Run("communities", File("g.txt", edges), "--method", method, "--stats", "--out", "x.tsv");
        r.ExitCode.Should().Be(0, r.Stderr);
        r.Stderr.Should().Contain("\"modularity\":null").And.Contain("undefined");
        System.IO.File.Exists(Path.Combine(_dir, "x.tsv")).Should().BeTrue();
    }

    [TestCase("{\"format\":\"netan-group-model\",\"vers", "line 1")]
    [TestCase("", "line 1")]
    [TestCase("{\"format\":\"netan-group-model\",\"version\":3}", "version 3")]
    [TestCase("{\"format\":\"netan-group-model\",\"version\":1,\"name\":\"m\",\"intercept\":0,\"calibration\":{\"slope\":1},\"features\":[null]}", "feature 1")]
    [TestCase("{\"format\":\"netan-group-model\",\"version\":1,\"name\":\"m\",\"intercept\":0,\"calibration\":{\"slope\":1},\"features\":[{\"indicator\":\"members\",\"transform\":\"linear\",\"low\":1,\"high\":1,\"weight\":1,\"above\":\"a\",\"below\":\"b\"}]}", "low and high must differ")]
    [TestCase("{\"format\":\"netan-group-model\",\"version\":1,\"name\":\"m\",\"intercept\":\"NaN\",\"calibration\":{\"slope\":1},\"features\":[]}", "model.json")]
    public void Classify_BadModel_OneLineNamingTheFile(string model, string contains)
    {
        var path = File("model.json", model);
        foreach (var command in new[] { "classify", "evaluate" })
        {
            var r = Run(command, Sample, "--model", path);
            OneLine(r, 1, contains);
            r.Stderr.Should().Contain("model.json");
        }
    }

    [Test]
    public void Classify_ModelDevNull_OneLine()
    {
        OneLine(Run("classify", Sample, "--model", "/dev/null"), 1, "/dev/null");
    }

    [Test]
    public void Convert_ToReadOnlyFormat_UsageBeforeReading()
    {
        var r = Run("convert", Sample, "out.dl");
        OneLine(r, 2, "can only be read");
        Directory.GetFileSystemEntries(_dir).Should().BeEmpty();
    }

    [TestCase("--top", "abc", "is not a whole number")]
    [TestCase("--format", "xml", "is not one of csv, json, tsv")]
    public void Parser_BadValue_PlainWords(string option, string value, string contains)
    {
        var r = Run("centrality", File("g.txt", "a b\n"), "-m", "degree", option, value);
        r.ExitCode.Should().Be(2);
        r.Stderr.Should().Contain($"{option}: '{value}' {contains}");
    }

    [TestCase("big.net", "*Vertices 100000\n*Arcs\n1 2\n", "closeness")]
    [TestCase("big.dl", "DL N=100000\nformat=edgelist1\ndata:\n1 2\n", "harmonic")]
    public void Centrality_TinyFileDeclaringAHugeGraph_RefusedBeforeWork(string name, string text, string measure)
    {
        // The reader sizes the graph by what the file contains: the declared 100,000 vertices are refused at the
        // header line, before any allocation or cost estimate.
        var r = Run("centrality", File(name, text), "-m", measure, "--max-seconds", "5");
        OneLine(r, 1, ":1: ");
        r.Stderr.Should().Contain("100,000").And.Contain("MaxUnlistedNodes");
        r.Stdout.Should().BeEmpty();
    }

    [Test]
    public void Disrupt_LargeGraph_EfficiencySkippedWithNote()
    {
        var edges = string.Concat(Enumerable.Range(0, 5_200).Select(i => $"n{i} n{i + 1}\n"));
        var r = Netan.RunIn(_dir, "disrupt", File("chain.txt", edges), "--steps", "1");
        r.ExitCode.Should().Be(0, r.Stderr);
        r.Stderr.Should().Contain("pass --efficiency");
        r.Stdout.Split('\n')[1].Split('\t')[8].Should().BeEmpty("the efficiency column is left empty");
    }
}
