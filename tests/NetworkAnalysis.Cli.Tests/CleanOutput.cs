using System.Text.RegularExpressions;

namespace NetworkAnalysis.Cli.Tests;

/// <summary>What a user must never see: stack frames, .NET type names or .NET's own wording, an incident (a bug).</summary>
internal static partial class CleanOutput
{
    /// <summary>The first forbidden text in <paramref name="text"/>, or null when it is clean.</summary>
    public static string? Offence(string text)
    {
        var match = Forbidden().Match(text);
        return match.Success ? match.Value : null;
    }

    /// <summary>Asserts that neither stream of <paramref name="r"/> holds forbidden text and that stderr is one line per failure.</summary>
    public static void Check(Netan.Result r)
    {
        Offence(r.Stderr).Should().BeNull("stderr was: " + r.Stderr);
        Offence(r.Stdout).Should().BeNull("stdout was: " + r.Stdout);
    }

    [GeneratedRegex(@"(^\s+at \S+)|(\bat [\w.`<>]+\(.*\))|(System\.[A-Z]\w+)|(\w+Exception\b)|(Parameter ')|(Actual value was)|(Unhandled exception)|(incident [0-9a-f]{8})|(\bNaN\b)|(-?\bInfinity\b)|(Could not find a part)", RegexOptions.Multiline)]
    private static partial Regex Forbidden();
}
