using System.Text.Json;
using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Classification;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Dataset;

namespace NetworkAnalysis.Application.Tests.Classification;

public class BatchClassifierTests
{
    private string _root = null!;

    [SetUp]
    public void SetUp()
    {
        _root = Path.Combine(Path.GetTempPath(), "netan-batch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
        DatasetWriter.Write(CaseBook.TwoTypes(), Path.Combine(_root, "cases", "b-labelled"));
        DatasetWriter.Write(CaseBook.TwoTypes(declareGroups: false), Path.Combine(_root, "cases", "a-undeclared"));
        Directory.CreateDirectory(Path.Combine(_root, "cases", "c-broken"));
        File.WriteAllText(Path.Combine(_root, "cases", "c-broken", "agents.csv"), "id,kind\nx,not_a_kind\n");
        File.WriteAllText(Path.Combine(_root, "cases", "c-broken", "transactions.csv"), "source,target,kind\n");
        Directory.CreateDirectory(Path.Combine(_root, "cases", "not-a-dataset"));
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    [Test]
    public void ExpandDatasets_FolderOfFolders_GivesDatasetsInNameOrderAndKeepsOthersAsGiven()
    {
        var single = Path.Combine(_root, "cases", "b-labelled");
        var missing = Path.Combine(_root, "nope");

        var expanded = BatchClassifier.ExpandDatasets([Path.Combine(_root, "cases"), single, missing]);

        expanded.Select(Path.GetFileName).Should().Equal("a-undeclared", "b-labelled", "c-broken", "b-labelled", "nope");
    }

    [Test]
    public void Classify_BrokenDataset_IsReportedAndTheOthersAreClassified()
    {
        var result = BatchClassifier.Classify([Path.Combine(_root, "cases"), Path.Combine(_root, "nope")]);

        result.Datasets.Select(d => Path.GetFileName(d.Dataset)).Should().Equal("a-undeclared", "b-labelled", "c-broken", "nope");
        result.HasErrors.Should().BeTrue();
        result.Failures.Select(d => Path.GetFileName(d.Dataset)).Should().Equal("c-broken", "nope");
        result.Datasets[2].Error.Should().Contain("not_a_kind");
        result.Datasets[0].Groups.Should().HaveCount(2).And.OnlyContain(g => g.Origin == GroupOrigin.Detected);
        result.Datasets[1].Groups.Select(g => g.GroupId).Should().Equal("small", "big");
        result.Datasets[1].Transactions.Should().BeGreaterThan(0);
        result.GroupCount.Should().Be(4);
    }

    [Test]
    public void Classify_ThreadsDoNotChangeTheOutput()
    {
        var paths = new[] { Path.Combine(_root, "cases") };

        var one = Csv(BatchClassifier.Classify(paths, new BatchOptions { Threads = 1 }));
        var three = Csv(BatchClassifier.Classify(paths, new BatchOptions { Threads = 3 }));

        three.Should().Be(one);
    }

    [Test]
    public void Classify_ReportsProgressOncePerDataset()
    {
        var reports = new List<BatchProgress>();
        var progress = new SynchronousProgress(reports);

        BatchClassifier.Classify([Path.Combine(_root, "cases")], new BatchOptions { Threads = 2 }, progress);

        reports.Should().HaveCount(3);
        reports.Select(r => r.Completed).Order().Should().Equal(1, 2, 3);
        reports.Should().OnlyContain(r => r.Total == 3);
        reports.Single(r => r.Dataset.EndsWith("c-broken", StringComparison.Ordinal)).Failed.Should().BeTrue();
    }

    [Test]
    public void Classify_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var act = () => BatchClassifier.Classify([Path.Combine(_root, "cases")], cancellationToken: cancel.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void WriteCsv_HeaderRowsQuotingAndReasons()
    {
        var result = BatchClassifier.Classify([Path.Combine(_root, "cases", "b-labelled")]);

        var lines = Csv(result).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().Be("dataset,group,type,score,members,reasons");
        lines.Should().HaveCount(3);
        lines[1].Should().StartWith(Path.Combine(_root, "cases", "b-labelled") + ",small,small_enterprise,0.");
        lines[2].Should().Contain(",big,transnational,");
        var big = result.Datasets[0].Groups[1];
        lines[2].Should().EndWith(",12," + Quote(string.Join(';', big.TopReasons)));
    }

    [Test]
    public void WriteJson_IsValidAndCarriesErrorsAndGroups()
    {
        var result = BatchClassifier.Classify([Path.Combine(_root, "cases")]);
        using var stream = new MemoryStream();

        BatchOutput.WriteJson(stream, result);

        using var doc = JsonDocument.Parse(stream.ToArray());
        var datasets = doc.RootElement.GetProperty("datasets");
        datasets.GetArrayLength().Should().Be(3);
        datasets[2].GetProperty("error").GetString().Should().NotBeNullOrEmpty();
        var big = datasets[1].GetProperty("groups")[1];
        big.GetProperty("type").GetString().Should().Be("transnational");
        big.GetProperty("label").GetString().Should().Be("transnational");
        big.GetProperty("reasons")[0].GetProperty("contribution").GetDouble().Should().BePositive();
        big.GetProperty("indicators").GetProperty("members").GetDouble().Should().Be(12);
        doc.RootElement.GetProperty("errors").GetBoolean().Should().BeTrue();
    }

    private static string Csv(BatchResult result)
    {
        using var writer = new StringWriter();
        BatchOutput.WriteCsv(writer, result);
        return writer.ToString();
    }

    private static string Quote(string field) =>
        field.Contains(',', StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal) ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private sealed class SynchronousProgress(List<BatchProgress> sink) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value)
        {
            lock (sink)
            {
                sink.Add(value);
            }
        }
    }
}
