using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.IO.Dataset;
using NetworkAnalysis.Storage.Postgres;
using NetworkAnalysis.Storage.Sqlite;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Cli.Tests;

/// <summary><c>netan cases ...</c> and <c>case:NAME[@VERSION]</c> inputs, run as a user would, on a temporary SQLite store.</summary>
public class CasesCommandTests
{
    private string _root = null!;
    private string _store = null!;

    private static string Sample => Path.Combine(SharedData.RepositoryRoot, "samples", "operation-mare-nostrum");

    [SetUp]
    public void CreateStore()
    {
        _root = Netan.TempFolder();
        _store = Path.Combine(_root, "cases.db");
    }

    [TearDown]
    public void RemoveStore()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private Netan.Result Run(params string[] args) => Netan.Run([.. args, "--store", _store]);

    private void ImportSample(string name = "mare")
    {
        Run("cases", "create", name, "--classification", "OFFICIAL").ExitCode.Should().Be(0);
        var import = Run("cases", "import", name, Sample, "--by", "analyst1");
        import.ExitCode.Should().Be(0, import.Stderr);
    }

    [Test]
    public void CreateImportVersionsShow_RecordWhatHappened()
    {
        ImportSample();
        var versions = Run("cases", "versions", "mare");
        versions.ExitCode.Should().Be(0, versions.Stderr);
        var lines = versions.Stdout.TrimEnd().Split('\n');
        lines.Should().HaveCount(2);
        lines[1].Should().StartWith("1\treplace\tanalyst1\t").And.Contain("agents.csv;groups.csv;transactions.csv");
        var show = Run("cases", "show", "mare@1");
        show.Stdout.Should().Contain("classification\tOFFICIAL").And.Contain("agents\t96").And.Contain("sensitive_agents\t20");
        Run("cases", "list").Stdout.Should().Contain("mare\t1\t");
    }

    [TestCase("centrality", "{input}", "--measure", "betweenness")]
    [TestCase("centrality", "{input}", "--measure", "pagerank", "--undirected")]
    [TestCase("structure", "{input}", "--measure", "clustering")]
    [TestCase("communities", "{input}", "--method", "louvain", "--seed", "7")]
    [TestCase("functions", "{input}")]
    [TestCase("brokers", "{input}")]
    [TestCase("upperworld", "{input}")]
    public void StoredCase_GivesTheSameOutputAsTheFolder(params string[] template)
    {
        ImportSample();
        var fromFolder = Netan.Run([.. template.Select(a => a == "{input}" ? Sample : a)]);
        var fromStore = Run([.. template.Select(a => a == "{input}" ? "case:mare@1" : a)]);
        fromFolder.ExitCode.Should().Be(0, fromFolder.Stderr);
        fromStore.ExitCode.Should().Be(0, fromStore.Stderr);
        fromStore.Stdout.Should().Be(fromFolder.Stdout);
        fromStore.Stdout.Should().NotContain("V01", "victims stay pseudonymised when read from a store too");
    }

    [TestCase("classify", "{input}", "--threads", "1")]
    [TestCase("classify", "{input}", "--format", "json", "--groups", "detected")]
    [TestCase("evaluate", "{input}")]
    [TestCase("evaluate", "{input}", "--groups", "detected")]
    public void StoredCase_ClassifyAndEvaluate_GiveTheFoldersResults(params string[] template)
    {
        ImportSample();
        var fromFolder = Netan.Run([.. template.Select(a => a == "{input}" ? Sample : a)]);
        var fromStore = Run([.. template.Select(a => a == "{input}" ? "case:mare@1" : a)]);
        fromFolder.ExitCode.Should().Be(0, fromFolder.Stderr);
        fromStore.ExitCode.Should().Be(0, fromStore.Stderr);
        fromFolder.Stdout.Should().NotBeEmpty();

        // Only the dataset column names its source: the folder's path, or the stored case.
        var folderName = template[0] == "classify" && template.Contains("json") ? Sample.Replace("\\", "\\\\", StringComparison.Ordinal) : Sample;
        fromStore.Stdout.Should().Be(fromFolder.Stdout.Replace(folderName, "case:mare@1", StringComparison.Ordinal));
    }

    [Test]
    public void StoredCase_ClassifyWithoutCase_FailsForThatDatasetOnly()
    {
        ImportSample();
        var result = Run("classify", "case:nope", Sample);
        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain("case:nope").And.Contain("no case named 'nope'").And.NotContain("   at ");
        result.Stdout.Should().Contain(Sample, "the other dataset is still classified");
    }

    [Test]
    public void TiesCsv_ImportExportAndProjection_CarryTheTies()
    {
        var tiny = Path.Combine(SharedData.RepositoryRoot, "tests", "NetworkAnalysis.IO.Tests", "Dataset", "Examples", "tiny");
        Run("cases", "create", "tiny").ExitCode.Should().Be(0);
        var import = Run("cases", "import", "tiny", tiny);
        import.ExitCode.Should().Be(0, import.Stderr);
        import.Stderr.Should().Contain("2 ties");
        Run("cases", "show", "tiny").Stdout.Should().Contain("ties\t2");

        var output = Path.Combine(_root, "tiny-export");
        Run("cases", "export", "tiny", output, "--reveal-identities").ExitCode.Should().Be(0);
        var exported = DatasetReader.Read(output);
        exported.Ties.Should().Equal(DatasetReader.Read(tiny).Ties);

        // A version of one case imported into another: the stored case is an input like a folder.
        Run("cases", "create", "copy").ExitCode.Should().Be(0);
        var copy = Run("cases", "import", "copy", "case:tiny@1");
        copy.ExitCode.Should().Be(0, copy.Stderr);
        Run("cases", "versions", "copy").Stdout.Should().Contain(Run("cases", "versions", "tiny").Stdout.Split('\n')[1].Split('\t')[10], "the same content hash");
    }

    [Test]
    public void Export_WritesTheVersionBack_AsTheFolderReads()
    {
        ImportSample();
        var output = Path.Combine(_root, "export");
        var export = Run("cases", "export", "mare", output, "--reveal-identities");
        export.ExitCode.Should().Be(0, export.Stderr);
        var exported = DatasetReader.Read(output);
        var original = DatasetReader.Read(Sample);
        exported.Agents.Should().Equal(original.Agents);
        exported.Transactions.Should().Equal(original.Transactions);
    }

    [Test]
    public void Import_BadRowAnywhere_RejectsEverything_NamingFileAndLine_CaseUnchanged()
    {
        ImportSample();
        var bad = Path.Combine(_root, "bad");
        Directory.CreateDirectory(bad);
        foreach (var file in Directory.GetFiles(Sample, "*.csv"))
        {
            File.Copy(file, Path.Combine(bad, Path.GetFileName(file)));
        }

        var lines = File.ReadAllLines(Path.Combine(bad, "transactions.csv")).ToList();
        lines[^1] = lines[^1].Replace(",EUR,", ",EURO,", StringComparison.Ordinal);
        lines.Add("zz9,P01,P02,payment,not-a-time,1,EUR,,,");
        File.WriteAllLines(Path.Combine(bad, "transactions.csv"), lines);

        var import = Run("cases", "import", "mare", bad, "--append");
        import.ExitCode.Should().Be(1);
        import.Stderr.Should().Contain("transactions.csv:").And.NotContain("   at ");
        var versions = Run("cases", "versions", "mare").Stdout.TrimEnd().Split('\n');
        versions.Should().HaveCount(2, "the case still has only its first version");
    }

    [Test]
    public void UnknownCaseOrVersion_ExitsOneWithOneLine()
    {
        ImportSample();
        foreach (var args in new[] { new[] { "centrality", "case:nope", "-m", "degree" }, ["functions", "case:mare@9"], ["cases", "show", "nope"] })
        {
            var result = Run(args);
            result.ExitCode.Should().Be(1, string.Join(' ', args));
            result.Stderr.Trim().Split('\n').Should().ContainSingle();
        }
    }

    [Test]
    public void Delete_NeedsYes_ThenRemovesTheCase()
    {
        ImportSample();
        Run("cases", "delete", "mare").ExitCode.Should().Be(2);
        Run("cases", "delete", "mare", "--yes").ExitCode.Should().Be(0);
        Run("cases", "versions", "mare").ExitCode.Should().Be(1);
    }

    [Test]
    public void StoreFaults_OneLineExitOne_NoStackTrace()
    {
        var junk = Path.Combine(_root, "junk.db");
        File.WriteAllText(junk, new string('x', 8192));
        var notADatabase = Netan.Run("cases", "list", "--store", junk);
        notADatabase.ExitCode.Should().Be(1);
        notADatabase.Stderr.Trim().Should().Contain("not a case store").And.NotContain("\n").And.NotContain("   at ");

        var down = Netan.Run("cases", "list", "--store", "postgres://netan:secret@127.0.0.1:1/cases");
        down.ExitCode.Should().Be(1);
        down.Stderr.Trim().Should().Contain("cannot connect").And.NotContain("secret").And.NotContain("\n");
    }

    [Test]
    [Category("Slow")]
    public void StoreFaults_DiskFullAndReadOnlyFile_OneLineExitOne_CaseUnchanged()
    {
        // A 400 KiB file system: the store and a first version fit, a larger import does not.
        var tiny = Path.Combine(_root, "tiny-fs");
        Directory.CreateDirectory(tiny);
        if (!Shell("mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", tiny))
        {
            Assert.Ignore("needs root to mount a small tmpfs (disk-full test)");
        }

        try
        {
            var store = Path.Combine(tiny, "cases.db");
            Netan.Run("cases", "create", "mare", "--store", store).ExitCode.Should().Be(0);
            var big = Netan.Run("cases", "import", "mare", Generate(), "--store", store);
            big.ExitCode.Should().Be(1);
            big.Stderr.Trim().Should().EndWith("the disk is full").And.NotContain("\n").And.NotContain("   at ");
            Netan.Run("cases", "versions", "mare", "--store", store).Stdout.TrimEnd().Split('\n').Should().ContainSingle("no version was written");

            // An immutable store file (read-only even for root).
            SqliteConnection.ClearAllPools();
            if (Shell("chattr", "+i", store))
            {
                try
                {
                    var readOnly = Netan.Run("cases", "import", "mare", Sample, "--store", store);
                    readOnly.ExitCode.Should().Be(1);
                    readOnly.Stderr.Trim().Should().EndWith("the file is read-only").And.NotContain("\n");
                }
                finally
                {
                    Shell("chattr", "-i", store);
                }
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Shell("umount", tiny);
        }
    }

    private static bool Shell(string program, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in args)
            {
                info.ArgumentList.Add(a);
            }

            using var process = Process.Start(info)!;
            process.WaitForExit(30_000);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    [Test]
    public void StoreFromEnvironment_IsUsedWhenNoOptionIsGiven()
    {
        ImportSample();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "netan.dll"));
        foreach (var a in new[] { "cases", "list" })
        {
            info.ArgumentList.Add(a);
        }

        info.Environment[CaseStoreLocation.EnvironmentVariable] = _store;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue();
        stdout.Should().Contain("mare\t1\t");
    }

    [Test]
    [Category("Slow")]
    public async Task KilledDuringImport_Sqlite_PreviousVersionIntact_NoHalfVersion()
    {
        ImportSample();
        var big = Generate();
        using var child = StartImport(big, _store);
        // The import is mid-write once the write-ahead log grows past a few megabytes.
        WaitUntil(() => File.Exists(_store + "-wal") && new FileInfo(_store + "-wal").Length > 4_000_000, child);
        child.Kill();
        child.WaitForExit();
        await using var store = await SqliteCaseStore.OpenAsync(_store);
        await AssertFirstVersionIntact(store);
    }

    [Test]
    [Category("Slow")]
    [Category("Postgres")]
    public async Task KilledDuringImport_Postgres_PreviousVersionIntact_NoHalfVersion()
    {
        using var cluster = PostgresCluster.StartOrIgnore();
        cluster.CreateDatabase("cases");
        _store = cluster.Url("cases");
        ImportSample();
        var big = Generate();
        using var child = StartImport(big, _store);
        WaitUntil(() => cluster.Sql("cases", "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY transactions%'").Trim() != "0", child);
        Thread.Sleep(300);
        child.Kill();
        child.WaitForExit();
        await using var store = await PostgresCaseStore.OpenAsync(_store);
        await AssertFirstVersionIntact(store);
    }

    private static async Task AssertFirstVersionIntact(ICaseStore store)
    {
        (await store.ListVersionsAsync("mare")).Should().ContainSingle("the killed import left no half version");
        var read = await store.ReadNetworkAsync(new CaseVersionRef("mare"));
        var original = DatasetReader.Read(Sample);
        read.Agents.Should().Equal(original.Agents);
        read.Transactions.Should().Equal(original.Transactions);
    }

    private string Generate()
    {
        var folder = Path.Combine(_root, "big");
        var result = Netan.Run("generate", "--groups", "40", "--scale", "2", "--seed", "5", "--out", folder);
        result.ExitCode.Should().Be(0, result.Stderr);
        return folder;
    }

    private static Process StartImport(string folder, string store)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "netan.dll"), "cases", "import", "mare", folder, "--store", store })
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info)!;
    }

    private static void WaitUntil(Func<bool> condition, Process child)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (child.HasExited)
            {
                Assert.Fail($"the import finished (exit {child.ExitCode}) before it could be killed: {child.StandardError.ReadToEnd()}");
            }

            if (clock.Elapsed > TimeSpan.FromMinutes(3))
            {
                Assert.Fail("the import never started writing");
            }

            Thread.Sleep(20);
        }
    }
}
