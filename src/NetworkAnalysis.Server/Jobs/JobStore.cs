using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using NetworkAnalysis.IO;

namespace NetworkAnalysis.Server.Jobs;

/// <summary>
/// Keeps job records and results on disk (<c>DATA/jobs/ID.json</c> and <c>ID.result.json</c>), each written
/// atomically (temporary file renamed into place), so a restart loses no job and never sees half a record.
/// Records are also held in memory for fast status reads. One server process per data directory.
/// </summary>
public sealed class JobStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly string _folder;
    private readonly ConcurrentDictionary<string, JobRecord> _records = new(StringComparer.Ordinal);

    /// <summary>Opens (creating if needed) the job folder under <paramref name="dataDirectory"/> and reads every record.</summary>
    public JobStore(string dataDirectory)
    {
        _folder = Path.Combine(dataDirectory, "jobs");
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.EnumerateFiles(_folder, "*.json"))
        {
            if (file.EndsWith(".result.json", StringComparison.Ordinal))
            {
                continue;
            }

            var record = JsonSerializer.Deserialize<JobRecord>(File.ReadAllText(file), Json);
            if (record is not null)
            {
                _records[record.Id] = record;
            }
        }
    }

    /// <summary>Every job, newest first.</summary>
    public IReadOnlyList<JobRecord> All => [.. _records.Values.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal)];

    /// <summary>The job with <paramref name="id"/>, or null.</summary>
    public JobRecord? Find(string id) => _records.TryGetValue(id, out var record) ? record : null;

    /// <summary>Stores <paramref name="record"/> (new or changed).</summary>
    public void Save(JobRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        AtomicFile.WriteText(PathOf(record.Id), w => w.Write(JsonSerializer.Serialize(record, Json)));
        _records[record.Id] = record;
    }

    /// <summary>Stores a job's result (UTF-8 JSON) before the record says it succeeded.</summary>
    public void SaveResult(string id, Action<Stream> write) => AtomicFile.Write(ResultPathOf(id), write);

    /// <summary>Opens a finished job's result, or null when there is none.</summary>
    public Stream? OpenResult(string id)
    {
        var path = ResultPathOf(id);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    /// <summary>Removes every job of a deleted case, with its result.</summary>
    public void DeleteCase(string caseName)
    {
        foreach (var record in _records.Values.Where(r => r.Case == caseName).ToList())
        {
            File.Delete(ResultPathOf(record.Id));
            File.Delete(PathOf(record.Id));
            _records.TryRemove(record.Id, out _);
        }
    }

    private string PathOf(string id) => Path.Combine(_folder, CheckedId(id) + ".json");

    private string ResultPathOf(string id) => Path.Combine(_folder, CheckedId(id) + ".result.json");

    private static string CheckedId(string id) =>
        id.Length == 32 && id.All(char.IsAsciiHexDigitLower) ? id : throw new ArgumentException($"'{id}' is not a job id");
}
