using System.CommandLine;
using NetworkAnalysis.Application.Inputs;
using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Application.Reports;
using NetworkAnalysis.Cli.Output;
using NetworkAnalysis.IO;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan analyze &lt;dataset&gt; [--out DIR]</c>: the main job, a full analysis report of one case.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = "Dataset folder (format v1: agents.csv, transactions.csv, optional groups.csv), or a stored case case:NAME[@VERSION]." };
        var outDir = new Option<string>("--out") { Description = "Folder for report.md, report.json and report.html (created if needed).", DefaultValueFactory = _ => "report" };
        var top = new Option<int>("--top") { Description = "How many agents each ranking lists.", DefaultValueFactory = _ => 10 };
        var quiet = new Option<bool>("--quiet") { Description = "Do not print the Markdown report to stdout." };
        var html = new Option<bool>("--html") { Description = "Also write report.html: the network coloured by community, the disruption curve and the tables, in one self-contained page (no server, no network)." };
        var reveal = CommonOptions.RevealIdentities();
        var threads = CommonOptions.Threads();
        var maxMemory = CostGuard.MaxMemory();
        var maxSeconds = CostGuard.MaxSeconds();
        var exact = new Option<bool>("--exact") { Description = "Compute betweenness exactly even above 20,000 agents (default: estimated there from 1,000 sampled sources, seed 1; the report states the error bound)." };
        var weight = CommonOptions.Weight();
        var progressOption = CommonOptions.Progress();
        var command = new Command("analyze", """
            Analyse a case and write report.md and report.json: dataset summary, most connected agents,
            components, and the further analyses (centrality, groups, brokers, key players, classification).
            Example: netan analyze samples/operation-mare-nostrum --out report --html
            """)
        {
            dataset, outDir, top, quiet, html, reveal, threads, exact, weight, progressOption, maxMemory, maxSeconds,
        };
        command.SetAction((parse, ct) => CommandRunner.Run(() => AnalysisProgressPrinter.Track(parse.GetValue(progressOption), printer =>
        {
            var progress = ProgressRange.Of(printer);
            progress.Report("loading", 0);
            var folder = parse.GetValue(dataset)!;
            var store = StoreOptions.OpenFor(parse, folder, ct);
            Core.TransactionNetwork network;
            try
            {
                network = store is null ? CaseInputs.ReadDataset(folder) : CaseInputs.ReadNetwork(folder, store: store).Network;
            }
            finally
            {
                StoreOptions.Close(store);
            }

            CostGuard.Check(parse, network.AgentCount, network.TransactionCount);
            var name = store is null ? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))) : folder[CaseInputs.CasePrefix.Length..];
            var options = new CaseAnalysisOptions
            {
                Top = parse.GetValue(top),
                MaxDegreeOfParallelism = parse.GetValue(threads),
                Exact = parse.GetValue(exact),
                Projection = ProjectionOptions.Default with { Aggregation = CommonOptions.Aggregation(parse.GetValue(weight)) },
            };
            // Read before the analysis: a build without the page fails fast, not after minutes of work.
            var template = parse.GetValue(html) ? HtmlReportTemplate.Load() : null;
            var report = CaseAnalyzer.Analyze(network, name, CommonOptions.Protection(parse.GetValue(reveal)), options, ct, progress.Part(0.1, 0.97));
            progress.Report("writing", 0.97);
            var markdown = ReportRenderer.Markdown(report);
            var json = ReportRenderer.Json(report);
            var target = parse.GetValue(outDir)!;
            var files = template is null ? new[] { "report.json", "report.md" } : new[] { "report.json", "report.md", "report.html" };
            AtomicFolder.Write(target, files, temp =>
            {
                File.WriteAllText(Path.Combine(temp, "report.json"), json);
                File.WriteAllText(Path.Combine(temp, "report.md"), markdown);
                if (template is not null)
                {
                    File.WriteAllText(Path.Combine(temp, "report.html"), ReportRenderer.Html(report, template));
                }
            });
            progress.Report("writing", 1);
            printer?.Done();
            if (!parse.GetValue(quiet))
            {
                Console.Out.Write(markdown);
            }

            Console.Error.WriteLine(template is null
                ? $"netan: wrote {Path.Combine(target, "report.md")} and {Path.Combine(target, "report.json")}"
                : $"netan: wrote {Path.Combine(target, "report.md")}, {Path.Combine(target, "report.json")} and {Path.Combine(target, "report.html")}");
            return ExitCodes.Ok;
        }), ct));
        return command;
    }
}
