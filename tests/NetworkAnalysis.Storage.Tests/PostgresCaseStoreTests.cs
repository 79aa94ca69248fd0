using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Storage.Postgres;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Storage.Tests;

/// <summary>The conformance suite on a throwaway PostgreSQL cluster, plus the server-only faults.</summary>
[TestFixture]
[Category("Postgres")]
public sealed class PostgresCaseStoreTests : CaseStoreConformance
{
    // Started by the base fixture's one-time set-up (through OpenStoreAsync), stopped in StopCluster.
#pragma warning disable NUnit1032
    private PostgresCluster? _cluster;
#pragma warning restore NUnit1032

    private PostgresCluster Cluster => _cluster!;

    protected override async Task<ICaseStore> OpenStoreAsync()
    {
        _cluster = PostgresCluster.StartOrIgnore();
        Cluster.CreateDatabase("cases");
        return await PostgresCaseStore.OpenAsync(Cluster.Url("cases"));
    }

    protected override async Task<ICaseStore> OpenAgainAsync() => await PostgresCaseStore.OpenAsync(Cluster.Url("cases"));

    [OneTimeTearDown]
    public void StopCluster() => _cluster?.Dispose();

    [Test]
    public void Open_RecordsTheSchemaVersion() =>
        Cluster.Sql("cases", "SELECT max(version) FROM schema_version").Trim().Should().Be("2");

    [Test]
    public async Task Open_SchemaNewerThanProgram_IsRefusedWithOneLine()
    {
        Cluster.CreateDatabase("newer");
        await (await PostgresCaseStore.OpenAsync(Cluster.Url("newer"))).DisposeAsync();
        Cluster.Sql("newer", "INSERT INTO schema_version (version) VALUES (99)");
        var act = () => PostgresCaseStore.OpenAsync(Cluster.Url("newer"));
        (await act.Should().ThrowAsync<CaseStoreUnavailableException>())
            .Which.Message.Should().Contain("schema version 99").And.Contain("upgrade netan").And.NotContain("\n");
    }

    [Test]
    public async Task Open_WrongPassword_SaysAuthenticationFailed_WithoutThePassword()
    {
        var act = () => PostgresCaseStore.OpenAsync($"postgres://postgres:not-the-password@127.0.0.1:{Cluster.Port}/cases");
        (await act.Should().ThrowAsync<CaseStoreUnavailableException>())
            .Which.Message.Should().Contain("authentication failed").And.NotContain("not-the-password");
    }

    [Test]
    public async Task Open_ServerDown_SaysCannotConnect()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var act = () => PostgresCaseStore.OpenAsync($"postgres://postgres:x@127.0.0.1:{port}/cases");
        (await act.Should().ThrowAsync<CaseStoreUnavailableException>()).Which.Message.Should().Contain("cannot connect");
    }

    [Test]
    public async Task Open_MissingDatabase_SaysSo()
    {
        var act = () => PostgresCaseStore.OpenAsync(Cluster.Url("no_such_db"));
        (await act.Should().ThrowAsync<CaseStoreUnavailableException>()).Which.Message.Should().Contain("does not exist");
    }
}
