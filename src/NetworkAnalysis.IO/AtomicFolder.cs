namespace NetworkAnalysis.IO;

/// <summary>
/// Writes a set of files into one folder all-or-nothing (dataset folders, the i2 pair, report sets):
/// every file is written into a temporary folder beside the target; only when all are complete are
/// they moved into place. On any failure nothing new is left behind and the files of an older output
/// are put back as they were.
/// </summary>
/// <remarks>
/// A target folder that does not exist yet appears with one rename. Into an existing folder each file
/// is renamed over its old version (kept aside until every rename succeeded, then deleted); files of an
/// older output that the new one has no longer (a dataset's <c>ties.csv</c>) are named in
/// <c>removed</c> and go aside the same way, so they disappear only if the whole new set is in place;
/// other files in that folder are left alone.
/// </remarks>
public static class AtomicFolder
{
    /// <summary>Writes the files <paramref name="names"/> into <paramref name="folder"/>.</summary>
    /// <param name="folder">The target folder (created when missing).</param>
    /// <param name="names">The file names the output consists of; <paramref name="write"/> must create each of them.</param>
    /// <param name="write">Writes every file of <paramref name="names"/> into the folder it is given (a temporary one).</param>
    /// <param name="removed">Files an older output may have that this one has not: removed together with the replacement (null: none).</param>
    /// <exception cref="OutputPathException">The target cannot be written; nothing was changed.</exception>
    public static void Write(string folder, IReadOnlyList<string> names, Action<string> write, IReadOnlyList<string>? removed = null)
    {
        removed ??= [];
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var parent = Path.GetDirectoryName(target) ?? throw new OutputPathException(folder, "cannot write to a file-system root");
        if (File.Exists(target))
        {
            throw new OutputPathException(folder, "is a file, not a folder");
        }

        var exists = Directory.Exists(target);
        if (exists)
        {
            foreach (var name in names.Concat(removed))
            {
                if (Directory.Exists(Path.Combine(target, name)))
                {
                    throw new OutputPathException(Path.Combine(folder, name), "is a folder, not a file");
                }
            }
        }

        OutputPaths.EnsureFolder(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");
        try
        {
            OutputPaths.Guard(folder, () => Directory.CreateDirectory(temp));
            OutputPaths.Guard(folder, () => write(temp));
            if (!exists)
            {
                OutputPaths.Guard(folder, () => Directory.Move(temp, target));
                return;
            }

            Replace(folder, target, temp, names, removed);
        }
        finally
        {
            OutputPaths.TryDelete(temp);
        }
    }

    private static void Replace(string folder, string target, string temp, IReadOnlyList<string> names, IReadOnlyList<string> removed)
    {
        var aside = Path.Combine(temp, ".previous");
        var keptAside = new List<string>();
        var placed = new List<string>();
        try
        {
            Directory.CreateDirectory(aside);
            foreach (var name in names)
            {
                var old = Path.Combine(target, name);
                if (File.Exists(old))
                {
                    File.Move(old, Path.Combine(aside, name));
                    keptAside.Add(name);
                }

                File.Move(Path.Combine(temp, name), old);
                placed.Add(name);
            }

            foreach (var name in removed)
            {
                var old = Path.Combine(target, name);
                if (File.Exists(old))
                {
                    File.Move(old, Path.Combine(aside, name));
                    keptAside.Add(name);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Undo: remove what was placed, put the older files back.
            foreach (var name in placed)
            {
                OutputPaths.TryDelete(Path.Combine(target, name));
            }

            foreach (var name in keptAside)
            {
                try
                {
                    File.Move(Path.Combine(aside, name), Path.Combine(target, name), overwrite: true);
                }
                catch (IOException)
                {
                }
            }

            throw new OutputPathException(folder, OutputPaths.Describe(ex), ex);
        }
    }
}
