using Npgsql;

namespace NetworkAnalysis.Storage.Postgres;

/// <summary>
/// The job table in PostgreSQL, created by its own step with its own version row (<c>job_schema_version</c>)
/// under an advisory lock, so several servers starting at once create it once and the case and security
/// schemas' migrations never collide with it. Times are UTC ticks of the database's clock.
/// </summary>
internal static class PostgresJobSchema
{
    private const int Latest = 1;

    private const string Version1 = """
        CREATE TABLE jobs (
            id text PRIMARY KEY,
            case_name text NOT NULL,
            version integer NOT NULL,
            analysis text NOT NULL,
            options text NOT NULL,
            state text NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
            stage text NOT NULL,
            progress double precision NOT NULL,
            estimated_bytes bigint NOT NULL,
            created_at bigint NOT NULL,
            started_at bigint,
            finished_at bigint,
            error text,
            attempts integer NOT NULL DEFAULT 0,
            worker text,
            lease_until bigint,
            cancel_requested boolean NOT NULL DEFAULT false,
            result bytea);
        CREATE INDEX jobs_queue ON jobs (created_at, id) WHERE state = 'queued';
        CREATE INDEX jobs_leases ON jobs (lease_until) WHERE state = 'running';
        CREATE INDEX jobs_case ON jobs (case_name, version, created_at);
        """;

    public static async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(7246154); CREATE TABLE IF NOT EXISTS job_schema_version (version integer NOT NULL)";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        command.CommandText = "SELECT max(version) FROM job_schema_version";
        var current = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is int v ? v : 0;
        if (current > Latest)
        {
            throw new Application.Storage.CaseStoreUnavailableException("the case store's job table is newer than this netan understands: upgrade netan");
        }

        if (current < 1)
        {
            command.CommandText = Version1 + "; INSERT INTO job_schema_version (version) VALUES (1);";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
