using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NetworkAnalysis.Cli;

/// <summary>
/// An unexpected failure (a bug in netan, not a problem with the input). The user sees one line
/// with a short incident id and where the details are; the details (exception chain and stack) go to
/// a log file the user can attach to a report, and to stderr only with <c>--debug</c>.
/// </summary>
/// <remarks>
/// The log holds the exception text, which can quote input values: it is written with owner-only
/// permissions to the temporary folder, or to <c>NETAN_INCIDENT_DIR</c> when set.
/// </remarks>
internal static class Incident
{
    /// <summary>True when <c>--debug</c> was given: details are printed to stderr as well.</summary>
    public static bool Debug { get; set; }

    /// <summary>Records <paramref name="ex"/> and returns the one line to show.</summary>
    public static string Record(Exception ex)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
        var details = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"netan incident {id} at {DateTimeOffset.UtcNow:O}\n")
            .Append(CultureInfo.InvariantCulture, $"command line: {string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}\n")
            .Append(CultureInfo.InvariantCulture, $"runtime: {Environment.Version} on {Environment.OSVersion}\n\n")
            .Append(ex)
            .Append('\n')
            .ToString();
        var log = TryWriteLog(id, details);
        if (Debug)
        {
            Console.Error.Write(details);
        }

        var where = log is null ? "run again with --debug to see the details" : $"details in {log}";
        return $"internal error (incident {id}): netan failed unexpectedly; this is a bug, please report it; {where}";
    }

    private static string? TryWriteLog(string id, string details)
    {
        try
        {
            var folder = Environment.GetEnvironmentVariable("NETAN_INCIDENT_DIR") is { Length: > 0 } dir ? dir : Path.GetTempPath();
            var path = Path.Combine(folder, $"netan-incident-{id}.log");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var writer = new StreamWriter(path, Encoding.UTF8, options);
            writer.Write(details);
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
