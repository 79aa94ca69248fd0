using System.Globalization;
using Npgsql;
using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Storage.Postgres;

/// <summary>
/// Creates and upgrades the schema: the numbered scripts in <c>Migrations/</c> (embedded), applied in
/// order inside one transaction together with their <c>schema_version</c> rows, under an advisory lock so
/// two servers starting at once do not both migrate. A database newer than this program is refused.
/// </summary>
internal static class PostgresSchema
{
    private const long MigrationLock = 0x6E6574616E; // "netan"

    private static readonly string[] Scripts = MigrationScripts.Load(typeof(PostgresSchema).Assembly);

    /// <summary>The newest schema version this program knows.</summary>
    public static int Latest => Scripts.Length;

    public static async Task MigrateAsync(NpgsqlConnection connection, string store, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock})", cancellationToken).ConfigureAwait(false);
        await Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())", cancellationToken).ConfigureAwait(false);
        await using var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection, transaction);
        var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (current > Latest)
        {
            throw new CaseStoreUnavailableException(
                $"the case store {store} has schema version {current.ToString(CultureInfo.InvariantCulture)}, newer than this netan understands ({Latest.ToString(CultureInfo.InvariantCulture)}): upgrade netan");
        }

        for (var version = current + 1; version <= Latest; version++)
        {
            await Execute(connection, transaction, Scripts[version - 1], cancellationToken).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version) VALUES (@v)", connection, transaction);
            record.Parameters.AddWithValue("v", version);
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

}
