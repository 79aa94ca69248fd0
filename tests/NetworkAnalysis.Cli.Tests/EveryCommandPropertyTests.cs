using System.Globalization;
using System.Text;
using CsCheck;
using NetworkAnalysis.Application.Options;

namespace NetworkAnalysis.Cli.Tests;

/// <summary>
/// Property: every command, on small random graphs and a small dataset, with option values drawn from
/// and beyond their documented ranges, exits 0, 1 or 2; prints no stack frame, .NET type name or
/// incident; puts no NaN or Infinity in a result; leaves no file behind after a failure; and finishes
/// within a time bound. Runs in-process so a few hundred runs cost well under a minute.
/// </summary>
public class EveryCommandPropertyTests
{
    private static readonly string[] Measures = ["degree", "strength", "betweenness", "edge-betweenness", "closeness", "harmonic", "pagerank", "eigenvector", "katz", "kcore"];
    private static readonly string[] Methods = ["louvain", "leiden", "labelprop", "cdlp", "wcc", "scc"];
    private static readonly string[] Structures = ["triangles", "clustering", "transitivity"];
    private static readonly string[] Formats = ["graphml", "gexf", "graphology", "cytoscape", "pajek", "edgelist", "edgecsv", "i2", "dataset", "dl"];

    // (command, how the rest of the command line is built: graph file, dataset folder, choice index).
    private static readonly (string Command, Func<string, string, int, string[]> Args)[] Commands =
    [
        ("centrality", (g, _, i) => [g, "-m", Measures[i % Measures.Length]]),
        ("communities", (g, _, i) => [g, "--method", Methods[i % Methods.Length]]),
        ("structure", (g, _, i) => [g, "-m", Structures[i % Structures.Length]]),
        ("analyze", (_, d, _) => [d, "--quiet"]),
        ("convert", (g, d, i) => [i % 2 == 0 ? g : d, "converted", "--to", Formats[i % Formats.Length]]),
        ("classify", (_, d, _) => [d]),
        ("evaluate", (_, d, _) => [d]),
        ("functions", (_, d, _) => [d]),
        ("brokers", (_, d, _) => [d]),
        ("upperworld", (_, d, _) => [d]),
        ("keyplayers", (g, d, i) => [i % 2 == 0 ? g : d]),
        ("disrupt", (g, d, i) => [i % 2 == 0 ? g : d, "--strategy", new[] { "degree", "betweenness", "keyplayer", "function" }[i % 4]]),
        ("ego", (g, d, i) => [i % 2 == 0 ? g : d, i % 2 == 0 ? "n0" : "boss"]),
        ("paths", (g, d, i) => [i % 2 == 0 ? g : d, i % 2 == 0 ? "n0" : "boss", i % 2 == 0 ? "n1" : "m1"]),
        ("trace", (_, d, _) => [d, "boss"]),
        ("cycles", (_, d, _) => [d]),
        ("generate", (_, _, _) => ["--groups", "1", "--scale", "0.01"]),
    ];

    private static readonly Gen<string> GraphText =
        Gen.Select(Gen.Int[0, 7], Gen.Int[0, 7], Gen.OneOf(Gen.Const(""), Gen.OneOf("1", "0.5", "2", "100", "1e12").Select(w => " " + w)))
            .Select((a, b, w) => $"n{a} n{b}{w}\n").Array[0, 14].Select(lines => string.Concat(lines));

    /// <summary>A value of <paramref name="rule"/>'s option: at a bound, inside, just beyond, or not a number at all.</summary>
    private static string Value(OptionRule rule, int pick)
    {
        var lo = rule.Minimum ?? -1e9;
        var hi = rule.Maximum ?? 1e9;
        double[] candidates = [lo, hi, (lo + hi) / 2, lo - 1, hi + 1, 0, -1, 1, 2, 10, 0.5, double.NaN, double.PositiveInfinity, 2147483647];
        var v = candidates[pick % candidates.Length];
        return double.IsNaN(v) ? "NaN" : double.IsInfinity(v) ? "Infinity"
            : Math.Abs(v) < 1e15 && v == Math.Floor(v) ? ((long)v).ToString(CultureInfo.InvariantCulture) : v.ToString("R", CultureInfo.InvariantCulture);
    }

    private static readonly Gen<(int Command, int Choice, string Graph, int[] Options, int Seed)> Case =
        Gen.Select(Gen.Int[0, Commands.Length - 1], Gen.Int[0, 1000], GraphText, Gen.Int[0, 1000].Array[0, 2], Gen.Int[0, 1000]);

    private static string LastRefusal { get; set; } = string.Empty;

    [Test]
    public void EveryCommand_RandomInputsAndOptionValues_CleanExitNoNaNNoLeftovers()
    {
        var root = Netan.TempFolder();
        try
        {
            var dataset = Netan.SmallDataset(root);
            var codes = new int[3];
            Case.Sample(c => codes[Check(root, dataset, c)]++, iter: 220, threads: 1, seed: null);
            TestContext.Out.WriteLine($"exit 0: {codes[0]}, exit 1: {codes[1]}, exit 2: {codes[2]}; last refusal: {LastRefusal}");
            codes[0].Should().BeGreaterThan(40, "most runs with in-range options must succeed, or the property checks little");
            codes[2].Should().BeGreaterThan(10, "values beyond the ranges must be refused");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static int Check(string root, string dataset, (int Command, int Choice, string Graph, int[] Options, int Seed) c)
    {
        var work = Path.Combine(root, "run-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var graph = Path.Combine(work, "g.txt");
        File.WriteAllText(graph, c.Graph);
        var (command, build) = Commands[c.Command];
        var args = build(graph, dataset, c.Choice).Prepend(command).Select(a => a == "converted" ? Path.Combine(work, "converted" + (c.Choice % 3 == 0 ? "" : ".out")) : a).ToList();
        var rules = OptionRules.All.Where(r => r.Command == command && r.IsNumeric).ToArray();
        foreach (var pick in c.Options)
        {
            if (rules.Length > 0)
            {
                var rule = rules[pick % rules.Length];
                args.Add("--" + rule.Name);
                args.Add(Value(rule, pick / Math.Max(1, rules.Length) + c.Seed));
            }
        }

        var output = Path.Combine(work, "result.out");
        if (command is not ("analyze" or "convert" or "evaluate" or "generate"))
        {
            args.AddRange(["--out", output]);
        }
        else if (command is "analyze" or "generate")
        {
            args.AddRange(["--out", Path.Combine(work, "outdir")]);
        }

        var (r, elapsed) = InProcess.Run([.. args]);
        var line = "netan " + string.Join(' ', args);
        r.ExitCode.Should().BeOneOf([0, 1, 2], line + "\n" + r.Stderr);
        CleanOutput.Offence(r.Stderr.Replace("'NaN'", "").Replace("'Infinity'", "")).Should().BeNull(line + "\n" + r.Stderr);
        CleanOutput.Offence(r.Stdout).Should().BeNull(line);
        elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), line);
        var files = Directory.GetFileSystemEntries(work, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToArray();
        if (r.ExitCode != 0)
        {
            files.Should().Equal(["g.txt"], line + " failed and must leave nothing behind\n" + r.Stderr);
        }
        else
        {
            foreach (var file in Directory.GetFiles(work, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "g.txt"))
            {
                CleanOutput.Offence(File.ReadAllText(file, Encoding.UTF8)).Should().BeNull($"{line}: {Path.GetFileName(file)}");
            }

            files.Should().NotContain(f => f!.EndsWith(".tmp", StringComparison.Ordinal) || f.Contains(".tmp-", StringComparison.Ordinal), line);
        }

        Directory.Delete(work, recursive: true);
        if (r.ExitCode == 2)
        {
            LastRefusal = line + "\n" + r.Stderr;
        }

        return r.ExitCode;
    }
}
