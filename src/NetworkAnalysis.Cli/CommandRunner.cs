using NetworkAnalysis.Application;
using NetworkAnalysis.Application.Options;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO;

namespace NetworkAnalysis.Cli;

/// <summary>
/// Runs a command's body and turns every failure into one line on stderr and the documented exit
/// code: bad input (malformed or missing file, unwritable output, unknown agent, a query that hit its
/// time limit, an analysis without a result) exits 1; a usage mistake (an option out of its range or
/// not applicable) exits 2. Anything else is a bug: one line with an incident id, details in a log
/// file (and on stderr with <c>--debug</c>); see <see cref="Incident"/>. No stack trace or .NET
/// wording ever reaches the user.
/// </summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            var (code, message) = Classify(ex);
            await Console.Error.WriteLineAsync("netan: " + message).ConfigureAwait(false);
            return code;
        }
    }

    /// <summary>Synchronous convenience overload.</summary>
    public static Task<int> Run(Func<int> body, CancellationToken cancellationToken) =>
        RunAsync(_ => Task.FromResult(body()), cancellationToken);

    /// <summary>The exit code and the one-line message for a failure.</summary>
    internal static (int Code, string Message) Classify(Exception ex) => ex switch
    {
        InputFormatException { Problems.Count: 1, TotalProblems: 1 } one => (ExitCodes.BadInput, one.Problems[0].ToString()),
        InputFormatException or OutputPathException or AnalysisException => (ExitCodes.BadInput, ex.Message),
        FileNotFoundException or DirectoryNotFoundException when IsOwnMessage(ex) => (ExitCodes.BadInput, ex.Message),
        UsageException or OptionException => (ExitCodes.Usage, ex.Message),
        // Store faults (down, wrong password, disk full, read-only, schema too new) and unknown or conflicting cases.
        CaseStoreUnavailableException or CaseNotFoundException or CaseConflictException => (ExitCodes.BadInput, ex.Message.ReplaceLineEndings(" ")),

        // An unknown agent or id: the message names only what the user typed (ids are checked before the analysis runs).
        KeyNotFoundException => (ExitCodes.BadInput, ex.Message),
        TimeoutException => (ExitCodes.BadInput, ex.Message),
        OperationCanceledException => (ExitCodes.Cancelled, "cancelled"),
        ArgumentNullException => (ExitCodes.Internal, Incident.Record(ex)),
        ArgumentException arg => (ExitCodes.BadInput, WithoutParameterName(arg)),
        _ => (ExitCodes.Internal, Incident.Record(ex)),
    };

    // An option check deep in the engine: keep the sentence, drop .NET's "(Parameter 'x')" and "Actual value was" tails.
    private static string WithoutParameterName(ArgumentException ex)
    {
        var text = ex.Message;
        var cut = text.IndexOf(" (Parameter '", StringComparison.Ordinal);
        text = cut >= 0 ? text[..cut] : text;
        cut = text.IndexOfAny(['\r', '\n']);
        return cut >= 0 ? text[..cut] : text;
    }

    // The product's own not-found messages start with the path and a colon; .NET's own ("Could not find ...") do not.
    private static bool IsOwnMessage(Exception ex) => !ex.Message.StartsWith("Could not", StringComparison.Ordinal);
}

/// <summary>A command-line usage mistake found after parsing (e.g. two options that exclude each other); exits 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
