using System.Globalization;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Cli.Commands;

/// <summary>Parses option values that System.CommandLine cannot check by itself (dates, domain words); a bad value is a usage error.</summary>
internal static class CommandValues
{
    /// <summary>An ISO 8601 date or date-time; UTC when it has no offset.</summary>
    public static DateTimeOffset? Date(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            && (text.Length >= 10 && text[4] == '-' && text[7] == '-'))
        {
            return value;
        }

        throw new UsageException($"{option}: '{text}' is not an ISO 8601 date (2024-01-31) or date-time (2024-01-31T12:00:00Z)");
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

    /// <summary>Fails with a usage error unless <paramref name="value"/> is at least <paramref name="minimum"/>.</summary>
    public static int AtLeast(int value, int minimum, string option) =>
        value >= minimum ? value : throw new UsageException($"{option} must be at least {minimum}");

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
                throw new UsageException($"{option}: unknown value '{word}' (expected {string.Join(", ", allowed)})");
            }

            set.Add(value);
        }

        return set;
    }
}
