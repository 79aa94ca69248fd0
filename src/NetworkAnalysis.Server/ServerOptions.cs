namespace NetworkAnalysis.Server;

/// <summary>
/// The service's settings, bound from the <c>Netan</c> section of appsettings.json or environment variables
/// (<c>Netan__MaxConcurrentJobs=4</c>). Every limit has a safe default so <c>netan serve</c> works with none.
/// </summary>
public sealed class ServerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Netan";

    /// <summary>The case store (<c>--store</c>): a SQLite file or a PostgreSQL URL; null = <c>NETAN_STORE</c> or the default file.</summary>
    public string? Store { get; set; }

    /// <summary>Jobs this process runs at once (default: the number of cores). Every server on a store takes jobs from its one queue.</summary>
    public int MaxConcurrentJobs { get; set; } = Environment.ProcessorCount;

    /// <summary>A job whose memory estimate exceeds this is refused before it starts (default 4 GiB).</summary>
    public long MemoryBudgetBytes { get; set; } = 4L << 30;

    /// <summary>Largest upload (a multipart request or a zip), in bytes (default 256 MiB).</summary>
    public long MaxUploadBytes { get; set; } = 256L << 20;

    /// <summary>Largest total size of the files unpacked from one zip (default 1 GiB).</summary>
    public long MaxUnpackedBytes { get; set; } = 1L << 30;

    /// <summary>Largest JSON request body (analysis options, a new case), in bytes (default 64 KiB).</summary>
    public int MaxJsonBytes { get; set; } = 64 << 10;

    /// <summary>Case versions kept loaded in memory for queries (default 4).</summary>
    public int CachedVersions { get; set; } = 4;

    /// <summary>
    /// How long a running job's claim lasts without a heartbeat (default 30 s). When the server running it dies,
    /// another server (or this one restarted) queues the job again after this long. Longer: fewer false alarms on an
    /// overloaded machine; shorter: faster recovery.
    /// </summary>
    public double JobLeaseSeconds { get; set; } = 30;

    /// <summary>How often a running job writes its progress, renews its lease and looks for a cancel (default 2 s; at most a third of the lease).</summary>
    public double JobHeartbeatSeconds { get; set; } = 2;
}
