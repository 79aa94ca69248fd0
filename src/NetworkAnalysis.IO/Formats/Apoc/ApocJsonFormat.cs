using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Apoc;

/// <summary>
/// Neo4j APOC JSON lines (<c>apoc.export.json.all</c>, <c>apoc.import.json</c>): read and write; the
/// file-based side of a Neo4j adapter (a live-database adapter would sit behind the same interface).
/// </summary>
internal sealed class ApocJsonFormat : INetworkFormat
{
    public string Name => "apoc";

    public IReadOnlyList<string> Extensions { get; } = [".apoc.json", ".apoc.jsonl"];

    public bool CanRead => true;

    public bool CanWrite => true;

    public FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct) =>
        ApocJsonReader.Read(stream, fileName, options, ct);

    public void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings) =>
        ApocJsonWriter.Write(network, stream, options, warnings);
}
