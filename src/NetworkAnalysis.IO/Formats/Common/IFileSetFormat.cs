using System.IO.Compression;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>
/// A write format made of several files (i2 import files, Neo4j import CSV files):
/// <see cref="NetworkFormats.Write"/> writes them into a folder all-or-nothing; as a single stream
/// (<see cref="INetworkFormat.Write"/>) they are a zip archive.
/// </summary>
internal interface IFileSetFormat
{
    /// <summary>The files written for <paramref name="network"/>, in the order of the streams given to <see cref="WriteFiles"/>.</summary>
    IReadOnlyList<string> FileNames(TransactionNetwork network);

    /// <summary>Writes each file to its stream.</summary>
    void WriteFiles(TransactionNetwork network, Stream[] streams, FormatWriteOptions options, ICollection<string> warnings);
}

/// <summary>The zip form of an <see cref="IFileSetFormat"/>.</summary>
internal static class FileSetZip
{
    /// <summary>Writes every file of <paramref name="format"/> into one zip archive on <paramref name="stream"/>.</summary>
    public static void Write(IFileSetFormat format, TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var names = format.FileNames(network);
        var buffers = new MemoryStream[names.Count];
        try
        {
            for (var i = 0; i < buffers.Length; i++)
            {
                buffers[i] = new MemoryStream();
            }

            format.WriteFiles(network, buffers, options, warnings);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
            for (var i = 0; i < names.Count; i++)
            {
                using var entry = zip.CreateEntry(names[i], CompressionLevel.Optimal).Open();
                buffers[i].Position = 0;
                buffers[i].CopyTo(entry);
            }
        }
        finally
        {
            foreach (var buffer in buffers)
            {
                buffer?.Dispose();
            }
        }
    }
}
