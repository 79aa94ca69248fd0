using Npgsql;

namespace NetworkAnalysis.Storage.Postgres;

/// <summary>
/// The security tables in PostgreSQL, created by their own step with their own version row
/// (<c>security_schema_version</c>) under an advisory lock, so several servers starting at once create them
/// once. A trigger refuses UPDATE, DELETE and TRUNCATE on the audit table.
/// </summary>
internal static class PostgresSecuritySchema
{
    private const int Latest = 2;

    private const string Version1 = """
        CREATE TABLE users (name text PRIMARY KEY, role integer NOT NULL, created bigint NOT NULL, revoked bigint);
        CREATE TABLE api_keys (key_id text PRIMARY KEY, user_name text NOT NULL REFERENCES users(name), salt bytea NOT NULL, hash bytea NOT NULL,
            created bigint NOT NULL, expires bigint, revoked bigint);
        CREATE TABLE case_grants (user_name text NOT NULL REFERENCES users(name), case_name text NOT NULL, role integer NOT NULL,
            PRIMARY KEY (user_name, case_name));
        CREATE TABLE unmask_grants (user_name text NOT NULL REFERENCES users(name), case_name text NOT NULL, reason text NOT NULL,
            granted bigint NOT NULL, expires bigint NOT NULL);
        CREATE TABLE audit_log (id bigserial PRIMARY KEY, seq bigint NOT NULL UNIQUE, time bigint NOT NULL, user_name text NOT NULL, case_name text, version integer,
            endpoint text NOT NULL, parameters text NOT NULL, records bigint, outcome integer NOT NULL, reason text,
            previous_hash text NOT NULL, hash text NOT NULL);
        CREATE INDEX audit_log_user ON audit_log (user_name, time);
        CREATE INDEX audit_log_case ON audit_log (case_name, time);
        CREATE FUNCTION netan_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
        CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION netan_audit_append_only();
        CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION netan_audit_append_only();
        """;

    /// <summary>Web sessions: only the hash of the id is stored; a session names the key it was opened with.</summary>
    private const string Version2 = """
        CREATE TABLE sessions (id_hash text PRIMARY KEY, user_name text NOT NULL REFERENCES users(name), key_id text NOT NULL,
            created bigint NOT NULL, expires bigint NOT NULL, last_seen bigint NOT NULL, ended bigint);
        CREATE INDEX sessions_key ON sessions (key_id);
        CREATE INDEX sessions_user ON sessions (user_name);
        """;

    public static async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(7246153); CREATE TABLE IF NOT EXISTS security_schema_version (version integer NOT NULL)";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        command.CommandText = "SELECT max(version) FROM security_schema_version";
        var current = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is int v ? v : 0;
        if (current > Latest)
        {
            throw new Application.Storage.CaseStoreUnavailableException("the case store's security tables are newer than this netan understands: upgrade netan");
        }

        if (current < 1)
        {
            command.CommandText = Version1 + "; INSERT INTO security_schema_version (version) VALUES (1);";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (current < 2)
        {
            command.CommandText = Version2 + "; INSERT INTO security_schema_version (version) VALUES (2);";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
