using System.CommandLine;
using NetworkAnalysis.Application.Inputs;
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
        var maxMemory = CostGuard.MaxMemory();
        var maxSeconds = CostGuard.MaxSeconds();
        var command = new Command("analyze", """
            Analyse a case and write report.md and report.json: dataset summary, most connected agents,
            components, and the further analyses (centrality, groups, brokers, key players, classification).
            Example: netan analyze samples/operation-mare-nostrum --out report
            """)
        {
            dataset, outDir, top, quiet, reveal, threads, maxMemory, maxSeconds,
        };
        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var folder = parse.GetValue(dataset)!;
            var network = CaseInputs.ReadDataset(folder);
            CostGuard.Check(parse, network.AgentCount, network.TransactionCount);
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            var options = new CaseAnalysisOptions { Top = parse.GetValue(top), MaxDegreeOfParallelism = parse.GetValue(threads) };
            if (options.Top < 1)
            {
                throw new UsageException("--top must be at least 1");
            }

            var report = CaseAnalyzer.Analyze(network, name, CommonOptions.Protection(parse.GetValue(reveal)), options, ct);
            var markdown = ReportRenderer.Markdown(report);
            var json = ReportRenderer.Json(report);
            var target = parse.GetValue(outDir)!;
            AtomicFolder.Write(target, ["report.json", "report.md"], temp =>
            {
                File.WriteAllText(Path.Combine(temp, "report.json"), json);
                File.WriteAllText(Path.Combine(temp, "report.md"), markdown);
            });
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
