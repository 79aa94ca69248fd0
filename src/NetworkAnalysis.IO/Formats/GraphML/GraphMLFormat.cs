using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.GraphML;

/// <summary>GraphML (yEd, Gephi, NetworkX, igraph, Cytoscape): typed keys, nodes, edges; read and write.</summary>
internal sealed class GraphMLFormat : INetworkFormat
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public string Name => "graphml";

    public IReadOnlyList<string> Extensions { get; } = [".graphml"];

    public bool CanRead => true;

    public bool CanWrite => true;

    public FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return GraphMLReader.Read(stream, fileName, options, ct);
    }

    public void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings) =>
        GraphMLWriter.Write(network, stream, options, warnings);
}
