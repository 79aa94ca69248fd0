using Microsoft.Data.Sqlite;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Storage.Postgres;
using NetworkAnalysis.Storage.Sqlite;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Server.Tests.Security;

/// <summary>
/// The audit log's hash chain: appended through the real store, tampered with directly in the database (as
/// someone holding the database file or its superuser would), checked by <c>netan audit verify</c>. Runs on
/// SQLite and on a throwaway PostgreSQL cluster.
/// </summary>
public abstract class AuditChainTests
{
    /// <summary>The <c>--store</c> value of the store under test.</summary>
    protected abstract string Store { get; }

    /// <summary>The column giving the table's physical order (what verification follows).</summary>
    protected abstract string OrderColumn { get; }

    [SetUp]
    public async Task SetUp()
    {
        await PrepareAsync();
        await using var store = await SecurityStoreOpenerFor().OpenAsync(Store);
        for (var i = 1; i <= 5; i++)
        {
            await store.AppendAsync(new AuditEntry(0, DateTimeOffset.UtcNow, "alice", "mare", 1, "searchAgents", "q=" + i, i, 200, null, "", ""));
        }
    }

    [Test]
    public void Verify_UntouchedLog_ExitsZero()
    {
        var (code, stdout, _) = Netan.Run("audit", "verify", "--store", Store);
        code.Should().Be(0);
        stdout.Should().Contain("intact: 5 entries");
    }

    [Test]
    public void Verify_EntryEdited_ExitsOneNamingIt()
    {
        Tamper("UPDATE audit_log SET user_name = 'mallory' WHERE seq = 3");
        ExpectBrokenAt(3);
    }

    [Test]
    public void Verify_EntryDeleted_ExitsOneNamingIt()
    {
        Tamper("DELETE FROM audit_log WHERE seq = 3");
        ExpectBrokenAt(3);
    }

    [Test]
    public void Verify_EntriesReordered_ExitsOneNamingIt()
    {
        Tamper($"UPDATE audit_log SET {OrderColumn} = 100 WHERE seq = 2; UPDATE audit_log SET {OrderColumn} = 2 WHERE seq = 3; UPDATE audit_log SET {OrderColumn} = 3 WHERE seq = 2");
        ExpectBrokenAt(2);
    }

    [Test]
    public async Task Verify_EntryEditedAndRehashed_StillCaughtAtTheNextLink()
    {
        // An attacker who recomputes the edited entry's own hash still breaks the next entry's link.
        await using (var store = await SecurityStoreOpenerFor().OpenAsync(Store))
        {
            var entries = await store.ReadAsync(new AuditFilter());
            var edited = entries[2] with { User = "mallory", Hash = "" };
            Tamper($"UPDATE audit_log SET user_name = 'mallory', hash = '{AuditChain.HashOf(edited)}' WHERE seq = 3");
        }

        ExpectBrokenAt(4);
    }

    [Test]
    public void ChangingTheLog_ThroughSql_IsRefusedByTheTriggers()
    {
        var update = () => Execute("UPDATE audit_log SET outcome = 500");
        var delete = () => Execute("DELETE FROM audit_log");
        update.Should().Throw<Exception>().WithMessage("*append-only*");
        delete.Should().Throw<Exception>().WithMessage("*append-only*");
    }

    [Test]
    public void Export_Log_WritesOneJsonLinePerEntryInChainOrder()
    {
        var (code, stdout, _) = Netan.Run("audit", "export", "--store", Store);
        code.Should().Be(0);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(5);
        lines[2].Should().Contain("\"sequence\":3").And.Contain("\"parameters\":\"q=3\"");
    }

    /// <summary>Creates an empty store for the next test.</summary>
    protected abstract Task PrepareAsync();

    /// <summary>Runs <paramref name="sql"/> after switching the append-only triggers off, as an attacker with full database rights would.</summary>
    protected abstract void Tamper(string sql);

    /// <summary>Runs <paramref name="sql"/> with the triggers in place (throws what the database raises).</summary>
    protected abstract void Execute(string sql);

    private static SecurityStoreOpener SecurityStoreOpenerFor() => new([new SqliteSecurityStoreProvider(), new PostgresSecurityStoreProvider()]);

    private void ExpectBrokenAt(long entry)
    {
        var (code, _, stderr) = Netan.Run("audit", "verify", "--store", Store);
        code.Should().Be(1);
        stderr.Should().Contain($"broken at entry {entry}:");
    }
}

/// <summary>The audit chain on a SQLite store file.</summary>
[TestFixture]
public sealed class SqliteAuditChainTests : AuditChainTests
{
    private string _folder = "";

    protected override string Store => Path.Combine(_folder, "cases.db");

    protected override string OrderColumn => "rowid";

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    protected override Task PrepareAsync()
    {
        _folder = Directory.CreateTempSubdirectory("netan-audit-").FullName;
        return Task.CompletedTask;
    }

    protected override void Tamper(string sql) => Execute("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; " + sql);

    protected override void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Store};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>The audit chain in a throwaway PostgreSQL cluster (one database per test).</summary>
[TestFixture]
[Category("Postgres")]
public sealed class PostgresAuditChainTests : AuditChainTests
{
#pragma warning disable NUnit1032 // disposed in StopCluster
    private PostgresCluster? _cluster;
#pragma warning restore NUnit1032
    private string _database = "";
    private int _databases;

    protected override string Store => _cluster!.Url(_database);

    protected override string OrderColumn => "id";

    [OneTimeSetUp]
    public void StartCluster() => _cluster = PostgresCluster.StartOrIgnore();

    [OneTimeTearDown]
    public void StopCluster() => _cluster?.Dispose();

    protected override Task PrepareAsync()
    {
        _database = "audit" + ++_databases;
        _cluster!.CreateDatabase(_database);
        return Task.CompletedTask;
    }

    protected override void Tamper(string sql) => _cluster!.Sql(_database, "ALTER TABLE audit_log DISABLE TRIGGER USER; " + sql);

    protected override void Execute(string sql) => _cluster!.Sql(_database, sql);
}
