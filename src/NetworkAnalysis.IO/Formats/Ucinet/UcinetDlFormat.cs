using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Ucinet;

/// <summary>UCINET DL (fullmatrix, edgelist1, nodelist1): read only.</summary>
internal sealed class UcinetDlFormat : INetworkFormat
{
    public string Name => "dl";

    public IReadOnlyList<string> Extensions { get; } = [".dl"];

    public bool CanRead => true;

    public bool CanWrite => false;

    public FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return UcinetDlReader.Read(stream, fileName, options, ct);
    }

    public void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings) =>
        throw new NotSupportedException("UCINET DL can only be read");
}
