using System.Text.RegularExpressions;
using NetworkAnalysis.Application.Options;

namespace NetworkAnalysis.Cli;

/// <summary>
/// Rewrites the command-line parser's messages that quote .NET type names ("as expected type
/// 'System.Nullable`1[System.Int32]'") into plain words naming the option and the expected value.
/// </summary>
internal static partial class ParseErrors
{
    /// <summary>The message in plain words; a number option's value out of the parsed type's range gets the option table's range message.</summary>
    /// <param name="message">The parser's message.</param>
    /// <param name="command">The command being parsed (its option rules give the range).</param>
    public static string Plain(string message, string command)
    {
        var match = CannotParse().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var value = match.Groups["value"].Value;
        var symbol = match.Groups["symbol"].Value;
        var type = match.Groups["type"].Value;
        var whole = type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal);
        if (symbol.StartsWith("--", StringComparison.Ordinal)
            && (whole || type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal)))
        {
            // The same words as the service's for the same text (OptionRules.Unparsable).
            return OptionRules.Unparsable(command, symbol[2..], value, whole).Message;
        }

        var expected = type switch
        {
            _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
            _ when match.Groups["choices"].Success => "one of " + string.Join(", ", match.Groups["choices"].Value
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => c.ToLowerInvariant())),
            _ => "a different kind of value",
        };
        return $"{symbol}: '{value}' is not {expected}";
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|argument) '(?<symbol>[^']*)' as expected type '(?<type>[^']*)'\.(?: Did you mean one of the following\?(?<choices>[\s\S]*))?$")]
    private static partial Regex CannotParse();
}
