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
        var dataset = new Argument<string>("dataset") { Description = "Dataset folder (format v1: agents.csv, transactions.csv, optional groups.csv), or a stored case case:NAME[@VERSION]." };
        var outDir = new Option<string>("--out") { Description = "Folder for report.md and report.json (created if needed).", DefaultValueFactory = _ => "report" };
        var top = new Option<int>("--top") { Description = "How many agents each ranking lists.", DefaultValueFactory = _ => 10 };
        var quiet = new Option<bool>("--quiet") { Description = "Do not print the Markdown report to stdout." };
        var reveal = CommonOptions.RevealIdentities();
        var threads = CommonOptions.Threads();
        var command = new Command("analyze", """
            Analyse a case and write report.md and report.json: dataset summary, most connected agents,
            components, and the further analyses (centrality, groups, brokers, key players, classification).
            Example: netan analyze samples/operation-mare-nostrum --out report
            """)
        {
            dataset, outDir, top, quiet, reveal, threads,
        };
        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var folder = parse.GetValue(dataset)!;
            var store = StoreOptions.OpenFor(parse, folder, ct);
            Core.TransactionNetwork network;
            try
            {
                network = store is null ? CaseInputs.ReadDataset(folder) : CaseInputs.ReadNetwork(folder, null, store).Network;
            }
            finally
            {
                StoreOptions.Close(store);
            }

            var name = store is null ? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))) : folder[CaseInputs.CasePrefix.Length..];
            var options = new CaseAnalysisOptions { Top = parse.GetValue(top), MaxDegreeOfParallelism = parse.GetValue(threads) };
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
