using Microsoft.Data.Sqlite;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Storage.Sqlite;

namespace NetworkAnalysis.Server.Tests.Security;

/// <summary>The audit log's hash chain: appended through the real store, tampered with directly in the SQLite file, checked by <c>netan audit verify</c>.</summary>
[TestFixture]
public sealed class AuditChainTests
{
    private string _folder = "";
    private string _path = "";

    [SetUp]
    public async Task SetUp()
    {
        _folder = Directory.CreateTempSubdirectory("netan-audit-").FullName;
        _path = Path.Combine(_folder, "cases.db");
        await using var store = await SqliteSecurityStore.OpenAsync(_path);
        for (var i = 1; i <= 5; i++)
        {
            await store.AppendAsync(new AuditEntry(0, DateTimeOffset.UtcNow, "alice", "mare", 1, "searchAgents", "q=" + i, i, 200, null, "", ""));
        }
    }

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public void Verify_UntouchedLog_ExitsZero()
    {
        var (code, stdout, _) = Netan.Run("audit", "verify", "--store", _path);
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
        Tamper("UPDATE audit_log SET rowid = 100 WHERE seq = 2; UPDATE audit_log SET rowid = 2 WHERE seq = 3; UPDATE audit_log SET rowid = 3 WHERE seq = 2");
        ExpectBrokenAt(2);
    }

    [Test]
    public void Verify_EntryEditedAndRehashed_StillCaughtAtTheNextLink()
    {
        // An attacker who recomputes the edited entry's own hash still breaks the next entry's link.
        using (var connection = Open())
        {
            Execute(connection, "DROP TRIGGER audit_log_no_update");
            var edited = AuditChain.HashOf(new AuditEntry(3, Read(connection, 3).Time, "mallory", "mare", 1, "searchAgents", "q=3", 3, 200, null, Read(connection, 2).Hash, ""));
            Execute(connection, $"UPDATE audit_log SET user_name = 'mallory', hash = '{edited}' WHERE seq = 3");
        }

        ExpectBrokenAt(4);
    }

    [Test]
    public void Append_ThroughSql_IsRefusedByTheTriggers()
    {
        using var connection = Open();
        var update = () => Execute(connection, "UPDATE audit_log SET outcome = 500");
        var delete = () => Execute(connection, "DELETE FROM audit_log");
        update.Should().Throw<SqliteException>().WithMessage("*append-only*");
        delete.Should().Throw<SqliteException>().WithMessage("*append-only*");
    }

    [Test]
    public void Export_Log_WritesOneJsonLinePerEntryInChainOrder()
    {
        var (code, stdout, _) = Netan.Run("audit", "export", "--store", _path);
        code.Should().Be(0);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(5);
        lines[2].Should().Contain("\"sequence\":3").And.Contain("\"parameters\":\"q=3\"");
    }

    private void ExpectBrokenAt(long entry)
    {
        var (code, _, stderr) = Netan.Run("audit", "verify", "--store", _path);
        code.Should().Be(1);
        stderr.Should().Contain($"broken at entry {entry}:");
    }

    private void Tamper(string sql)
    {
        using var connection = Open();
        Execute(connection, "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete");
        Execute(connection, sql);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static AuditEntry Read(SqliteConnection connection, long seq)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT time, hash FROM audit_log WHERE seq = {seq}";
        using var reader = command.ExecuteReader();
        reader.Read();
        return new AuditEntry(seq, new DateTimeOffset(reader.GetInt64(0), TimeSpan.Zero), "", null, null, "", "", null, 0, null, "", reader.GetString(1));
    }
}
