using System.Text.Json.Serialization;

namespace NetworkAnalysis.Application.Jobs;

/// <summary>Where a job is in its life.</summary>
public enum JobState
{
    /// <summary>Accepted, waiting for a free slot on any server sharing the store.</summary>
    Queued,

    /// <summary>Running on the server named by <see cref="JobRecord.Worker"/>, which holds its lease.</summary>
    Running,

    /// <summary>Finished; the result is kept with the case version.</summary>
    Succeeded,

    /// <summary>Failed; <see cref="JobRecord.Error"/> says why.</summary>
    Failed,

    /// <summary>Cancelled by a user before it finished.</summary>
    Cancelled,
}

/// <summary>
/// A background analysis as stored and as the API shows it. Immutable: the store hands out a new record per read.
/// </summary>
/// <param name="Id">The job id (32 lower-case hex digits).</param>
/// <param name="Case">The case name.</param>
/// <param name="Version">The exact case version it runs on; its result is kept with that version.</param>
/// <param name="Analysis">The analysis (CLI command name).</param>
/// <param name="Options">The options as given (validated before the job was accepted).</param>
/// <param name="State">Its state.</param>
/// <param name="Stage">What it is doing (<c>queued</c>, <c>loading</c>, an analysis stage, <c>writing</c>, <c>done</c>, ...).</param>
/// <param name="Progress">From 0 to 1, never decreasing within one attempt.</param>
/// <param name="EstimatedBytes">Memory estimated before it was accepted.</param>
/// <param name="CreatedAt">When it was accepted (UTC).</param>
/// <param name="StartedAt">When its current (or last) attempt started, or null.</param>
/// <param name="FinishedAt">When it ended, or null.</param>
/// <param name="Error">Why it failed, or null.</param>
/// <param name="Attempts">How many times a server has started it (more than 1 after a server died while running it).</param>
/// <param name="Worker">The server instance running it (<c>host:pid:random</c>), or the last one that did; null while never started.</param>
/// <param name="CancelRequested">A user asked to cancel it; the server running it stops at its next heartbeat.</param>
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
    string? Error,
    int Attempts = 0,
    string? Worker = null,
    bool CancelRequested = false)
{
    /// <summary>True once it can no longer change.</summary>
    [JsonIgnore]
    public bool IsFinished => State is JobState.Succeeded or JobState.Failed or JobState.Cancelled;

    /// <summary>True for a well-formed job id (32 lower-case hex digits); anything else is never looked up.</summary>
    public static bool IsId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);
}
