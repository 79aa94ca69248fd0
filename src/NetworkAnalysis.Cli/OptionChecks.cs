using System.CommandLine;
using System.CommandLine.Parsing;
using NetworkAnalysis.Application.Options;

namespace NetworkAnalysis.Cli;

/// <summary>
/// Checks the options given on the command line against the Application's one table of ranges and
/// applicability (<see cref="OptionRules.CheckRequest"/>, the check the service makes on a request
/// body) before the command runs: option <c>--name</c> of command <c>c</c> is the rule <c>(c, name)</c>.
/// </summary>
internal static class OptionChecks
{
    /// <summary>Fails with an <see cref="OptionException"/> on the first option out of range or not applicable.</summary>
    public static void Check(ParseResult parsed)
    {
        var given = new List<KeyValuePair<string, object?>>();
        foreach (var child in parsed.CommandResult.Children)
        {
            if (child is OptionResult { Implicit: false } option)
            {
                given.Add(new(option.Option.Name.TrimStart('-'), option.GetValueOrDefault<object?>()));
            }
        }

        OptionRules.CheckRequest(parsed.CommandResult.Command.Name, given);
    }
}
