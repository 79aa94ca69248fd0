using Npgsql;

namespace NetworkAnalysis.Storage.Postgres;

/// <summary>The counters of one case, read with a row lock inside the transaction that will change them.</summary>
internal sealed record CaseCounters(long Id, int Latest, int NextAgentNo, long NextOrd)
{
    public static async Task<CaseCounters> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id, latest_version, next_agent_no, next_ord FROM cases WHERE name = @name FOR UPDATE", connection, transaction);
        command.Parameters.AddWithValue("name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new CaseCounters(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt64(3))
            : throw PostgresCaseStore.NoCase(name);
    }
}
