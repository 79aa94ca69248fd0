using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Json;

/// <summary>Cytoscape.js elements JSON (<c>.cyjs</c>, NetworkX <c>cytoscape_data</c>); the reader also accepts graphology JSON.</summary>
internal sealed class CytoscapeJsonFormat : INetworkFormat
{
    public string Name => "cytoscape";

    public IReadOnlyList<string> Extensions { get; } = [".cyjs"];

    public bool CanRead => true;

    public bool CanWrite => true;

    public FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return JsonNetworkReader.Read(stream, fileName, options, ct);
    }

    public void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings) =>
        JsonNetworkWriter.WriteCytoscape(network, stream, options, warnings);
}
