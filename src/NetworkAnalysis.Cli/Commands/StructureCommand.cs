using System.CommandLine;
using System.Diagnostics;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Cli.Output;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan structure &lt;input&gt; --measure triangles|clustering|transitivity</c>.</summary>
internal static class StructureCommand
{
    public static Command Create()
    {
        var common = new GraphCommandOptions();
        var measure = new Option<string>("--measure", "-m") { Description = "triangles|clustering|transitivity", Required = true };
        measure.AcceptOnlyFromAmong("triangles", "clustering", "transitivity");
        var command = new Command("structure", """
            Cohesion of the network: triangles per node, local clustering coefficient, or transitivity
            (one value, printed alone). Directed input uses the LDBC directed clustering definition unless --undirected.
            Output: header 'id<TAB><measure>', one line per node in input order.
            Example: netan structure samples/operation-mare-nostrum --measure clustering --undirected
            """);
        common.AddTo(command);
        command.Options.Add(measure);
        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var name = parse.GetValue(measure)!;
            var input = common.Load(parse);
            var threads = parse.GetValue(common.Threads) ?? -1;
            var clock = Stopwatch.StartNew();
            var ids = input.DisplayIds(CommonOptions.Protection(parse.GetValue(common.Reveal)));
            var table = common.Tracked(parse, progress =>
            {
                // Triangle counting has no inner progress: the stage shows that it runs, and when it is done.
                var range = Application.Progress.ProgressRange.Of(progress);
                range.Report(name, 0);
                var result = GraphTables.Structure(input, name, ids, threads, ct);
                range.Report(name, 1);
                return result;
            });
            if (parse.GetValue(common.Timing))
            {
                GraphCommandOptions.ReportPhase("compute", clock.Elapsed);
            }

            OutputTarget.Write(parse.GetValue(common.Out), w =>
            {
                if (name == "transitivity")
                {
                    // One number, no header, so scripts can read it directly.
                    w.Write(ResultTableWriter.FormatValue(table.Rows.First()[1]));
                    w.Write('\n');
                }
                else
                {
                    ResultTableWriter.Write(w, parse.GetValue(common.Format), table);
                }
            });
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
