using System.CommandLine;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Cli.Commands;

/// <summary>Options shared by several commands, created fresh per command (an option belongs to one command).</summary>
internal static class CommonOptions
{
    public static Option<bool> RevealIdentities() => new("--reveal-identities")
    {
        Description = "Show the real ids and names of victims, witnesses and minors (default: stable pseudonyms such as victim-7f3a9c2e41b0).",
    };

    public static Option<ResultFormat> Format() => new("--format")
    {
        Description = "Output format: tsv (default), csv or json.",
        DefaultValueFactory = _ => ResultFormat.Tsv,
    };

    public static Option<string?> OutFile() => new("--out")
    {
        Description = "Write the table to this file (atomically) instead of stdout.",
    };

    public static Option<int?> Threads() => new("--threads")
    {
        Description = "Largest number of threads to use (default: all cores). Results do not depend on it.",
    };

    public static Option<bool> Undirected() => new("--undirected")
    {
        Description = "Treat every edge as undirected (reciprocal pairs merge, weights summed).",
    };

    public static Option<bool> Weighted() => new("--weighted")
    {
        Description = "Use edge weights (for a dataset: the number of transactions per pair).",
    };

    public static IdentityProtection Protection(bool reveal) => new(reveal: reveal);
}
