using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Pajek;

/// <summary>Pajek <c>.net</c>: vertices, arcs and edges with weights; read and write.</summary>
internal sealed class PajekFormat : INetworkFormat
{
    public string Name => "pajek";

    public IReadOnlyList<string> Extensions { get; } = [".net"];

    public bool CanRead => true;

    public bool CanWrite => true;

    public FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return PajekReader.Read(stream, fileName, options, ct);
    }

    public void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings) =>
        PajekWriter.Write(network, stream, options, warnings);
}
