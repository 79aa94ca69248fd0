using System.Diagnostics;
using System.Globalization;
using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.Centrality;

namespace NetworkAnalysis.Benchmarks;

/// <summary>
/// Side-by-side runner for the centrality measures: reads a <c>src dst weight</c> TSV (the files of
/// shared/bench/gen_graph.py), builds the directed weighted <see cref="CsrGraph"/>, then times each measure
/// (algorithm only; median of a few runs) and prints a table with a checksum per measure to compare
/// against igraph. Vertices are numbered by first appearance in the file, as igraph's <c>Read_Ncol</c> does,
/// so both libraries see the same vertex order.
/// </summary>
/// <remarks>
/// <c>centrality FILE [--measures a,b,...] [--runs N] [--threads T] [--sample K]</c>; a measure is repeated
/// up to N times (default 3) but not after 10 s have been spent on it. Measures: pagerank,
/// betweenness (exact, skipped above 200k edges unless named), closeness, harmonic, betweenness-sampled,
/// kcore (on the collapsed undirected graph, like igraph's coreness), degree, articulation, bridges,
/// eigenvector, katz.
/// </remarks>
internal static class CentralityRunner
{
    private static readonly string[] DefaultMeasures =
        ["degree", "pagerank", "kcore", "articulation", "bridges", "betweenness-sampled", "closeness", "harmonic", "betweenness"];

    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: centrality FILE.tsv [--measures a,b] [--runs N] [--threads T] [--sample K]");
            return 2;
        }

        var file = args[0];
        string[]? measures = null;
        var runs = 3;
        var threads = -1;
        var sample = 100;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--measures": measures = args[++i].Split(','); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--threads": threads = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--sample": sample = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
            }
        }

        var sw = Stopwatch.StartNew();
        var (src, dst, w, n) = EdgeFile.Read(file);
        var parse = sw.Elapsed.TotalSeconds;
        sw.Restart();
        var builder = new CsrGraphBuilder(n, directed: true, weighted: true, edgeCapacity: src.Length);
        for (var e = 0; e < src.Length; e++)
        {
            builder.AddEdge(src[e], dst[e], w[e]);
        }

        var graph = builder.Build();
        var build = sw.Elapsed.TotalSeconds;
        sw.Restart();
        var undirected = graph.ToUndirected(ParallelEdges.Sum);
        var toUndirected = sw.Elapsed.TotalSeconds;

        Console.WriteLine($"# {Path.GetFileName(file)}: n={graph.NodeCount:N0} m={graph.EdgeCount:N0} (undirected collapsed m={undirected.EdgeCount:N0}); " +
            $"threads={(threads <= 0 ? Environment.ProcessorCount : threads)} (of {Environment.ProcessorCount}); runs={runs}");
        Console.WriteLine($"# parse {parse:F3} s, build CSR {build:F3} s, to_undirected {toUndirected:F3} s (not included below)");
        Console.WriteLine("# wall = elapsed seconds (median, min); cpu = process CPU seconds (median), which stays meaningful when other jobs share the cores");
        Console.WriteLine($"{"measure",-22} {"median s",10} {"min s",10} {"cpu s",10}  checksum");

        var selected = measures ?? DefaultMeasures.Where(m => m != "betweenness" || graph.EdgeCount <= 200_000).ToArray();
        foreach (var measure in selected)
        {
            Func<string> run = measure switch
            {
                "degree" => () => Top(DegreeCentrality.Compute(graph)),
                "pagerank" => () => Top(PageRank.Compute(graph, new PageRankOptions
                {
                    // Absolute L1 change < 1e-6 (the ranks sum to 1): the rule igraph, graph-tool and the C kernel use.
                    Weighted = false, Tolerance = 1e-6, MaxDegreeOfParallelism = threads,
                })),
                "betweenness" => () => Top(Betweenness.Compute(graph, new BetweennessOptions { Normalized = false, MaxDegreeOfParallelism = threads })),
                "betweenness-sampled" => () => Top(Betweenness.Compute(graph, new BetweennessOptions
                {
                    Normalized = false, SampleSize = Math.Min(sample, graph.NodeCount), Seed = 7, MaxDegreeOfParallelism = threads,
                })),
                "closeness" => () => Top(Closeness.Compute(graph, new ClosenessOptions { MaxDegreeOfParallelism = threads })),
                "harmonic" => () => Top(HarmonicCentrality.Compute(graph, new HarmonicCentralityOptions { MaxDegreeOfParallelism = threads })),
                "kcore" => () => "max core " + Coreness.Compute(undirected).DefaultIfEmpty().Max(),
                "articulation" => () => "points " + ArticulationPoints.Compute(graph).Length,
                "bridges" => () => "bridges " + Bridges.Compute(graph).Length,
                "eigenvector" => () => Top(EigenvectorCentrality.Compute(undirected, new EigenvectorCentralityOptions { MaxDegreeOfParallelism = threads })),
                "katz" => () => Top(KatzCentrality.Compute(graph, new KatzCentralityOptions { Alpha = 0.01, MaxDegreeOfParallelism = threads })),
                _ => throw new ArgumentException($"unknown measure {measure}"),
            };

            var times = new double[runs];
            var cpu = new double[runs];
            var checksum = "";
            using var process = Process.GetCurrentProcess();
            var done = 0;
            double spent = 0;
            for (var r = 0; r < runs && (r == 0 || spent < 10); r++)
            {
                process.Refresh();
                var cpu0 = process.TotalProcessorTime;
                sw.Restart();
                checksum = run();
                times[r] = sw.Elapsed.TotalSeconds;
                process.Refresh();
                cpu[r] = (process.TotalProcessorTime - cpu0).TotalSeconds;
                spent += times[r];
                done++;
            }

            // Slow measures stop repeating after 10 s; the median is over the runs done.
            Array.Sort(times, 0, done);
            Array.Sort(cpu, 0, done);
            Console.WriteLine($"{measure,-22} {times[done / 2],10:F4} {times[0],10:F4} {cpu[done / 2],10:F4}  {checksum} (runs {done})");
        }

        return 0;
    }

    private static string Top(double[] values)
    {
        var best = 0;
        double sum = 0;
        for (var v = 0; v < values.Length; v++)
        {
            sum += values[v];
            if (values[v] > values[best])
            {
                best = v;
            }
        }

        return values.Length == 0
            ? "empty"
            : string.Create(CultureInfo.InvariantCulture, $"top index {best} value {values[best]:G8} sum {sum:G10}");
    }
}
