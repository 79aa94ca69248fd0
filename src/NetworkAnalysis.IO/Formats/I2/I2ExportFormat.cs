using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.I2;

/// <summary>
/// i2 Analyst's Notebook import files (write only): <c>entities.csv</c> and <c>links.csv</c>, with their
/// import specifications <c>entities.ximp</c> and <c>links.ximp</c>. Written to a stream as a zip archive of the four; <see cref="NetworkFormats.Write"/> writes them into a folder (or a
/// <c>.zip</c> file when the path ends so).
/// </summary>
internal sealed class I2ExportFormat : INetworkFormat, IFileSetFormat
{
    public string Name => "i2";

    public IReadOnlyList<string> Extensions { get; } = [];

    public bool CanRead => false;

    public bool CanWrite => true;

    public FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct) =>
        throw new NotSupportedException("the i2 export can only be written");

    public void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings) =>
        I2ExportWriter.WriteZip(network, stream, options, warnings);

    public IReadOnlyList<string> FileNames(TransactionNetwork network) =>
        [I2ExportWriter.EntitiesFile, I2ExportWriter.LinksFile, I2ImportSpecWriter.EntitiesSpecFile, I2ImportSpecWriter.LinksSpecFile];

    public void WriteFiles(TransactionNetwork network, Stream[] streams, FormatWriteOptions options, ICollection<string> warnings) =>
        I2ExportWriter.WriteFiles(network, streams[0], streams[1], streams[2], streams[3], options, warnings);
}
