using System.Globalization;
using Microsoft.Data.Sqlite;
using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Storage.Sqlite;

/// <summary>
/// Creates and upgrades the store's schema: the numbered scripts in <c>Migrations/</c> (embedded), each
/// applied once, in order, in one transaction with the <c>schema_version</c> row. A file whose schema is
/// newer than this program knows is refused, never written.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>The newest schema version this program knows.</summary>
    public static int Latest => Scripts.Length;

    private static readonly string[] Scripts = MigrationScripts.Load(typeof(SqliteSchema).Assembly);

    public static void Migrate(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT max(version) FROM schema_version";
        var current = read.ExecuteScalar() is long v ? (int)v : 0;
        if (current > Latest)
        {
            throw new CaseStoreUnavailableException(
                $"the case store {path} has schema version {current.ToString(CultureInfo.InvariantCulture)}, newer than this netan understands ({Latest.ToString(CultureInfo.InvariantCulture)}): upgrade netan");
        }

        for (var version = current + 1; version <= Latest; version++)
        {
            Execute(connection, transaction, Scripts[version - 1]);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version) VALUES ($v)";
            record.Parameters.AddWithValue("$v", version);
            record.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

}
