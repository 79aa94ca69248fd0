using Microsoft.Data.Sqlite;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Storage.Postgres;
using NetworkAnalysis.Storage.Sqlite;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Storage.Tests;

/// <summary>The security store conformance suite on a SQLite file.</summary>
[TestFixture]
public sealed class SqliteSecurityStoreTests : SecurityStoreConformance
{
    private string _folder = "";

    protected override async Task<ISecurityStore> OpenStoreAsync()
    {
        _folder = Directory.CreateTempSubdirectory("netan-security-").FullName;
        return await SqliteSecurityStore.OpenAsync(Path.Combine(_folder, "cases.db"));
    }

    [OneTimeTearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The security store conformance suite on a throwaway PostgreSQL cluster.</summary>
[TestFixture]
[Category("Postgres")]
public sealed class PostgresSecurityStoreTests : SecurityStoreConformance
{
#pragma warning disable NUnit1032 // started by the base fixture's set-up, stopped in StopCluster
    private PostgresCluster? _cluster;
#pragma warning restore NUnit1032

    protected override async Task<ISecurityStore> OpenStoreAsync()
    {
        _cluster = PostgresCluster.StartOrIgnore();
        _cluster.CreateDatabase("security");
        return await PostgresSecurityStore.OpenAsync(_cluster.Url("security"));
    }

    [OneTimeTearDown]
    public void StopCluster() => _cluster?.Dispose();

    [Test]
    public void Open_RecordsTheSecuritySchemaVersion() =>
        _cluster!.Sql("security", "SELECT max(version) FROM security_schema_version").Trim().Should().Be("2");
}
