using Microsoft.Data.Sqlite;

namespace NetworkAnalysis.Storage.Sqlite;

/// <summary>
/// The security tables (users, API keys, case grants, unmask grants, audit log; sessions since version 2), created by their own
/// step with their own version row (<c>security_schema_version</c>) so the case schema's migrations and
/// these never collide. The audit table has triggers refusing UPDATE and DELETE: an honest program cannot
/// change an entry; a dishonest one editing the file is caught by the hash chain.
/// </summary>
internal static class SqliteSecuritySchema
{
    private const int Latest = 2;

    private const string Version1 = """
        CREATE TABLE users (name TEXT PRIMARY KEY, role INTEGER NOT NULL, created INTEGER NOT NULL, revoked INTEGER);
        CREATE TABLE api_keys (key_id TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES users(name), salt BLOB NOT NULL, hash BLOB NOT NULL,
            created INTEGER NOT NULL, expires INTEGER, revoked INTEGER);
        CREATE TABLE case_grants (user_name TEXT NOT NULL REFERENCES users(name), case_name TEXT NOT NULL, role INTEGER NOT NULL,
            PRIMARY KEY (user_name, case_name));
        CREATE TABLE unmask_grants (user_name TEXT NOT NULL REFERENCES users(name), case_name TEXT NOT NULL, reason TEXT NOT NULL,
            granted INTEGER NOT NULL, expires INTEGER NOT NULL);
        CREATE TABLE audit_log (seq INTEGER NOT NULL UNIQUE, time INTEGER NOT NULL, user_name TEXT NOT NULL, case_name TEXT, version INTEGER,
            endpoint TEXT NOT NULL, parameters TEXT NOT NULL, records INTEGER, outcome INTEGER NOT NULL, reason TEXT,
            previous_hash TEXT NOT NULL, hash TEXT NOT NULL);
        CREATE INDEX audit_log_user ON audit_log (user_name, time);
        CREATE INDEX audit_log_case ON audit_log (case_name, time);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """;

    /// <summary>Web sessions: only the hash of the id is stored; a session names the key it was opened with.</summary>
    private const string Version2 = """
        CREATE TABLE sessions (id_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES users(name), key_id TEXT NOT NULL,
            created INTEGER NOT NULL, expires INTEGER NOT NULL, last_seen INTEGER NOT NULL, ended INTEGER);
        CREATE INDEX sessions_key ON sessions (key_id);
        CREATE INDEX sessions_user ON sessions (user_name);
        """;

    public static void Migrate(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "CREATE TABLE IF NOT EXISTS security_schema_version (version INTEGER NOT NULL); SELECT max(version) FROM security_schema_version";
        var current = command.ExecuteScalar() is long v ? (int)v : 0;
        if (current > Latest)
        {
            throw new Application.Storage.CaseStoreUnavailableException("the case store's security tables are newer than this netan understands: upgrade netan");
        }

        if (current < 1)
        {
            command.CommandText = Version1 + "; INSERT INTO security_schema_version (version) VALUES (1);";
            command.ExecuteNonQuery();
        }

        if (current < 2)
        {
            command.CommandText = Version2 + "; INSERT INTO security_schema_version (version) VALUES (2);";
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
