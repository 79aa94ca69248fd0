using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NetworkAnalysis.Application.Communities;
using NetworkAnalysis.Application.Requests;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Cli.Output;
using NetworkAnalysis.Engine.Community;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan communities &lt;input&gt; --method M</c>: a community (or component) label per node.</summary>
internal static class CommunitiesCommand
{
    public static Command Create()
    {
        var common = new GraphCommandOptions();
        var method = new Option<string>("--method") { Description = "louvain|leiden|labelprop|cdlp|wcc|scc", Required = true };
        method.AcceptOnlyFromAmong([.. OptionWords.Methods.Keys]);
        var weighted = new Option<bool?>("--weighted") { Description = "Use edge weights (true/false; default true for Louvain and Leiden, false for label propagation)." };
        var resolution = new Option<double?>("--resolution") { Description = "Resolution γ (default 1): higher gives smaller communities." };
        var quality = new Option<string?>("--quality") { Description = "Leiden quality function: modularity (default) or cpm." };
        quality.AcceptOnlyFromAmong("modularity", "cpm");
        var seed = new Option<int>("--seed") { Description = "Random seed (default 0). Same seed, same result, at any thread count." };
        var iterations = new Option<int?>("--iterations") { Description = "Label propagation sweeps (default 20) or Leiden iterations (default 10)." };
        var stats = new Option<bool>("--stats") { Description = "Write a JSON summary (communities, modularity, sizes) to stderr." };
        var command = new Command("communities", """
            Find groups in the network: a community label per node. Louvain and Leiden work on the
            undirected graph; wcc/scc give connected components.
            Output: header 'id<TAB>community', one line per node in input order.
            Example: netan communities samples/operation-mare-nostrum --method leiden --seed 1 --stats
            """);
        common.AddTo(command);
        foreach (var option in new Option[] { method, weighted, resolution, quality, seed, iterations, stats })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var request = new CommunityRequest(OptionWords.Methods[parse.GetValue(method)!])
            {
                Weighted = parse.GetValue(weighted),
                Resolution = parse.GetValue(resolution),
                Quality = parse.GetValue(quality) == "cpm" ? LeidenQuality.ConstantPotts : null,
                Seed = parse.GetValue(seed),
                Iterations = parse.GetValue(iterations),
                MaxDegreeOfParallelism = parse.GetValue(common.Threads),
            };
            var input = common.Load(parse);
            var clock = Stopwatch.StartNew();
            var outcome = common.Tracked(parse, progress => CommunityAnalysis.Run(input, request, ct, progress));
            if (parse.GetValue(common.Timing))
            {
                GraphCommandOptions.ReportPhase("compute", clock.Elapsed);
            }

            var ids = input.DisplayIds(CommonOptions.Protection(parse.GetValue(common.Reveal)));
            var summary = parse.GetValue(stats) ? Summary(outcome) : null;
            OutputTarget.Write(parse.GetValue(common.Out), w =>
                ResultTableWriter.Write(w, parse.GetValue(common.Format), GraphTables.Communities(outcome, ids)));
            if (summary is not null)
            {
                Console.Error.WriteLine(summary);
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    /// <summary>The JSON summary for <c>--stats</c>; an undefined modularity is null with a note.</summary>
    private static string Summary(CommunityOutcome outcome)
    {
        var sizes = outcome.Statistics.Size.OrderByDescending(s => s).ToArray();
        var summary = new Dictionary<string, object?>
        {
            ["communities"] = outcome.CommunityCount,
            ["modularity"] = outcome.Modularity,
            ["largest"] = sizes.Length == 0 ? 0 : sizes[0],
            ["sizes"] = sizes,
        };
        if (outcome.Modularity is null)
        {
            summary["note"] = "modularity is undefined: the graph has no ties";
        }

        return JsonSerializer.Serialize(summary);
    }
}
