using BenchmarkDotNet.Attributes;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Synthetic;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Dataset;
using NetworkAnalysis.IO.EdgeLists;

namespace NetworkAnalysis.Benchmarks;

/// <summary>
/// Loading and projecting a generated dataset of about 1,000,000 transactions (issue: faster than igraph
/// reads a plain 1,000,000-edge list, 1.7 s here). Run with
/// <c>dotnet run -c Release --project benchmarks/NetworkAnalysis.Benchmarks -- bdn --filter *LoadProject*</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class LoadProjectBenchmarks
{
    private string _folder = null!;
    private TransactionNetwork _network = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = LoadRunner.EnsureDataset(null);
        _network = DatasetReader.Read(_folder);
    }

    [Benchmark]
    public TransactionNetwork ReadDataset() => DatasetReader.Read(_folder);

    [Benchmark]
    public ProjectedGraph Project() => NetworkProjection.Project(_network);
}

/// <summary>
/// <c>load [DATASET] [EDGELIST]</c>: one cold read + projection of a 1M-transaction dataset in this process,
/// as the CLI does it, with wall time, process CPU time and peak working set; optionally also the
/// plain edge-list reader on an igraph benchmark file.
/// </summary>
internal static class LoadRunner
{
    public static int Run(string[] args)
    {
        var folder = EnsureDataset(args.Length > 0 ? args[0] : null);
        var process = System.Diagnostics.Process.GetCurrentProcess();
        for (var run = 0; run < 3; run++)
        {
            var cpu = process.TotalProcessorTime;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var network = DatasetReader.Read(folder);
            var read = clock.Elapsed;
            var projected = NetworkProjection.Project(network);
            var total = clock.Elapsed;
            process.Refresh();
            Console.WriteLine($"run {run + 1}: {network.TransactionCount} transactions, {network.AgentCount} agents -> {projected.Graph.EdgeCount} edges; read {read.TotalSeconds:0.000} s, project {(total - read).TotalSeconds:0.000} s, total {total.TotalSeconds:0.000} s, cpu {(process.TotalProcessorTime - cpu).TotalSeconds:0.000} s, peak working set {process.PeakWorkingSet64 / (1024.0 * 1024):0} MiB");
        }

        if (args.Length > 1)
        {
            for (var run = 0; run < 3; run++)
            {
                var cpu = process.TotalProcessorTime;
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var data = EdgeListReader.Read(args[1]);
                process.Refresh();
                Console.WriteLine($"edge list run {run + 1}: {data.EdgeCount} edges, {data.NodeIds.Length} nodes; read {clock.Elapsed.TotalSeconds:0.000} s, cpu {(process.TotalProcessorTime - cpu).TotalSeconds:0.000} s");
            }
        }

        return 0;
    }

    /// <summary>The dataset folder: the given one, or a generated 1M-transaction case cached in the temp folder.</summary>
    public static string EnsureDataset(string? folder)
    {
        if (folder is not null && folder != "-")
        {
            return folder;
        }

        var cached = Path.Combine(Path.GetTempPath(), "netan-bench-1m-g100-s4");
        if (!File.Exists(Path.Combine(cached, "transactions.csv")))
        {
            Console.Error.WriteLine($"generating {cached} (Groups = 100, Scale = 4, Seed = 1) ...");
            DatasetWriter.Write(CaseGenerator.Generate(new CaseGeneratorOptions { Groups = 100, Scale = 4, Seed = 1 }), cached);
        }

        return cached;
    }
}
