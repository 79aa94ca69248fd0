using System.Text.Json.Serialization;

namespace NetworkAnalysis.Server.Jobs;

/// <summary>Where a job is in its life.</summary>
public enum JobState
{
    /// <summary>Accepted, waiting for a free slot.</summary>
    Queued,

    /// <summary>Running.</summary>
    Running,

    /// <summary>Finished; the result is kept with the case version.</summary>
    Succeeded,

    /// <summary>Failed; <see cref="JobRecord.Error"/> says why.</summary>
    Failed,

    /// <summary>Cancelled by a user before it finished.</summary>
    Cancelled,
}

/// <summary>
/// A background analysis as stored and as the API shows it. Immutable: each change writes a new record.
/// </summary>
/// <param name="Id">The job id (32 hex digits).</param>
/// <param name="Case">The case name.</param>
/// <param name="Version">The exact case version it runs on.</param>
/// <param name="Analysis">The analysis (CLI command name).</param>
/// <param name="Options">The options as given (validated before the job was accepted).</param>
/// <param name="State">Its state.</param>
/// <param name="Stage">What it is doing (<c>queued</c>, <c>loading</c>, <c>computing</c>, <c>writing</c>, <c>done</c>).</param>
/// <param name="Progress">From 0 to 1.</param>
/// <param name="EstimatedBytes">Memory estimated before it started.</param>
/// <param name="CreatedAt">When it was accepted (UTC).</param>
/// <param name="StartedAt">When it started, or null.</param>
/// <param name="FinishedAt">When it ended, or null.</param>
/// <param name="Error">Why it failed, or null.</param>
public sealed record JobRecord(
    string Id,
    string Case,
    int Version,
    string Analysis,
    IReadOnlyDictionary<string, string?> Options,
    JobState State,
    string Stage,
    double Progress,
    long EstimatedBytes,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error)
{
    /// <summary>True once it can no longer change.</summary>
    [JsonIgnore]
    public bool IsFinished => State is JobState.Succeeded or JobState.Failed or JobState.Cancelled;
}
