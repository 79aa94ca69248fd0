namespace NetworkAnalysis.IO.EdgeLists;

/// <summary>Limits and choices for <see cref="EdgeListReader"/>. Limits make a hostile file fail fast instead of exhausting memory.</summary>
public sealed record EdgeListReadOptions
{
    /// <summary>Most nodes accepted (default 50,000,000).</summary>
    public int MaxNodes { get; init; } = 50_000_000;

    /// <summary>Most edges accepted (default 500,000,000).</summary>
    public int MaxEdges { get; init; } = 500_000_000;

    /// <summary>Longest line accepted, in bytes (default 1 MiB).</summary>
    public int MaxLineBytes { get; init; } = 1 << 20;

    /// <summary>Longest node id accepted, in bytes (default 4 KiB).</summary>
    public int MaxIdBytes { get; init; } = 4096;
}
