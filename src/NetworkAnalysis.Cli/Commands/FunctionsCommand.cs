using System.CommandLine;
using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan functions &lt;input&gt; [--groups]</c>: who performs which criminal function, and each group's coverage.</summary>
internal static class FunctionsCommand
{
    public static Command Create()
    {
        var common = new CaseCommandOptions();
        var groups = new Option<bool>("--groups") { Description = "Print per-group coverage (one row per group and expected function) instead of agent functions." };
        var infer = new Option<bool>("--infer-declared") { Description = "Add functions inferred from transactions to declared ones (default: infer only when none are declared)." };
        var hops = new Option<int>("--hops") { Description = "How far (transaction hops) an outside specialist may be from a group member (default 1).", DefaultValueFactory = _ => 1 };
        var command = new Command("functions", """
            Functions (coordination, financing, transport, documents, ...) of every agent, declared or inferred
            from its transactions with the evidence; or with --groups, each group's coverage of the core
            functions: performed in-house, bought from outside specialists, or missing, with redundancy (how
            many can perform it) and single points of failure (redundancy 1).
            Columns: id, function, source (declared|inferred), evidence; with --groups: group, function,
            coverage, in_house, bought_from, redundancy, single_points_of_failure.
            Example: netan functions samples/operation-mare-nostrum --groups
            """);
        common.AddTo(command);
        common.AddProgressTo(command);
        command.Options.Add(groups);
        command.Options.Add(infer);
        command.Options.Add(hops);
        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var options = FunctionAnalysisOptions.Default with
            {
                InferWhenDeclared = parse.GetValue(infer),
                MaxHops = parse.GetValue(hops),
            };
            var context = common.Load(parse);
            var report = common.Tracked(parse, progress => FunctionAnalysis.Analyze(context.Network, options, ct, progress));
            if (parse.GetValue(groups))
            {
                common.Write(parse, CaseTables.GroupCoverage(report, context));
            }
            else
            {
                common.Write(parse, CaseTables.AgentFunctions(report, context));
            }

            WarnTruncated(report.Truncated);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    internal static void WarnTruncated(bool truncated)
    {
        if (truncated)
        {
            Console.Error.WriteLine("netan: warning: the result was truncated at its row limit");
        }
    }

}
