using NetworkAnalysis.Application.Requests;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Cli;

/// <summary>
/// Runs a command's body and turns failures into the documented exit codes and one clear message on
/// stderr: bad input (malformed file, missing file, invalid argument value, unknown agent,
/// a query that hit its time limit) exits 1; a usage mistake found after parsing exits 2.
/// </summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body(cancellationToken).ConfigureAwait(false);
        }
        catch (InputFormatException ex)
        {
            await Console.Error.WriteLineAsync("netan: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            await Console.Error.WriteLineAsync("netan: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OptionException ex)
        {
            await Console.Error.WriteLineAsync("netan: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (UsageException ex)
        {
            await Console.Error.WriteLineAsync("netan: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (KeyNotFoundException ex)
        {
            // An unknown agent: the message names only what the user typed (ids are checked before the analysis runs).
            await Console.Error.WriteLineAsync("netan: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (TimeoutException ex)
        {
            await Console.Error.WriteLineAsync("netan: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync("netan: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("netan: cancelled").ConfigureAwait(false);
            return 130;
        }
    }

    /// <summary>Synchronous convenience overload.</summary>
    public static Task<int> Run(Func<int> body, CancellationToken cancellationToken) =>
        RunAsync(_ => Task.FromResult(body()), cancellationToken);
}

/// <summary>A command-line usage mistake found after parsing (e.g. two options that exclude each other); exits 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
