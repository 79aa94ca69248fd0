using System.Text.RegularExpressions;

namespace NetworkAnalysis.Cli;

/// <summary>
/// Rewrites the command-line parser's messages that quote .NET type names ("as expected type
/// 'System.Nullable`1[System.Int32]'") into plain words naming the option and the expected value.
/// </summary>
internal static partial class ParseErrors
{
    public static string Plain(string message)
    {
        var match = CannotParse().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var value = match.Groups["value"].Value;
        var symbol = match.Groups["symbol"].Value;
        var type = match.Groups["type"].Value;
        var expected = type switch
        {
            _ when type.Contains("Int32", StringComparison.Ordinal) => "a whole number between -2147483648 and 2147483647",
            _ when type.Contains("Int64", StringComparison.Ordinal) => "a whole number",
            _ when type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) => "a number",
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
