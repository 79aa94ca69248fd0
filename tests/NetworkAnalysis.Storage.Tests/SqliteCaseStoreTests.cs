using Microsoft.Data.Sqlite;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Storage.Sqlite;

namespace NetworkAnalysis.Storage.Tests;

/// <summary>The conformance suite on a temporary SQLite file, plus what only a file store has.</summary>
[TestFixture]
public sealed class SqliteCaseStoreTests : CaseStoreConformance
{
    private string _folder = null!;

    private string FilePath => Path.Combine(_folder, "cases.db");

    protected override async Task<ICaseStore> OpenStoreAsync()
    {
        _folder = Directory.CreateTempSubdirectory("netan-store-").FullName;
        return await SqliteCaseStore.OpenAsync(FilePath);
    }

    protected override async Task<ICaseStore> OpenAgainAsync() => await SqliteCaseStore.OpenAsync(FilePath);

    [OneTimeTearDown]
    public void RemoveFolder()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public void Open_UsesWriteAheadLogging()
    {
        using var connection = new SqliteConnection($"Data Source={FilePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        command.ExecuteScalar().Should().Be("wal");
    }

    [Test]
    public async Task Open_SchemaNewerThanProgram_IsRefusedWithOneLine()
    {
        var path = Path.Combine(_folder, "newer.db");
        await (await SqliteCaseStore.OpenAsync(path)).DisposeAsync();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version (version) VALUES (99)";
            command.ExecuteNonQuery();
        }

        var act = () => SqliteCaseStore.OpenAsync(path);
        (await act.Should().ThrowAsync<CaseStoreUnavailableException>())
            .Which.Message.Should().Contain("schema version 99").And.Contain("upgrade netan").And.NotContain("\n");
    }

    [Test]
    public async Task Open_NotADatabase_IsRefused()
    {
        var path = Path.Combine(_folder, "junk.db");
        await File.WriteAllTextAsync(path, new string('x', 4096));
        var act = () => SqliteCaseStore.OpenAsync(path);
        await act.Should().ThrowAsync<CaseStoreUnavailableException>().WithMessage("*not a case store*");
    }

    [Test]
    public async Task DeleteCase_LeavesNoTextOfTheCaseInTheFile()
    {
        var path = Path.Combine(_folder, "delete.db");
        var store = await SqliteCaseStore.OpenAsync(path);
        await store.CreateCaseAsync(new NewCase("secret", "", "", "a"));
        var builder = new NetworkAnalysis.Core.TransactionNetworkBuilder();
        builder.AddAgent(new NetworkAnalysis.Core.Agent("Zebedee-Quartermain-Informant", NetworkAnalysis.Core.AgentKind.Person));
        await store.ImportAsync("secret", builder.Build(), new ImportRequest(ImportMode.Replace, "a", []));
        await store.DeleteCaseAsync("secret");
        await store.DisposeAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        var wal = File.Exists(path + "-wal") ? await File.ReadAllBytesAsync(path + "-wal") : [];
        System.Text.Encoding.UTF8.GetString(bytes).Should().NotContain("Zebedee-Quartermain-Informant");
        System.Text.Encoding.UTF8.GetString(wal).Should().NotContain("Zebedee-Quartermain-Informant");
    }
}
