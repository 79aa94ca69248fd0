using System.CommandLine;
using NetworkAnalysis.Application.Inputs;
using NetworkAnalysis.Application.Reports;
using NetworkAnalysis.Cli.Output;
using NetworkAnalysis.IO;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan analyze &lt;dataset&gt; [--out DIR]</c>: the main job, a full analysis report of one case.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = "Dataset folder (format v1: agents.csv, transactions.csv, optional groups.csv)." };
        var outDir = new Option<string>("--out") { Description = "Folder for report.md, report.json and report.html (created if needed).", DefaultValueFactory = _ => "report" };
        var top = new Option<int>("--top") { Description = "How many agents each ranking lists.", DefaultValueFactory = _ => 10 };
        var quiet = new Option<bool>("--quiet") { Description = "Do not print the Markdown report to stdout." };
        var html = new Option<bool>("--html") { Description = "Also write report.html: the network coloured by community, the disruption curve and the tables, in one self-contained page (no server, no network)." };
        var reveal = CommonOptions.RevealIdentities();
        var threads = CommonOptions.Threads();
        var command = new Command("analyze", """
            Analyse a case and write report.md and report.json: dataset summary, most connected agents,
            components, and the further analyses (centrality, groups, brokers, key players, classification).
            Example: netan analyze samples/operation-mare-nostrum --out report --html
            """)
        {
            dataset, outDir, top, quiet, html, reveal, threads,
        };
        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var folder = parse.GetValue(dataset)!;
            var network = CaseInputs.ReadDataset(folder);
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            var options = new CaseAnalysisOptions { Top = parse.GetValue(top), MaxDegreeOfParallelism = parse.GetValue(threads) };
            if (options.Top < 1)
            {
                throw new UsageException("--top must be at least 1");
            }

            // Read before the analysis: a build without the page fails fast, not after minutes of work.
            var template = parse.GetValue(html) ? HtmlReportTemplate.Load() : null;
            var report = CaseAnalyzer.Analyze(network, name, CommonOptions.Protection(parse.GetValue(reveal)), options, ct);
            var markdown = ReportRenderer.Markdown(report);
            var json = ReportRenderer.Json(report);
            var target = parse.GetValue(outDir)!;
            Directory.CreateDirectory(target);
            AtomicFile.WriteText(Path.Combine(target, "report.json"), w => w.Write(json));
            AtomicFile.WriteText(Path.Combine(target, "report.md"), w => w.Write(markdown));
            if (template is not null)
            {
                var page = ReportRenderer.Html(report, template);
                AtomicFile.WriteText(Path.Combine(target, "report.html"), w => w.Write(page));
            }

            if (!parse.GetValue(quiet))
            {
                Console.Out.Write(markdown);
            }

            Console.Error.WriteLine(template is null
                ? $"netan: wrote {Path.Combine(target, "report.md")} and {Path.Combine(target, "report.json")}"
                : $"netan: wrote {Path.Combine(target, "report.md")}, {Path.Combine(target, "report.json")} and {Path.Combine(target, "report.html")}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
