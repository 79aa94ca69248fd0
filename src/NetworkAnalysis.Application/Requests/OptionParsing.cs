using System.Globalization;
using NetworkAnalysis.Application.Options;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Requests;

/// <summary>
/// Parses option values the same way in every host (dates, domain word lists; ranges are in <see cref="OptionRules"/>); a bad value throws
/// <see cref="OptionException"/> whose message names the option as the CLI spells it (<c>--top</c>).
/// </summary>
public static class OptionParsing
{
    /// <summary>An ISO 8601 date or date-time; UTC when it has no offset; null when <paramref name="text"/> is null.</summary>
    public static DateTimeOffset? Date(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            && text.Length >= 10 && text[4] == '-' && text[7] == '-')
        {
            return value;
        }

        throw new OptionException(Field(option), $"'{text}' is not an ISO 8601 date (2024-01-31) or date-time (2024-01-31T12:00:00Z)");
    }

    /// <summary>Comma- or semicolon-separated transaction kinds, or null when none given.</summary>
    public static IReadOnlySet<TransactionKind>? TransactionKinds(string? text, string option) =>
        Words<TransactionKind>(text, option, DomainWords.TryParseTransactionKind, DomainWords.TransactionKinds);

    /// <summary>Comma- or semicolon-separated agent kinds, or null when none given.</summary>
    public static IReadOnlySet<AgentKind>? AgentKinds(string? text, string option) =>
        Words<AgentKind>(text, option, DomainWords.TryParseAgentKind, DomainWords.AgentKinds);

    /// <summary>Comma- or semicolon-separated spheres, or null when none given.</summary>
    public static IReadOnlySet<Sphere>? Spheres(string? text, string option) =>
        Words<Sphere>(text, option, DomainWords.TryParseSphere, DomainWords.Spheres);

    /// <summary>The option's name without dashes (<c>--top</c> → <c>top</c>).</summary>
    public static string Field(string option) => option.TrimStart('-');

    private delegate bool TryParse<T>(ReadOnlySpan<char> text, out T value);

    private static HashSet<T>? Words<T>(string? text, string option, TryParse<T> parse, IReadOnlyList<string> allowed)
    {
        if (text is null)
        {
            return null;
        }

        var set = new HashSet<T>();
        foreach (var word in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!parse(word, out var value))
            {
                throw new OptionException(Field(option), $"unknown value '{word}' (expected {string.Join(", ", allowed)})");
            }

            set.Add(value);
        }

        return set;
    }
}
