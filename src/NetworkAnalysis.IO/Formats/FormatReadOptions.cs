using System.Text;

namespace NetworkAnalysis.IO.Formats;

/// <summary>
/// Caps and settings for the format readers. Every cap is checked while reading, before the memory it
/// guards is allocated, and a file over a cap fails with an <c>InputFormatException</c> that names the cap.
/// </summary>
public sealed record FormatReadOptions
{
    /// <summary>The defaults documented on each property.</summary>
    public static FormatReadOptions Default { get; } = new();

    /// <summary>The most nodes (agents) a file may hold. Default 10,000,000.</summary>
    public int MaxNodes { get; init; } = 10_000_000;

    /// <summary>The most edges (transactions) a file may hold. Default 50,000,000.</summary>
    public int MaxEdges { get; init; } = 50_000_000;

    /// <summary>
    /// The most bytes read from the input (and, for XML, characters in the document). Default 2 GiB.
    /// </summary>
    public long MaxDocumentBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// The largest node count a file may declare up front (Pajek <c>*Vertices n</c>, UCINET <c>DL n=</c>),
    /// checked before anything is allocated. Declared nodes need no bytes of their own in the file, so this
    /// cap is lower than <see cref="MaxNodes"/>. Default 1,000,000.
    /// </summary>
    public int MaxDeclaredSize { get; init; } = 1_000_000;

    /// <summary>
    /// The most declared nodes that may appear nowhere in the file (no vertex line or label, no tie) and so
    /// become isolated agents made from nothing; a file may always have as many such nodes as nodes that do
    /// appear. Checked at the end of the file, before those agents are created. Default 10,000.
    /// </summary>
    public int MaxUnlistedNodes { get; init; } = 10_000;

    /// <summary>The longest single value (id, label, attribute value) in characters. Default 1,048,576.</summary>
    public int MaxAttributeLength { get; init; } = 1 << 20;

    /// <summary>The most distinct attribute names (GraphML keys, GEXF attributes) a file may declare. Default 10,000.</summary>
    public int MaxAttributeNames { get; init; } = 10_000;

    /// <summary>
    /// The most extra attribute values (kept in <c>Agent.Attributes</c> and <c>Transaction.Attributes</c>)
    /// in one file. GraphML and GEXF defaults give a value to every node or edge without bytes of their own,
    /// so a small file could otherwise fill the memory. Default 10,000,000.
    /// </summary>
    public int MaxAttributeValues { get; init; } = 10_000_000;

    /// <summary>The deepest nesting of JSON objects and arrays. Default 64.</summary>
    public int MaxJsonDepth { get; init; } = 64;

    /// <summary>
    /// The encoding of the plain-text formats (Pajek, UCINET DL); null for UTF-8, where invalid bytes are
    /// an error. Must be ASCII-compatible (e.g. <see cref="Encoding.Latin1"/> for old Windows files).
    /// XML and JSON files declare their own encoding.
    /// </summary>
    public Encoding? TextEncoding { get; init; }

    /// <summary>
    /// FollowTheMoney and APOC readers: count and skip records whose schema or type is unknown (and links
    /// to entities missing from the file) instead of failing on the first one. Default false: a file that
    /// cannot be read whole is an error naming the line.
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a cap is not positive.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxNodes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxEdges);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDocumentBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDeclaredSize);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxUnlistedNodes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxAttributeLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxAttributeNames);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxAttributeValues);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxJsonDepth);
    }
}
