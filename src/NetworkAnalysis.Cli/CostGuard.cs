using System.CommandLine;
using System.CommandLine.Parsing;
using NetworkAnalysis.Application.Costs;

namespace NetworkAnalysis.Cli;

/// <summary>
/// Refuses an analysis whose estimated cost (<see cref="CostModel"/>, from the loaded graph's size and
/// the options given) is above <c>--max-seconds</c> / <c>--max-memory</c>, before any work starts.
/// Called where a command has loaded its input, so command bodies stay as they are.
/// </summary>
internal static class CostGuard
{
    /// <summary>The <c>--max-memory</c> option (MiB).</summary>
    public static Option<int?> MaxMemory() => new("--max-memory")
    {
        Description = $"Refuse to start when the estimated memory is above this many MB (default {CostLimits.DefaultMaxMemoryMiB}).",
    };

    /// <summary>The <c>--max-seconds</c> option.</summary>
    public static Option<int?> MaxSeconds() => new("--max-seconds")
    {
        Description = $"Refuse to start when the estimated time is above this many seconds (default {CostLimits.DefaultMaxSeconds}).",
    };

    /// <summary>True when the disruption curve should compute its exact efficiency: asked for, or the default on a small graph.</summary>
    public static bool ExactEfficiency(ParseResult parse, int nodes) =>
        !Flag(parse, "--no-efficiency") && (Flag(parse, "--efficiency") || nodes <= CostModel.ExactEfficiencyMaxNodes);

    /// <summary>Estimates the chosen command on a graph of <paramref name="nodes"/> and <paramref name="edges"/> and refuses it above the limits.</summary>
    /// <exception cref="Application.AnalysisException">The estimate is above a limit.</exception>
    public static void Check(ParseResult parse, int nodes, long edges)
    {
        var command = parse.CommandResult.Command.Name;
        var choice = Value<string>(parse, "--measure") ?? Value<string>(parse, "--method") ?? Value<string>(parse, "--strategy");
        var inputs = new CostInputs
        {
            Samples = Value<int?>(parse, "--samples"),
            Iterations = Value<int?>(parse, "--iterations"),
            Steps = Value<int?>(parse, "--steps") ?? Value<int?>(parse, "--k"),
            Threads = Value<int?>(parse, "--threads"),
            Weighted = Value<string>(parse, "--distance") is not null || (Flag(parse, "--weighted") && choice is "closeness" or "harmonic" or "betweenness" or "edge-betweenness"),
            Efficiency = command == "disrupt" && ExactEfficiency(parse, nodes),
        };
        var limits = new CostLimits
        {
            MaxMemoryMiB = Value<int?>(parse, "--max-memory") ?? CostLimits.DefaultMaxMemoryMiB,
            MaxSeconds = Value<int?>(parse, "--max-seconds") ?? CostLimits.DefaultMaxSeconds,
        };
        limits.Check(CostModel.Estimate(command, choice?.ToLowerInvariant(), nodes, edges, inputs), choice is null ? command : $"{command} {choice}");
    }

    private static bool Flag(ParseResult parse, string name) => Value<object>(parse, name) is true;

    private static T? Value<T>(ParseResult parse, string name)
    {
        foreach (var child in parse.CommandResult.Children)
        {
            if (child is OptionResult result && result.Option.Name == name)
            {
                var value = result.GetValueOrDefault<object?>();
                return value is T typed ? typed : default;
            }
        }

        return default;
    }
}
