using System.CommandLine;
using NetworkAnalysis.Application.Projection;
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

    public static Option<bool> Progress() => new("--progress")
    {
        Description = "Print progress (stage, percent, elapsed, estimated time left) on stderr even when it is not a terminal (on a terminal it is always shown).",
    };

    public static Option<bool> Undirected() => new("--undirected")
    {
        Description = "Treat every edge as undirected (reciprocal pairs merge, weights summed).",
    };

    public static Option<bool> Weighted() => new("--weighted")
    {
        Description = "Use edge weights (for a dataset: as --weight says, by default the summed weight column).",
    };

    /// <summary>The <c>--weight</c> option: what the weight of a dataset tie is, for every weighted analysis.</summary>
    public static Option<string> Weight()
    {
        var option = new Option<string>("--weight")
        {
            Description = "Weight of a tie between two agents of a dataset, used by every weighted measure: weight (default: the sum of the transactions' weight column, 1 each when absent, so the number of transactions without weights), count (number of transactions) or amount (summed amounts; transactions without one are left out). Edge lists keep their own weights.",
            DefaultValueFactory = _ => "weight",
        };
        option.AcceptOnlyFromAmong("weight", "count", "amount");
        return option;
    }

    /// <summary>The projection's aggregation named by a <see cref="Weight"/> value.</summary>
    public static EdgeAggregation Aggregation(string? weight) => weight switch
    {
        "count" => EdgeAggregation.Count,
        "amount" => EdgeAggregation.Amount,
        _ => EdgeAggregation.Weight,
    };

    public static IdentityProtection Protection(bool reveal) => new(reveal: reveal);
}
