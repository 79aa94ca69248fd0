namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>
/// Writes files so that a reader never sees a half-written one: each file is written to a temporary file
/// in the same folder, flushed to disk, and renamed over the target only when every file of the output is
/// complete. On failure the temporary files are deleted and the targets are left untouched.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write) => Write([path], streams => write(streams[0]));

    /// <summary>Writes several files together: none is replaced unless all were written.</summary>
    public static void Write(IReadOnlyList<string> paths, Action<Stream[]> write)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(write);
        var temps = new string[paths.Count];
        var streams = new FileStream[paths.Count];
        try
        {
            for (var i = 0; i < paths.Count; i++)
            {
                var full = Path.GetFullPath(paths[i]);
                var folder = Path.GetDirectoryName(full) ?? ".";
                temps[i] = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
                streams[i] = new FileStream(temps[i], FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            }

            write(streams);
            foreach (var stream in streams)
            {
                stream.Flush(flushToDisk: true);
                stream.Dispose();
            }

            for (var i = 0; i < paths.Count; i++)
            {
                File.Move(temps[i], paths[i], overwrite: true);
                temps[i] = null!;
            }
        }
        finally
        {
            for (var i = 0; i < paths.Count; i++)
            {
                streams[i]?.Dispose();
                if (temps[i] is not null && File.Exists(temps[i]))
                {
                    File.Delete(temps[i]);
                }
            }
        }
    }
}
