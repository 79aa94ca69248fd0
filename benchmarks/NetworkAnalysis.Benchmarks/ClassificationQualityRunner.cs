using System.Diagnostics;
using System.Globalization;
using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Synthetic;
using NetworkAnalysis.Classification;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Benchmarks;

/// <summary>
/// Measures the group classifier's quality (accuracy, macro-F1, Brier) on generated cases, per
/// difficulty (noise, missing members, missing functions), with declared and with detected groups.
/// <c>dotnet run -c Release --project benchmarks/NetworkAnalysis.Benchmarks -- classify-quality [--seeds N] [--groups N] [--model FILE] [--diag] [--calibrate FILE]</c>.
/// </summary>
internal static class ClassificationQualityRunner
{
    private static readonly (string Name, double Noise, double MissingMembers, double MissingFunctions)[] Difficulties =
    [
        ("clean", 0.0, 0.0, 0.0),
        ("default", 0.05, 0.05, 0.15),
        ("noise 0.2", 0.2, 0.05, 0.15),
        ("noise 0.4", 0.4, 0.05, 0.15),
        ("missing members 0.2", 0.05, 0.2, 0.15),
        ("missing members 0.4", 0.05, 0.4, 0.15),
        ("missing functions 0.5", 0.05, 0.05, 0.5),
        ("missing functions 0.9", 0.05, 0.05, 0.9),
        ("hard (0.3, 0.3, 0.6)", 0.3, 0.3, 0.6),
    ];

    private static bool Verbose { get; set; }

    public static int Run(string[] args)
    {
        Verbose = args.Contains("--verbose");
        if (StringArg(args, "--eval") is { } folder)
        {
            return EvaluateFolder(folder, StringArg(args, "--model") is { } m ? GroupModel.Load(m) : GroupModel.Default, args.Contains("--diag"));
        }

        var seeds = IntArg(args, "--seeds", 3);
        var groups = IntArg(args, "--groups", 20);
        var model = StringArg(args, "--model") is { } path ? GroupModel.Load(path) : GroupModel.Default;
        var diag = args.Contains("--diag");
        var calibrateTo = StringArg(args, "--calibrate");
        var discovery = GroupDiscoveryOptions.Default with
        {
            PeopleTies = !args.Contains("--no-people-ties"),
            MergeShare = StringArg(args, "--merge") is { } merge ? double.Parse(merge, CultureInfo.InvariantCulture) : GroupDiscoveryOptions.Default.MergeShare,
            SplitConductance = StringArg(args, "--split") is { } split ? double.Parse(split, CultureInfo.InvariantCulture) : GroupDiscoveryOptions.Default.SplitConductance,
        };
        var allDeclared = new List<GroupTypeRow>();
        Console.WriteLine($"model '{model.Name}', {seeds} seeds x {groups} groups per difficulty");
        Console.WriteLine("difficulty                 | declared: n   acc    F1     Brier | detected: n   acc    F1     Brier | s");
        foreach (var (name, noise, missingMembers, missingFunctions) in Difficulties)
        {
            var declared = new List<GroupTypeRow>();
            var detected = new List<GroupTypeRow>();
            var clock = Stopwatch.StartNew();
            for (var seed = 1; seed <= seeds; seed++)
            {
                var network = CaseGenerator.Generate(new CaseGeneratorOptions
                {
                    Groups = groups,
                    Seed = seed,
                    Noise = noise,
                    MissingMembers = missingMembers,
                    MissingFunctions = missingFunctions,
                });
                declared.AddRange(GroupTypeReport.Build(network, new GroupTypeReportOptions { Model = model, Groups = GroupSelection.Declared }));
                var found = GroupTypeReport.Build(network, new GroupTypeReportOptions { Model = model, Groups = GroupSelection.Detected, Discovery = discovery });
                detected.AddRange(found);
                if (diag)
                {
                    DiagnoseDetection(network, discovery);
                }
            }

            allDeclared.AddRange(declared);
            var a = Evaluation.Compute(declared);
            var b = Evaluation.Compute(detected);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-26} | {a.Count,10} {a.Accuracy,6:0.000} {a.MacroF1,6:0.000} {a.Brier,6:0.000} | {b.Count,10} {b.Accuracy,6:0.000} {b.MacroF1,6:0.000} {b.Brier,6:0.000} | {clock.Elapsed.TotalSeconds:0.0}"));
            if (diag)
            {
                Diagnose(model, declared, "declared");
                Diagnose(model, detected, "detected");
            }
        }

        if (args.Contains("--ablations"))
        {
            Ablations(model, discovery, seeds, groups);
        }

        if (calibrateTo is not null)
        {
            var cases = allDeclared.Where(r => r.Label is not null).Select(r => (r.Indicators, r.Label!.Value));
            var calibrated = model.Recalibrate(cases, note: $"Temperature scaling on {allDeclared.Count} declared groups generated at every difficulty of the classify-quality runner ({seeds} seeds x {groups} groups each)");
            calibrated.Save(calibrateTo);
            foreach (var t in new[] { GroupType.SmallEnterprise, GroupType.Transnational })
            {
                var z = allDeclared.Where(r => r.Label == t).Select(r => r.Classification.Score).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scores {t}: min {z[0]:0.00} p10 {z[z.Count / 10]:0.00} median {z[z.Count / 2]:0.00} p90 {z[z.Count * 9 / 10]:0.00} max {z[^1]:0.00}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"calibration: slope {calibrated.CalibrationSlope}, offset {calibrated.CalibrationOffset} -> {calibrateTo}"));
        }

        return 0;
    }

    private static void Diagnose(GroupModel model, List<GroupTypeRow> rows, string what)
    {
        foreach (var f in what == "declared" && rows.Count > 0 && Verbose ? model.Features : [])
        {
            string Mean(GroupType t)
            {
                var values = rows.Where(r => r.Label == t).Select(r => r.Indicators.Value(f.Indicator)).ToList();
                var known = values.Where(v => v is not null).Select(v => v!.Value).ToList();
                var ev = values.Select(v => f.Evidence(v)).Average();
                return known.Count == 0
                    ? $"unknown            ev {ev,5:0.00}"
                    : string.Create(CultureInfo.InvariantCulture, $"{known.Average(),7:0.##} ({known.Count * 100 / values.Count,3}%) ev {ev,5:0.00}");
            }

            Console.WriteLine($"    {f.Indicator,-26} small {Mean(GroupType.SmallEnterprise)}   transnational {Mean(GroupType.Transnational)}");
        }

        foreach (var r in rows.Where(r => r.Label is not null && r.Label != r.Type).Take(6))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    MISS {what} {r.GroupId} members {r.Members} label {r.Label} p={r.Score:0.00}: {string.Join("; ", r.Classification.Reasons.Take(8).Select(x => $"{x.Text} ({x.Contribution:+0.00;-0.00})"))}"));
        }
    }

    // Declared and detected quality on labelled datasets from elsewhere (a folder of dataset folders).
    private static int EvaluateFolder(string folder, GroupModel model, bool diag)
    {
        foreach (var selection in new[] { GroupSelection.Declared, GroupSelection.Detected })
        {
            var batch = BatchClassifier.Classify([folder], new BatchOptions { Report = new GroupTypeReportOptions { Model = model, Groups = selection } });
            var e = Evaluation.Compute(batch);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{folder} {selection,-9}: n {e.Count,4} acc {e.Accuracy:0.000} macro-F1 {e.MacroF1:0.000} Brier {e.Brier:0.000} confusion {e.Confusion} errors {batch.HasErrors}"));
            if (diag)
            {
                foreach (var r in batch.Datasets.SelectMany(d => d.Groups).Where(r => r.Label is not null && r.Label != r.Type).Take(8))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    MISS {r.GroupId} members {r.Members} label {r.Label} p={r.Score:0.00}: {string.Join("; ", r.Classification.Reasons.Take(8).Select(x => $"{x.Text} ({x.Contribution:+0.00;-0.00})"))}"));
                }
            }
        }

        return 0;
    }

    // Data another source might not record: the classifier must degrade gracefully when a whole field is absent.
    private static readonly (string Name, Func<Agent, Agent?> Agent, Func<Transaction, Transaction?> Transaction)[] AblationList =
    [
        ("no routes", a => a, t => t with { Route = [] }),
        ("no times", a => a, t => t with { Time = null }),
        ("no transaction countries", a => a, t => t with { Country = null, Route = [] }),
        ("no functions", a => a with { Functions = FunctionSet.Empty }, t => t),
        ("no persons or amounts", a => a, t => t with { Persons = null, Amount = null, Currency = null }),
        ("no migrants or victims", a => a.Kind is AgentKind.Migrant or AgentKind.Victim ? null : a, t => t),
        ("no businesses or officials", a => a.Kind is AgentKind.Business or AgentKind.Official ? null : a, t => t),
        ("kinds only (no functions, times, places, counts)", a => a with { Functions = FunctionSet.Empty, Country = null }, t => t with { Time = null, Country = null, Route = [], Persons = null, Amount = null, Currency = null }),
    ];

    private static void Ablations(GroupModel model, GroupDiscoveryOptions discovery, int seeds, int groups)
    {
        Console.WriteLine("ablation (default difficulty) | declared: n   acc    F1 | detected: n   acc    F1");
        foreach (var (name, agentMap, transactionMap) in AblationList)
        {
            var declared = new List<GroupTypeRow>();
            var detected = new List<GroupTypeRow>();
            for (var seed = 1; seed <= seeds; seed++)
            {
                var network = Strip(CaseGenerator.Generate(new CaseGeneratorOptions { Groups = groups, Seed = seed }), agentMap, transactionMap);
                declared.AddRange(GroupTypeReport.Build(network, new GroupTypeReportOptions { Model = model, Groups = GroupSelection.Declared }));
                detected.AddRange(GroupTypeReport.Build(network, new GroupTypeReportOptions { Model = model, Groups = GroupSelection.Detected, Discovery = discovery }));
            }

            var a = Evaluation.Compute(declared);
            var b = Evaluation.Compute(detected);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-29} | {a.Count,10} {a.Accuracy,6:0.000} {a.MacroF1,6:0.000} | {b.Count,10} {b.Accuracy,6:0.000} {b.MacroF1,6:0.000}"));
        }
    }

    private static TransactionNetwork Strip(TransactionNetwork network, Func<Agent, Agent?> agentMap, Func<Transaction, Transaction?> transactionMap)
    {
        var builder = new TransactionNetworkBuilder();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var agent in network.Agents)
        {
            if (agentMap(agent) is { } a)
            {
                builder.AddAgent(a);
                kept.Add(a.Id);
            }
        }

        foreach (var tx in network.Transactions)
        {
            if (kept.Contains(tx.Source) && kept.Contains(tx.Target) && transactionMap(tx) is { } t)
            {
                builder.AddTransaction(t);
            }
        }

        foreach (var group in network.Groups)
        {
            builder.AddGroup(group);
        }

        return builder.Build();
    }

    // How detected groups match declared ones: purity (share of a detected group's members from its main
    // declared group) and completeness (share of a declared group's members found in one detected group).
    private static void DiagnoseDetection(TransactionNetwork network, GroupDiscoveryOptions discovery)
    {
        var detected = GroupDiscovery.Detect(network, discovery);
        var purity = new List<double>();
        var sizes = new List<int>();
        var best = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in detected)
        {
            var counts = g.Members.SelectMany(a => network.Agents[a].Groups).GroupBy(x => x).ToDictionary(x => x.Key, x => x.Count());
            var top = counts.Count == 0 ? 0 : counts.Values.Max();
            purity.Add((double)top / g.Members.Length);
            sizes.Add(g.Members.Length);
            foreach (var (id, c) in counts)
            {
                best[id] = Math.Max(best.GetValueOrDefault(id), c);
            }
        }

        var completeness = network.Groups.Where(x => network.GroupMembers(x.Id).Count > 0)
            .Select(x => (double)best.GetValueOrDefault(x.Id) / network.GroupMembers(x.Id).Count).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    detection: {detected.Count} groups for {completeness.Count} declared; purity mean {purity.DefaultIfEmpty().Average():0.00}, impure(<0.8) {purity.Count(p => p < 0.8)}; completeness mean {completeness.DefaultIfEmpty().Average():0.00}, split(<0.8) {completeness.Count(c => c < 0.8)}; sizes {string.Join(",", sizes)}"));
    }

    private static int IntArg(string[] args, string name, int fallback) =>
        StringArg(args, name) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : fallback;

    private static string? StringArg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
