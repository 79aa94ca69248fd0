namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>
/// <see cref="AtomicFile"/> for outputs of several files (the i2 export): each file is written to a
/// temporary file in the same folder and flushed to disk, and none is renamed over its target until every
/// one is complete. On failure the temporary files are deleted and the targets are left untouched.
/// </summary>
internal static class AtomicFileSet
{
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
