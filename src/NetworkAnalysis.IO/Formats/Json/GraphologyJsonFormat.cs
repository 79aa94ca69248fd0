using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Json;

/// <summary>graphology serialization JSON (sigma.js, Gephi Lite); the reader also accepts Cytoscape.js JSON.</summary>
internal sealed class GraphologyJsonFormat : INetworkFormat
{
    public string Name => "graphology";

    public IReadOnlyList<string> Extensions { get; } = [".json"];

    public bool CanRead => true;

    public bool CanWrite => true;

    public FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return JsonNetworkReader.Read(stream, fileName, options, ct);
    }

    public void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings) =>
        JsonNetworkWriter.WriteGraphology(network, stream, options, warnings);
}
