using NetworkAnalysis.Application.Requests;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Cli.Commands;

/// <summary>
/// Option values System.CommandLine cannot check by itself (dates, domain words; ranges are checked before the command runs, by OptionChecks), parsed by the
/// Application's <see cref="OptionParsing"/> so the service gives the same messages; a bad value is a usage error.
/// </summary>
internal static class CommandValues
{
    /// <summary>An ISO 8601 date or date-time; UTC when it has no offset.</summary>
    public static DateTimeOffset? Date(string? text, string option) => OptionParsing.Date(text, option);

    /// <summary>Comma- or semicolon-separated transaction kinds, or null when none given.</summary>
    public static IReadOnlySet<TransactionKind>? TransactionKinds(string? text, string option) => OptionParsing.TransactionKinds(text, option);

    /// <summary>Comma- or semicolon-separated agent kinds, or null when none given.</summary>
    public static IReadOnlySet<AgentKind>? AgentKinds(string? text, string option) => OptionParsing.AgentKinds(text, option);

    /// <summary>Comma- or semicolon-separated spheres, or null when none given.</summary>
    public static IReadOnlySet<Sphere>? Spheres(string? text, string option) => OptionParsing.Spheres(text, option);
}
