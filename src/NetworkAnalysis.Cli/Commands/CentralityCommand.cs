using System.CommandLine;
using System.Diagnostics;
using NetworkAnalysis.Application.Centrality;
using NetworkAnalysis.Application.Requests;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Cli.Output;
using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Engine.Paths;
using NetworkAnalysis.Engine;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan centrality &lt;input&gt; --measure M [options]</c>: one centrality value per node (or per edge).</summary>
internal static class CentralityCommand
{
    public static Command Create()
    {
        var common = new GraphCommandOptions();
        var measure = new Option<string>("--measure", "-m") { Description = "degree|strength|betweenness|edge-betweenness|closeness|harmonic|pagerank|eigenvector|katz|kcore", Required = true };
        measure.AcceptOnlyFromAmong([.. OptionWords.Measures.Keys]);
        var weighted = CommonOptions.Weighted();
        var normalized = new Option<bool?>("--normalized") { Description = "Normalise (true/false). Defaults follow NetworkX: betweenness true, closeness uses Wasserman-Faust (true), degree and harmonic false." };
        var distance = new Option<string?>("--distance") { Description = "Path length of an edge for betweenness/closeness/harmonic: weight (heavier = longer) or inverse (1/weight: strong ties are short). Implies --weighted." };
        distance.AcceptOnlyFromAmong("weight", "inverse");
        var samples = new Option<int?>("--samples") { Description = "Sampled betweenness: number of random sources (estimates scaled to the full graph)." };
        var seed = new Option<long>("--seed") { Description = "Random seed for --samples.", DefaultValueFactory = _ => 42 };
        var sources = new Option<string?>("--sources") { Description = "File with node ids (one per line): subset betweenness sources, or personalised PageRank sources." };
        var targets = new Option<string?>("--targets") { Description = "File with node ids (one per line): subset betweenness targets." };
        var damping = new Option<double?>("--damping") { Description = "PageRank damping factor (default 0.85)." };
        var alpha = new Option<double?>("--alpha") { Description = "Katz attenuation factor (default 0.1)." };
        var iterations = new Option<int?>("--iterations") { Description = "PageRank: run exactly N iterations (LDBC style). Eigenvector/Katz: iteration limit." };
        var tolerance = new Option<double?>("--tolerance") { Description = "Convergence tolerance of PageRank/eigenvector/Katz, read per --convergence (default 1e-10 relative; 1e-6 with --convergence networkx)." };
        var convergence = new Option<string>("--convergence")
        {
            Description = "Stop rule of PageRank/eigenvector/Katz: relative (default: stop when an iteration changes the vector by less than tolerance x its L1 norm; converged rankings on any graph size) or networkx (NetworkX's rule: L1 change < n x tolerance, which stops early on large graphs; to reproduce NetworkX).",
            DefaultValueFactory = _ => "relative",
        };
        convergence.AcceptOnlyFromAmong("relative", "networkx");
        var direction = new Option<string?>("--direction") { Description = "in|out|all: degree direction; closeness/harmonic use incoming (in, default) or outgoing distances; eigenvector/Katz in-edges (default)." };
        direction.AcceptOnlyFromAmong("in", "out", "all");
        var top = new Option<int?>("--top") { Description = "Print only the N highest values, highest first." };
        var command = new Command("centrality", """
            Centrality of every node (or edge): who matters in the network, in several senses.
            Output: header 'id<TAB><measure>', one line per node in input order, values round-trip.
            Example: netan centrality samples/operation-mare-nostrum --measure betweenness --top 10
            """);
        common.AddTo(command);
        foreach (var option in new Option[] { measure, weighted, normalized, distance, samples, seed, sources, targets, damping, alpha, iterations, tolerance, convergence, direction, top })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var name = parse.GetValue(measure)!.ToLowerInvariant();
            var request = new CentralityRequest(OptionWords.Measures[name])
            {
                Weighted = parse.GetValue(weighted) || parse.GetValue(distance) is not null,
                Normalized = parse.GetValue(normalized),
                Distance = parse.GetValue(distance) switch
                {
                    "weight" => EdgeLength.Weight,
                    "inverse" => EdgeLength.InverseWeight,
                    _ => null,
                },
                Samples = parse.GetValue(samples),
                Seed = parse.GetValue(seed),
                Sources = ReadIds(parse.GetValue(sources)),
                Targets = ReadIds(parse.GetValue(targets)),
                Damping = parse.GetValue(damping),
                Alpha = parse.GetValue(alpha),
                Iterations = parse.GetValue(iterations),
                Tolerance = parse.GetValue(tolerance),
                Convergence = parse.GetValue(convergence) == "networkx" ? ConvergenceRule.NetworkX : ConvergenceRule.Relative,
                Direction = parse.GetValue(direction) switch
                {
                    "in" => Direction.In,
                    "out" => Direction.Out,
                    "all" => Direction.All,
                    _ => null,
                },
                MaxDegreeOfParallelism = parse.GetValue(common.Threads),
            };
            var input = common.Load(parse);
            var clock = Stopwatch.StartNew();
            var result = common.Tracked(parse, progress => CentralityAnalysis.Run(input, request, ct, progress));
            if (parse.GetValue(common.Timing))
            {
                GraphCommandOptions.ReportPhase("compute", clock.Elapsed);
            }

            var ids = input.DisplayIds(CommonOptions.Protection(parse.GetValue(common.Reveal)));
            var format = parse.GetValue(common.Format);
            var topN = parse.GetValue(top);
            OutputTarget.Write(parse.GetValue(common.Out), w => ResultTableWriter.Write(w, format, GraphTables.Centrality(result, name, ids, topN)));
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static string[]? ReadIds(string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file");
        }

        return File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
    }
}
