namespace NetworkAnalysis.IO;

/// <summary>
/// Checks an output location before anything is written and turns the system's errors into
/// <see cref="OutputPathException"/>s that name the path and the problem in plain words.
/// </summary>
internal static class OutputPaths
{
    /// <summary>Creates <paramref name="folder"/> (and its parents) or says why it cannot be.</summary>
    public static void EnsureFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            return;
        }

        // Walk up to the first part that exists: a file there blocks the folder.
        for (var part = folder; !string.IsNullOrEmpty(part); part = Path.GetDirectoryName(part))
        {
            if (File.Exists(part))
            {
                throw part == folder
                    ? new OutputPathException(folder, "is a file, not a folder")
                    : new OutputPathException(folder, $"cannot create this folder: '{part}' is a file");
            }

            if (Directory.Exists(part))
            {
                break;
            }
        }

        Guard(folder, () => Directory.CreateDirectory(folder));
    }

    /// <summary>Fails unless <paramref name="file"/> can be created or replaced as a file.</summary>
    public static void CheckFile(string file)
    {
        if (Directory.Exists(file))
        {
            throw new OutputPathException(file, "is a folder, not a file");
        }
    }

    /// <summary>Runs <paramref name="action"/>, reporting a system error as an <see cref="OutputPathException"/> for <paramref name="path"/>.</summary>
    public static void Guard(string path, Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not OutputPathException)
        {
            throw new OutputPathException(path, Describe(ex), ex);
        }
    }

    /// <summary>A plain-words reason for a system error while writing.</summary>
    public static string Describe(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "the path is too long",
        DirectoryNotFoundException => "the folder does not exist",
        IOException io when IsDiskFull(io) => "the disk is full",
        _ => "cannot be written (the system refused the write)",
    };

    /// <summary>Deletes a file or folder left by a failed write, ignoring errors (the original error matters more).</summary>
    public static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    // ENOSPC (28) on Unix, ERROR_DISK_FULL (112) / ERROR_HANDLE_DISK_FULL (39) on Windows.
    private static bool IsDiskFull(IOException io) => (io.HResult & 0xFFFF) is 28 or 39 or 112;
}
