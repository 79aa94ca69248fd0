using System.CommandLine;
using NetworkAnalysis.Application.Inputs;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Application.Reports;
using NetworkAnalysis.IO;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan analyze &lt;dataset&gt; [--out DIR]</c>: the main job, a full analysis report of one case.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = "Dataset folder (format v1: agents.csv, transactions.csv, optional groups.csv)." };
        var outDir = new Option<string>("--out") { Description = "Folder for report.md and report.json (created if needed).", DefaultValueFactory = _ => "report" };
        var top = new Option<int>("--top") { Description = "How many agents each ranking lists.", DefaultValueFactory = _ => 10 };
        var quiet = new Option<bool>("--quiet") { Description = "Do not print the Markdown report to stdout." };
        var reveal = CommonOptions.RevealIdentities();
        var threads = CommonOptions.Threads();
        var exact = new Option<bool>("--exact") { Description = "Compute betweenness exactly even above 20,000 agents (default: estimated there from 1,000 sampled sources, seed 1; the report states the error bound)." };
        var weight = CommonOptions.Weight();
        var command = new Command("analyze", """
            Analyse a case and write report.md and report.json: dataset summary, most connected agents,
            components, and the further analyses (centrality, groups, brokers, key players, classification).
            Example: netan analyze samples/operation-mare-nostrum --out report
            """)
        {
            dataset, outDir, top, quiet, reveal, threads, exact, weight,
        };
        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var folder = parse.GetValue(dataset)!;
            var network = CaseInputs.ReadDataset(folder);
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            var options = new CaseAnalysisOptions
            {
                Top = parse.GetValue(top),
                MaxDegreeOfParallelism = parse.GetValue(threads),
                Exact = parse.GetValue(exact),
                Projection = ProjectionOptions.Default with { Aggregation = CommonOptions.Aggregation(parse.GetValue(weight)) },
            };
            if (options.Top < 1)
            {
                throw new UsageException("--top must be at least 1");
            }

            var report = CaseAnalyzer.Analyze(network, name, CommonOptions.Protection(parse.GetValue(reveal)), options, ct);
            var markdown = ReportRenderer.Markdown(report);
            var json = ReportRenderer.Json(report);
            var target = parse.GetValue(outDir)!;
            Directory.CreateDirectory(target);
            AtomicFile.WriteText(Path.Combine(target, "report.json"), w => w.Write(json));
            AtomicFile.WriteText(Path.Combine(target, "report.md"), w => w.Write(markdown));
            if (!parse.GetValue(quiet))
            {
                Console.Out.Write(markdown);
            }

            Console.Error.WriteLine($"netan: wrote {Path.Combine(target, "report.md")} and {Path.Combine(target, "report.json")}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
