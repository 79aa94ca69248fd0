using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Gexf;

/// <summary>GEXF (Gephi): writes 1.3, reads 1.1draft, 1.2draft and 1.3.</summary>
internal sealed class GexfFormat : INetworkFormat
{
    public string Name => "gexf";

    public IReadOnlyList<string> Extensions { get; } = [".gexf"];

    public bool CanRead => true;

    public bool CanWrite => true;

    public FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return GexfReader.Read(stream, fileName, options, ct);
    }

    public void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings) =>
        GexfWriter.Write(network, stream, options, warnings);
}
