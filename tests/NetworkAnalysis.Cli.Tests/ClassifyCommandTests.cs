namespace NetworkAnalysis.Cli.Tests;

public class ClassifyCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Netan.TempFolder();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Classify_SampleCase_CsvHeaderAndExpectedTypes()
    {
        var sample = Path.Combine(NetworkAnalysis.Testing.SharedData.RepositoryRoot, "samples", "operation-mare-nostrum");
        var r = Netan.Run("classify", sample);
        r.ExitCode.Should().Be(0, r.Stderr);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("dataset,group,type,score,members,reasons");
        lines.Should().Contain(l => l.StartsWith(sample + ",G1,small_enterprise,", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith(sample + ",G2,transnational,", StringComparison.Ordinal));
    }

    [Test]
    public void Classify_BrokenDatasetAmongGood_KeepsGoingAndExitsOne()
    {
        var good = Path.Combine(_dir, "a-good");
        Netan.Run("generate", "--groups", "4", "--seed", "2", "--out", good).ExitCode.Should().Be(0);
        var bad = Path.Combine(_dir, "b-bad");
        Directory.CreateDirectory(bad);
        File.WriteAllText(Path.Combine(bad, "agents.csv"), "id,kind\nx,alien\n");
        File.WriteAllText(Path.Combine(bad, "transactions.csv"), "source,target,kind\n");
        var r = Netan.Run("classify", _dir, "--format", "json");
        r.ExitCode.Should().Be(1);
        r.Stdout.Should().Contain("a-good");
        r.Stderr.Should().Contain("b-bad").And.Contain("alien");
    }

    [Test]
    public void TrainThenClassifyWithModel_AndEvaluate_Work()
    {
        var labelled = Path.Combine(_dir, "labelled");
        Netan.Run("generate", "--groups", "12", "--seed", "9", "--out", labelled).ExitCode.Should().Be(0);
        var model = Path.Combine(_dir, "model.json");
        var train = Netan.Run("classify", "--train", labelled, "--out", model);
        train.ExitCode.Should().Be(0, train.Stderr);
        File.ReadAllText(model).Should().Contain("\"features\"");
        var classify = Netan.Run("classify", labelled, "--model", model);
        classify.ExitCode.Should().Be(0, classify.Stderr);
        var evaluate = Netan.Run("evaluate", labelled);
        evaluate.ExitCode.Should().Be(0, evaluate.Stderr);
        evaluate.Stdout.Should().Contain("macro-F1").And.Contain("groups evaluated: 12");
    }

    [Test]
    public void Classify_UncertainBand_ReportsUncertainAndKeepsTheScore_BadBandIsUsage()
    {
        var sample = Path.Combine(NetworkAnalysis.Testing.SharedData.RepositoryRoot, "samples", "operation-mare-nostrum");
        var r = Netan.Run("classify", sample, "--uncertain", "0,1");
        r.ExitCode.Should().Be(0, r.Stderr);
        var rows = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        rows.Should().NotBeEmpty().And.OnlyContain(l => l.Split(',')[2] == "uncertain" && l.Contains("for small enterprise: ", StringComparison.Ordinal));
        rows.Should().OnlyContain(l => double.Parse(l.Split(',')[3], System.Globalization.CultureInfo.InvariantCulture) >= 0);

        var bad = Netan.Run("classify", sample, "--uncertain", "0.8,0.2");
        bad.ExitCode.Should().Be(2);
        bad.Stderr.Should().Contain("--uncertain");
    }
}
