namespace NetworkAnalysis.IO;

/// <summary>
/// An output that cannot be written: a folder where a file should go, a file where a folder should
/// go, no permission, a full disk. The message names the path and the problem in plain words (no
/// system error text); nothing new was left on disk and an older output at the path is unchanged.
/// </summary>
public sealed class OutputPathException : IOException
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    /// <param name="path">The file or folder that could not be written.</param>
    /// <param name="problem">What is wrong, in plain words (e.g. "is a folder, not a file").</param>
    /// <param name="innerException">The system error behind it, kept for diagnostics only.</param>
    public OutputPathException(string path, string problem, Exception? innerException = null)
        : base($"{path}: {problem}", innerException)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The path that could not be written.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
