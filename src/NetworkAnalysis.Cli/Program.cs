using System.CommandLine;
using NetworkAnalysis.Cli.Commands;

namespace NetworkAnalysis.Cli;

/// <summary>
/// The <c>netan</c> command. Exit codes: 0 success, 1 bad input (a file that cannot be read or is
/// malformed, an output that cannot be written; the message names file, line and problem), 2 usage
/// error (unknown command or option, an option value out of its range). No failure prints a stack
/// trace: an unexpected one (a bug) prints an incident id; <c>--debug</c> adds the details.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        try
        {
            var root = BuildRoot();
            var parsed = root.Parse(args);
            Incident.Debug = parsed.GetValue<bool>("--debug");
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    await Console.Error.WriteLineAsync($"netan: {ParseErrors.Plain(error.Message, parsed.CommandResult.Command.Name)}").ConfigureAwait(false);
                }

                await Console.Error.WriteLineAsync("Run 'netan --help' or 'netan <command> --help' for usage.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            OptionChecks.Check(parsed);
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Commands catch their own failures (CommandRunner); this is the last line of defence.
            var (code, message) = CommandRunner.Classify(ex);
            await Console.Error.WriteLineAsync("netan: " + message).ConfigureAwait(false);
            return code;
        }
    }

    /// <summary>The root command with every sub-command; one line per command.</summary>
    internal static RootCommand BuildRoot()
    {
        var root = new RootCommand("netan: analyse criminal transaction networks (trafficking, smuggling, organised crime).");
        root.Options.Add(new Option<bool>("--debug")
        {
            Description = "On an unexpected failure (a bug), print the details to stderr as well as to the incident log.",
            Recursive = true,
        });
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(CentralityCommand.Create());
        root.Subcommands.Add(CommunitiesCommand.Create());
        root.Subcommands.Add(StructureCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(ConvertCommand.Create());
        root.Subcommands.Add(ClassifyCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(FunctionsCommand.Create());
        root.Subcommands.Add(BrokersCommand.Create());
        root.Subcommands.Add(UpperworldCommand.Create());
        root.Subcommands.Add(KeyPlayersCommand.Create());
        root.Subcommands.Add(DisruptCommand.Create());
        root.Subcommands.Add(EgoCommand.Create());
        root.Subcommands.Add(PathsCommand.Create());
        root.Subcommands.Add(TraceCommand.Create());
        root.Subcommands.Add(CyclesCommand.Create());
        root.Subcommands.Add(CasesCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Options.Add(StoreOptions.Create());
        return root;
    }
}
