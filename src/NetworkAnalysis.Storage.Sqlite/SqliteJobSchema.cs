using Microsoft.Data.Sqlite;

namespace NetworkAnalysis.Storage.Sqlite;

/// <summary>
/// The job table in SQLite, created by its own step with its own version row (<c>job_schema_version</c>) so the
/// case and security schemas' migrations never collide with it. Times are UTC ticks.
/// </summary>
internal static class SqliteJobSchema
{
    private const int Latest = 1;

    private const string Version1 = """
        CREATE TABLE jobs (
            id TEXT PRIMARY KEY,
            case_name TEXT NOT NULL,
            version INTEGER NOT NULL,
            analysis TEXT NOT NULL,
            options TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
            stage TEXT NOT NULL,
            progress REAL NOT NULL,
            estimated_bytes INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            started_at INTEGER,
            finished_at INTEGER,
            error TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            worker TEXT,
            lease_until INTEGER,
            cancel_requested INTEGER NOT NULL DEFAULT 0,
            result BLOB);
        CREATE INDEX jobs_queue ON jobs (created_at, id) WHERE state = 'queued';
        CREATE INDEX jobs_leases ON jobs (lease_until) WHERE state = 'running';
        CREATE INDEX jobs_case ON jobs (case_name, version, created_at);
        """;

    public static void Migrate(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "CREATE TABLE IF NOT EXISTS job_schema_version (version INTEGER NOT NULL); SELECT max(version) FROM job_schema_version";
        var current = command.ExecuteScalar() is long v ? (int)v : 0;
        if (current > Latest)
        {
            throw new Application.Storage.CaseStoreUnavailableException("the case store's job table is newer than this netan understands: upgrade netan");
        }

        if (current < 1)
        {
            command.CommandText = Version1 + "; INSERT INTO job_schema_version (version) VALUES (1);";
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
