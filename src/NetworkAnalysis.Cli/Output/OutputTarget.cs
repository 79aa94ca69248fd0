using System.Text;
using NetworkAnalysis.IO;

namespace NetworkAnalysis.Cli.Output;

/// <summary>
/// Where a command's table goes: stdout, or a file written atomically (a temporary file renamed into
/// place when complete, so a failed run never leaves a half-written output).
/// </summary>
internal static class OutputTarget
{
    /// <summary>Opens standard output; replaced by in-process tests to capture what a command prints.</summary>
    internal static Func<Stream> OpenStdout { get; set; } = Console.OpenStandardOutput;

    public static void Write(string? path, Action<TextWriter> write)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            var stdout = new StreamWriter(OpenStdout(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" };
            write(stdout);
            stdout.Flush();
            return;
        }

        AtomicFile.WriteText(path, write);
    }
}
