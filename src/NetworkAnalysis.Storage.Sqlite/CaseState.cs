using Microsoft.Data.Sqlite;

namespace NetworkAnalysis.Storage.Sqlite;

/// <summary>The counters of one case, read inside the transaction that will change them.</summary>
internal sealed record CaseState(long Id, int Latest, int NextAgentNo, long NextOrd)
{
    public static CaseState Load(SqliteConnection connection, SqliteTransaction transaction, string name)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id, latest_version, next_agent_no, next_ord FROM cases WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new CaseState(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt64(3))
            : throw SqliteCaseStore.NoCase(name);
    }
}
