using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats.Apoc;
using NetworkAnalysis.IO.Formats.Common;
using NetworkAnalysis.IO.Formats.EdgeList;
using NetworkAnalysis.IO.Formats.Ftm;
using NetworkAnalysis.IO.Formats.Gexf;
using NetworkAnalysis.IO.Formats.GraphML;
using NetworkAnalysis.IO.Formats.I2;
using NetworkAnalysis.IO.Formats.Json;
using NetworkAnalysis.IO.Formats.Neo4j;
using NetworkAnalysis.IO.Formats.Pajek;
using NetworkAnalysis.IO.Formats.Ucinet;

namespace NetworkAnalysis.IO.Formats;

/// <summary>
/// The registry of graph file formats: find one by name or by a file's extension, and read or write
/// files. Writes are atomic: the output appears complete or not at all.
/// </summary>
public static class NetworkFormats
{
    private static readonly INetworkFormat[] _all =
    [
        new GraphMLFormat(),
        new GexfFormat(),
        new GraphologyJsonFormat(),
        new CytoscapeJsonFormat(),
        new PajekFormat(),
        new UcinetDlFormat(),
        new I2ExportFormat(),
        new EdgeListFormat(csv: false),
        new EdgeListFormat(csv: true),
        new FtmFormat(),
        new Neo4jCsvFormat(),
        new ApocJsonFormat(),
    ];

    /// <summary>Every registered format.</summary>
    public static IReadOnlyList<INetworkFormat> All => _all;

    /// <summary>The format named <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No format has that name.</exception>
    public static INetworkFormat ByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var format in _all)
        {
            if (string.Equals(format.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        throw new ArgumentException($"unknown format '{name}'; known formats: {string.Join(", ", _all.Select(f => f.Name))}", nameof(name));
    }

    /// <summary>The format whose extension ends <paramref name="path"/> (case-insensitive; the longest match wins).</summary>
    /// <exception cref="ArgumentException">No format has that extension.</exception>
    public static INetworkFormat ForPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        INetworkFormat? best = null;
        var bestLength = 0;
        foreach (var format in _all)
        {
            foreach (var extension in format.Extensions)
            {
                if (extension.Length > bestLength && path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    best = format;
                    bestLength = extension.Length;
                }
            }
        }

        return best ?? throw new ArgumentException(
            $"cannot tell the format of '{path}' from its extension; name the format (one of {string.Join(", ", _all.Select(f => f.Name))})", nameof(path));
    }

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The format's name, or null to choose by extension.</param>
    /// <param name="options">Caps; null for <see cref="FormatReadOptions.Default"/>.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <exception cref="InputFormatException">The file is missing, unreadable, malformed or over a cap.</exception>
    public static FormatReadResult Read(string path, string? format = null, FormatReadOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var reader = format is null ? ForPath(path) : ByName(format);
        if (!reader.CanRead)
        {
            throw new NotSupportedException($"the {reader.Name} format can only be written");
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputFormatException(new InputProblem(path, null, null, $"cannot open the file: {ex.Message}"), ex);
        }

        using (stream)
        {
            return reader.Read(stream, path, options ?? FormatReadOptions.Default, ct);
        }
    }

    /// <summary>
    /// Writes <paramref name="network"/> to <paramref name="path"/> through a temporary file in the same
    /// folder, renamed when complete: on failure nothing is written.
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="path">The output file (for the <c>i2</c> and <c>neo4j</c> formats: a folder, or a <c>.zip</c> file).</param>
    /// <param name="format">The format's name, or null to choose by extension.</param>
    /// <param name="options">Identity protection and direction; null for <see cref="FormatWriteOptions.Default"/> (sensitive agents pseudonymised).</param>
    /// <returns>The warnings: what the format could not carry.</returns>
    public static IReadOnlyList<string> Write(TransactionNetwork network, string path, string? format = null, FormatWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(path);
        var writer = format is null ? ForPath(path) : ByName(format);
        if (!writer.CanWrite)
        {
            throw new NotSupportedException($"the {writer.Name} format can only be read");
        }

        var warnings = new List<string>();
        options ??= FormatWriteOptions.Default;
        if (writer is IFileSetFormat set && !path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            // Several files: all are complete before any replaces an older one.
            var names = set.FileNames(network);
            AtomicFolder.Write(path, names, folder =>
            {
                var streams = new Stream[names.Count];
                try
                {
                    for (var i = 0; i < streams.Length; i++)
                    {
                        streams[i] = new FileStream(Path.Combine(folder, names[i]), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                    }

                    set.WriteFiles(network, streams, options, warnings);
                    foreach (var stream in streams)
                    {
                        ((FileStream)stream).Flush(flushToDisk: true);
                    }
                }
                finally
                {
                    foreach (var stream in streams)
                    {
                        stream?.Dispose();
                    }
                }
            });
            return warnings;
        }

        AtomicFile.Write(path, stream => writer.Write(network, stream, options, warnings));
        return warnings;
    }
}
