using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NetworkAnalysis.Application.Options;

namespace NetworkAnalysis.Cli;

/// <summary>
/// Checks the options given on the command line against the Application's one table of ranges and
/// applicability (<see cref="OptionRules"/>) before the command runs: the CLI maps an option
/// <c>--name</c> of command <c>c</c> to the rule <c>(c, name)</c>, nothing more.
/// </summary>
internal static class OptionChecks
{
    /// <summary>Fails with an <see cref="OptionException"/> on the first option out of range or not applicable.</summary>
    public static void Check(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command.Name;
        foreach (var child in parsed.CommandResult.Children)
        {
            if (child is not OptionResult { Implicit: false } given)
            {
                continue;
            }

            var rule = OptionRules.Find(command, given.Option.Name.TrimStart('-'));
            if (rule is null)
            {
                continue;
            }

            if (rule.Selector is { } selector)
            {
                rule.CheckApplies(Text(parsed, selector));
            }

            if (rule.IsNumeric && Number(given.GetValueOrDefault<object?>()) is { } value)
            {
                rule.CheckValue(value);
            }
        }
    }

    private static string? Text(ParseResult parsed, string selector)
    {
        foreach (var child in parsed.CommandResult.Children)
        {
            if (child is OptionResult result && result.Option.Name.TrimStart('-') == selector)
            {
                return Convert.ToString(result.GetValueOrDefault<object?>(), CultureInfo.InvariantCulture)?.ToLowerInvariant();
            }
        }

        // A selector left at its default (a bool flag not given, a default strategy).
        var option = parsed.CommandResult.Command.Options.FirstOrDefault(o => o.Name.TrimStart('-') == selector);
        return option is Option<bool> ? "false" : null;
    }

    private static double? Number(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        decimal m => (double)m,
        _ => null,
    };
}
