using System.Diagnostics;
using System.Globalization;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.Benchmarks;

/// <summary>
/// Side-by-side GraphML benchmark: writes a deterministic transaction network of <c>--edges</c> edges
/// (default 1,000,000) over <c>--nodes</c> agents (default 100,000) to <c>--dir</c>, then times our
/// GraphML writer and reader (median of <c>--runs</c>, default 3, after a warm-up). The file stays in
/// <c>--dir</c> for the peers (benchmarks/peers/run-formats.sh times igraph and NetworkX on it).
/// </summary>
internal static class FormatsRunner
{
    public static int Run(string[] args)
    {
        var edges = Option(args, "--edges", 1_000_000);
        var nodes = Option(args, "--nodes", 100_000);
        var runs = Option(args, "--runs", 3);
        var dir = OptionText(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "netan-formats-bench");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"transactions-{edges}.graphml");

        var network = Generate(nodes, edges, seed: 42);
        var options = new FormatWriteOptions { Protection = new IdentityProtection(reveal: true) };

        // Warm-up: JIT and tiering on a small file.
        var small = Generate(1000, 10_000, seed: 1);
        var warm = Path.Combine(dir, "warmup.graphml");
        for (var i = 0; i < 3; i++)
        {
            NetworkFormats.Write(small, warm, "graphml", options);
            NetworkFormats.Read(warm, "graphml");
        }

        File.Delete(warm);
        // Wall time on a shared machine says more about the neighbours than about the code, so CPU time
        // (all threads of this process) is reported too; compare CPU with CPU.
        var writes = new List<(double Wall, double Cpu)>();
        var reads = new List<(double Wall, double Cpu)>();
        FormatReadResult? result = null;
        for (var r = 0; r < runs; r++)
        {
            GC.Collect();
            writes.Add(Time(() => NetworkFormats.Write(network, path, "graphml", options)));
            result = null;
            GC.Collect();
            reads.Add(Time(() => result = NetworkFormats.Read(path, "graphml")));
        }

        if (result!.Network.TransactionCount != edges || result.Network.AgentCount != nodes)
        {
            Console.Error.WriteLine("read back a different network");
            return 1;
        }

        var size = new FileInfo(path).Length;
        Console.WriteLine($"file: {path} ({size / 1e6:F1} MB, {nodes:N0} nodes, {edges:N0} edges)");
        Report("write", writes);
        Report("read", reads);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB"));
        return 0;
    }

    /// <summary>A deterministic network shaped like transaction data: kinds, weights with a few decimals, parallel edges.</summary>
    public static TransactionNetwork Generate(int nodes, int edges, int seed)
    {
        var random = new Random(seed);
        var builder = new TransactionNetworkBuilder();
        var ids = new string[nodes];
        for (var i = 0; i < nodes; i++)
        {
            ids[i] = "n" + i.ToString(CultureInfo.InvariantCulture);
            builder.AddAgent(new Agent(ids[i], (AgentKind)random.Next(3)));
        }

        for (var e = 0; e < edges; e++)
        {
            builder.AddTransaction(new Transaction(ids[random.Next(nodes)], ids[random.Next(nodes)], (TransactionKind)random.Next(4))
            {
                Weight = Math.Round(0.5 + (random.NextDouble() * 100), 2),
            });
        }

        return builder.Build();
    }

    private static (double Wall, double Cpu) Time(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        var wall = watch.Elapsed.TotalSeconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    private static void Report(string what, List<(double Wall, double Cpu)> runs)
    {
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted[sorted.Length / 2];
        }

        var all = string.Join("  ", runs.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Cpu:F2}/{r.Wall:F2}")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"netan graphml {what}: cpu {Median(runs.Select(r => r.Cpu)):F2} s  wall {Median(runs.Select(r => r.Wall)):F2} s  (median of {runs.Count}; cpu/wall per run: {all})"));
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var text = OptionText(args, name);
        return text is null ? fallback : int.Parse(text, CultureInfo.InvariantCulture);
    }

    private static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
