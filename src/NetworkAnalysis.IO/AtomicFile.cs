using System.Text;

namespace NetworkAnalysis.IO;

/// <summary>
/// Writes files so that a reader never sees a half-written one: the content goes to a temporary file in
/// the same folder, is flushed to disk, and is renamed over the destination only when complete. On any
/// failure the temporary file is deleted and the destination is left as it was.
/// </summary>
/// <remarks>
/// A destination that cannot be written (a folder in its place, a file where its folder should be,
/// no permission, a full disk) fails with an <see cref="OutputPathException"/> naming the path.
/// </remarks>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through a stream.</summary>
    /// <exception cref="OutputPathException">The destination cannot be written.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        OutputPaths.CheckFile(full);
        OutputPaths.EnsureFolder(Path.GetDirectoryName(full) ?? ".");
        var temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            FileStream stream = null!;
            OutputPaths.Guard(path, () => stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
            using (stream)
            {
                OutputPaths.Guard(path, () =>
                {
                    write(stream);
                    stream.Flush(flushToDisk: true);
                });
            }

            OutputPaths.Guard(path, () => File.Move(temp, full, overwrite: true));
        }
        catch
        {
            OutputPaths.TryDelete(temp);
            throw;
        }
    }

    /// <summary>Writes <paramref name="path"/> as UTF-8 text (no BOM, <c>\n</c> line ends).</summary>
    /// <exception cref="OutputPathException">The destination cannot be written.</exception>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            write(writer);
            writer.Flush();
        });
    }
}
