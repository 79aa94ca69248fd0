using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Ftm;

/// <summary>
/// FollowTheMoney JSON lines (<c>.ftm.json</c>, <c>.ijson</c>; Aleph, OpenSanctions, <c>ftm</c>): read
/// and write, ties included. See <see cref="FtmReader"/>, <see cref="FtmWriter"/> and docs/formats.md.
/// </summary>
internal sealed class FtmFormat : INetworkFormat
{
    public string Name => "ftm";

    public IReadOnlyList<string> Extensions { get; } = [".ftm.json", ".ijson"];

    public bool CanRead => true;

    public bool CanWrite => true;

    public FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct) =>
        FtmReader.Read(stream, fileName, options, ct);

    public void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings) =>
        FtmWriter.Write(network, stream, options, warnings);
}
