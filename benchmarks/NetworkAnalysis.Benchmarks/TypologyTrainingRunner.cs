using System.Diagnostics;
using System.Globalization;
using System.Text;
using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Classification;
using NetworkAnalysis.Core;
using NetworkAnalysis.Training;

namespace NetworkAnalysis.Benchmarks;

/// <summary>
/// Trains the built-in group model and evaluates it leaving one configuration out (issue 16):
/// <c>dotnet run -c Release --project benchmarks/NetworkAnalysis.Benchmarks -- classify-train [--datasets N] [--threads N] [--out MODEL] [--report FILE.md] [--no-detected]</c>.
/// Without <c>--out</c> only the evaluation runs. The tables go to stdout (Markdown) and to <c>--report</c>.
/// </summary>
internal static class TypologyTrainingRunner
{
    public static int Run(string[] args)
    {
        var options = TypologyTrainingOptions.Default with
        {
            DatasetsPerConfiguration = IntArg(args, "--datasets", TypologyTrainingOptions.Default.DatasetsPerConfiguration),
            Threads = IntArg(args, "--threads", Environment.ProcessorCount),
            IncludeDetected = !args.Contains("--no-detected"),
            L2 = StringArg(args, "--l2") is { } l2 ? double.Parse(l2, CultureInfo.InvariantCulture) : TypologyTrainingOptions.Default.L2,
        };
        var clock = Stopwatch.StartNew();
        var corpus = TypologyTraining.BuildCorpus(options, new Progress<string>(m => Console.Error.Write($"\r{m}          ")));
        Console.Error.WriteLine();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {corpus.Count} groups in {clock.Elapsed.TotalSeconds:0} s"));
        if (StringArg(args, "--l2-sweep") is { } sweep)
        {
            // Model selection: the penalty that generalises, by LOCO and by the external folders.
            foreach (var value in sweep.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)))
            {
                var o = options with { L2 = value };
                var lo = TypologyTraining.LeaveOneConfigurationOut(corpus, o);
                var pooled = new LeftOutConfiguration("all", [.. lo.SelectMany(l => l.Predictions)]);
                var worst = lo.Min(l => l.Model(GroupOrigin.Declared).MacroF1 - l.Rules(GroupOrigin.Declared).MacroF1);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"L2 {value}: LOCO declared {pooled.Model(GroupOrigin.Declared).MacroF1:0.000} detected {pooled.Model(GroupOrigin.Detected).MacroF1:0.000} worst margin over rules {worst:+0.000;-0.000}"));
                External(args, TypologyTraining.BuildShipped(corpus, lo, o), o);
            }

            return 0;
        }

        var leftOut = TypologyTraining.LeaveOneConfigurationOut(corpus, options);
        var report = Report(leftOut, options);
        Console.Write(report);
        if (StringArg(args, "--report") is { } file)
        {
            File.WriteAllText(file, report);
        }

        if (StringArg(args, "--out") is { } path)
        {
            var model = TypologyTraining.BuildShipped(corpus, leftOut, options);
            model.Save(path);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model -> {path} (calibration slope {model.CalibrationSlope}, offset {model.CalibrationOffset})"));
        }

        External(args, TypologyTraining.BuildShipped(corpus, leftOut, options), options);
        if (args.Contains("--diag"))
        {
            Diagnose(leftOut);
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done in {clock.Elapsed.TotalSeconds:0} s"));
        return 0;
    }

    private static void External(string[] args, GroupModel model, TypologyTrainingOptions options)
    {
        if (StringArg(args, "--external") is { } external)
        {
            foreach (var folder in external.Split(','))
            {
                foreach (var selection in new[] { GroupSelection.Declared, GroupSelection.Detected })
                {
                    var rows = BatchClassifier.Classify([folder], new BatchOptions { Threads = options.Threads, Report = new GroupTypeReportOptions { Model = model, Groups = selection } })
                        .Datasets.SelectMany(d => d.Groups).Where(r => r.Label is not null).ToList();
                    var m = Evaluation.Compute(rows.Select(r => (r.Label!.Value, r.Score)));
                    var rules = Evaluation.Compute(rows.Select(r => (r.Label!.Value, TypologyRules.Score(r.Indicators))));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"external {folder} {selection}: n {m.Count} model macro-F1 {m.MacroF1:0.000} AUC {m.Auc:0.000} Brier {m.Brier:0.000} {Confusion(m.Confusion)} | rules macro-F1 {rules.MacroF1:0.000} AUC {rules.Auc:0.000} {Confusion(rules.Confusion)}"));
                }
            }
        }
    }

    private static string Report(IReadOnlyList<LeftOutConfiguration> leftOut, TypologyTrainingOptions options)
    {
        var text = new StringBuilder();
        void Line(FormattableString s) => text.Append(s.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Line($"{options.DatasetsPerConfiguration} datasets per configuration, seed {options.Seed}, L2 {options.L2}; model = trained on the other configurations; rules = the untrained typology baseline.");
        Line($"");
        foreach (var origin in options.IncludeDetected ? new[] { GroupOrigin.Declared, GroupOrigin.Detected } : [GroupOrigin.Declared])
        {
            var label = origin == GroupOrigin.Declared ? "declared" : "detected";
            Line($"| left out ({label} groups) | groups | small / transnational | model macro-F1 | rules macro-F1 | model AUC | rules AUC | model Brier | model confusion (SS ST / TS TT) | rules confusion |");
            Line($"|---|---|---|---|---|---|---|---|---|---|");
            foreach (var c in leftOut.Append(new LeftOutConfiguration("**all (pooled)**", [.. leftOut.SelectMany(l => l.Predictions)])))
            {
                var m = c.Model(origin);
                var r = c.Rules(origin);
                var mark = m.MacroF1 > r.MacroF1 ? "**" : string.Empty;
                Line($"| {c.Configuration} | {m.Count} | {m.Confusion.SmallAsSmall + m.Confusion.SmallAsTransnational} / {m.Confusion.TransnationalAsSmall + m.Confusion.TransnationalAsTransnational} | {mark}{m.MacroF1:0.000}{mark} | {r.MacroF1:0.000} | {m.Auc:0.000} | {r.Auc:0.000} | {m.Brier:0.000} | {Confusion(m.Confusion)} | {Confusion(r.Confusion)} |");
            }

            Line($"");
        }

        var pooled = leftOut.SelectMany(l => l.Predictions).Select(p => (p.Group.Label, p.Probability)).ToList();
        Line($"Reliability of the left-out probabilities (all groups, before the final calibration):");
        Line($"");
        Line($"| predicted | groups | mean predicted | share transnational |");
        Line($"|---|---|---|---|");
        foreach (var bin in Evaluation.Reliability(pooled))
        {
            Line($"| {bin.Low:0.0}–{bin.High:0.0} | {bin.Count} | {bin.MeanProbability:0.000} | {bin.TransnationalShare:0.000} |");
        }

        return text.ToString();
    }

    private static string Confusion(ConfusionMatrix c) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.SmallAsSmall} {c.SmallAsTransnational} / {c.TransnationalAsSmall} {c.TransnationalAsTransnational}");

    private static void Diagnose(IReadOnlyList<LeftOutConfiguration> leftOut)
    {
        foreach (var c in leftOut)
        {
            foreach (var p in c.Predictions.Where(p => (p.Probability >= 0.5) != (p.Group.Label == GroupType.Transnational)).Take(5))
            {
                var ind = p.Group.Indicators;
                string V(string n) => ind[n].FormatValue();
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"MISS {c.Configuration} {ind.Origin} {ind.GroupId} label {p.Group.Label} p {p.Probability:0.00} rules {p.RulesScore:0.00}: members {V(IndicatorNames.Members)} mc {V(IndicatorNames.MemberCountries)} ec {V(IndicatorNames.EffectiveCountries)} dest {V(IndicatorNames.Destinations)} laund {V(IndicatorNames.LaunderingInHouse)} forg {V(IndicatorNames.ForgeryInHouse)} out {V(IndicatorNames.OutsourcedShare)} off {V(IndicatorNames.OfficialsBribed)} bus {V(IndicatorNames.BusinessesUsed)} crimes {V(IndicatorNames.OtherCrimes)} fpm {V(IndicatorNames.FunctionsPerMember)} hier {V(IndicatorNames.HierarchyLevels)} run {V(IndicatorNames.LongestActiveRun)} cont {V(IndicatorNames.Continuity)} people {V(IndicatorNames.PeopleMoved)}"));
            }
        }
    }

    private static int IntArg(string[] args, string name, int fallback) =>
        StringArg(args, name) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : fallback;

    private static string? StringArg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
