using System.Data.Common;
using System.Text.Json;
using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Application.Jobs;

/// <summary>
/// How every store lays out a job row, so the stores read it back the same way: states and stages as
/// lower-case words, times as UTC ticks (the store's clock), options as a JSON object. Works on the ADO.NET
/// base reader only; the stores keep their own connections and SQL.
/// </summary>
public static class JobRows
{
    /// <summary>The columns <see cref="Read"/> expects, in order.</summary>
    public const string Columns = "id, case_name, version, analysis, options, state, stage, progress, estimated_bytes, created_at, started_at, finished_at, error, attempts, worker, cancel_requested";

    /// <summary>The stored word of a state.</summary>
    public static string Word(JobState state) => state switch
    {
        JobState.Queued => "queued",
        JobState.Running => "running",
        JobState.Succeeded => "succeeded",
        JobState.Failed => "failed",
        JobState.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>The stage a job ends in when it reaches <paramref name="state"/>.</summary>
    public static string FinalStage(JobState state) => state switch
    {
        JobState.Succeeded => "done",
        JobState.Failed => "failed",
        JobState.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(state), "not a final state"),
    };

    /// <summary>The options as stored.</summary>
    public static string OptionsJson(IReadOnlyDictionary<string, string?> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Null values (an option given as JSON null) survive: the serializer writes them as null.
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in options)
        {
            sorted[key] = value!;
        }

        return JsonSerializer.Serialize(sorted, StoredJson.Default.SortedDictionaryStringString);
    }

    /// <summary>The record in the current row of <paramref name="reader"/> (selected with <see cref="Columns"/>).</summary>
    public static JobRecord Read(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var options = JsonSerializer.Deserialize(reader.GetString(4), StoredJson.Default.SortedDictionaryStringString) ?? [];
        return new JobRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetInt32(2),
            reader.GetString(3),
            options.ToDictionary(p => p.Key, string? (p) => p.Value, StringComparer.Ordinal),
            State(reader.GetString(5)),
            reader.GetString(6),
            reader.GetDouble(7),
            reader.GetInt64(8),
            Time(reader.GetInt64(9)),
            reader.IsDBNull(10) ? null : Time(reader.GetInt64(10)),
            reader.IsDBNull(11) ? null : Time(reader.GetInt64(11)),
            reader.IsDBNull(12) ? null : reader.GetString(12),
            reader.GetInt32(13),
            reader.IsDBNull(14) ? null : reader.GetString(14),
            reader.GetBoolean(15));
    }

    private static JobState State(string word) => word switch
    {
        "queued" => JobState.Queued,
        "running" => JobState.Running,
        "succeeded" => JobState.Succeeded,
        "failed" => JobState.Failed,
        "cancelled" => JobState.Cancelled,
        _ => throw new CaseStoreUnavailableException($"the job table holds an unknown state '{word}': upgrade netan"),
    };

    private static DateTimeOffset Time(long utcTicks) => new(utcTicks, TimeSpan.Zero);
}
