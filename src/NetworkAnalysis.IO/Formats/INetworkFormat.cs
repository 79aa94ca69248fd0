using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats;

/// <summary>
/// A graph file format that can be read into, or written from, a <see cref="TransactionNetwork"/>.
/// Get instances from <see cref="NetworkFormats"/>. Implementations are stateless and thread-safe.
/// </summary>
/// <remarks>
/// Readers treat every input as hostile: every problem with the input (malformed syntax, a value that is
/// not valid, a size over a cap of <see cref="FormatReadOptions"/>, an I/O error of the stream) is reported
/// as an <see cref="InputFormatException"/> naming the file and line; cancellation is reported as
/// <see cref="OperationCanceledException"/>. Writers never leak the identity of a sensitive agent unless
/// <see cref="FormatWriteOptions.Protection"/> allows it. See docs/formats.md for what each format carries.
/// </remarks>
public interface INetworkFormat
{
    /// <summary>The format's name, lower-case, as used on the command line (e.g. <c>graphml</c>).</summary>
    string Name { get; }

    /// <summary>The file extensions of the format, lower-case with the dot (e.g. <c>.graphml</c>); may be empty.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>True when <see cref="Read"/> is supported.</summary>
    bool CanRead { get; }

    /// <summary>True when <see cref="Write"/> is supported.</summary>
    bool CanWrite { get; }

    /// <summary>Reads a network from <paramref name="stream"/> (which is left open).</summary>
    /// <param name="stream">The input, read forward once.</param>
    /// <param name="fileName">The name shown in problems (a path or any label).</param>
    /// <param name="options">Caps and settings; <see cref="FormatReadOptions.Default"/> when in doubt.</param>
    /// <param name="ct">Checked every few thousand records.</param>
    /// <returns>The network, whether the file described an undirected graph, and warnings about what was dropped.</returns>
    /// <exception cref="InputFormatException">The input is malformed, invalid or over a cap.</exception>
    /// <exception cref="NotSupportedException">The format cannot be read (<see cref="CanRead"/> is false).</exception>
    FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct);

    /// <summary>Writes <paramref name="network"/> to <paramref name="stream"/> (which is left open).</summary>
    /// <param name="network">The network to write.</param>
    /// <param name="stream">The output.</param>
    /// <param name="options">Identity protection and direction.</param>
    /// <param name="warnings">Receives one message per kind of information the format could not carry.</param>
    /// <exception cref="NotSupportedException">The format cannot be written (<see cref="CanWrite"/> is false).</exception>
    void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings);
}
