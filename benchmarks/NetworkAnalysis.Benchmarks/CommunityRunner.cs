using System.Diagnostics;
using System.Globalization;
using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.Community;
using NetworkAnalysis.Engine.Components;
using NetworkAnalysis.Engine.Structure;

namespace NetworkAnalysis.Benchmarks;

/// <summary>
/// Side-by-side runner for issue 4 (communities and structure): reads a <c>src dst weight</c> edge list (tab or
/// space separated, as <c>bench/gen_graph.py</c> writes), builds the directed graph and its collapsed undirected
/// version (reciprocal pairs summed), then times each algorithm alone and prints one JSON line per algorithm.
/// Ids are compacted in order of first appearance, as igraph's <c>Read_Ncol</c> does, so both see the same nodes.
/// </summary>
/// <remarks>
/// <c>communities FILE [--algos a,b] [--seed S] [--threads P] [--no-warmup]</c>. Each algorithm is first called once,
/// untimed, on the file's first 20,000 edges so that JIT compilation is not timed. Calls under one second are repeated
/// (up to 7 runs or 3 s) and the median is reported, as <c>bench/peers.py</c> does for the peers. Algorithms:
/// wcc, scc (directed graph); louvain, louvainK (K passes), leiden (defaults), leidenK (K iterations; igraph's
/// benchmark used 2), triangles, transitivity, lpa (undirected graph); cdlp (directed, 10 iterations).
/// </remarks>
internal static class CommunityRunner
{
    private static readonly string[] _allAlgorithms = ["wcc", "scc", "louvain", "leiden", "triangles", "transitivity", "cdlp", "lpa"];

    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: communities FILE.tsv [--algos wcc,scc,louvain,leiden,triangles,transitivity,cdlp,lpa] [--seed S] [--threads P]");
            return 2;
        }

        var path = args[0];
        var algorithms = _allAlgorithms;
        var seed = 0;
        var threads = -1;
        var warmup = true;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--algos":
                    algorithms = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries);
                    break;
                case "--seed":
                    seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--threads":
                    threads = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--no-warmup":
                    warmup = false;
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument {args[i]}");
                    return 2;
            }
        }

        var clock = Stopwatch.StartNew();
        var (src, dst, w, ids) = EdgeFile.ReadWithIds(path);
        var parse = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var builder = new CsrGraphBuilder(ids.Length, directed: true, weighted: true, edgeCapacity: src.Length);
        for (var e = 0; e < src.Length; e++)
        {
            builder.AddEdge(src[e], dst[e], w[e]);
        }

        var directed = builder.Build(ParallelEdges.Sum);
        var build = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var undirected = directed.ToUndirected(ParallelEdges.Sum);
        var toUndirected = clock.Elapsed.TotalSeconds;
        Emit("load", parse + build, directed.NodeCount, directed.EdgeCount, $"\"parse_s\": {F(parse)}, \"build_s\": {F(build)}");
        Emit("to_undirected", toUndirected, undirected.NodeCount, undirected.EdgeCount, "");
        var planted = PlantedCommunities(path, ids);
        if (warmup)
        {
            // One untimed call per algorithm on the file's first 20,000 edges, so JIT compilation is not timed
            // (igraph's C core needs none). --no-warmup measures first calls instead.
            var small = new CsrGraphBuilder(0, directed: true, weighted: true);
            for (var e = 0; e < Math.Min(20_000, src.Length); e++)
            {
                small.AddEdge(src[e], dst[e], w[e]);
            }

            var smallDirected = small.Build(ParallelEdges.Sum);
            _quiet = true;
            foreach (var algorithm in algorithms)
            {
                RunOne(algorithm, smallDirected, smallDirected.ToUndirected(ParallelEdges.Sum), null, seed, threads);
            }

            _quiet = false;
        }

        foreach (var algorithm in algorithms)
        {
            RunOne(algorithm, directed, undirected, planted, seed, threads);
        }

        return 0;
    }

    private static void RunOne(string algorithm, CsrGraph directed, CsrGraph undirected, int[]? planted, int seed, int threads)
    {
        switch (algorithm)
        {
            case "louvain":
            {
                var (s, r) = Time(() => Louvain.Compute(undirected, new LouvainOptions(Seed: seed, MaxDegreeOfParallelism: threads)));
                Emit(algorithm, s, undirected.NodeCount, undirected.EdgeCount, Summary(r, planted) + $", \"iterations\": {r.Iterations}");
                break;
            }

            case var name when name.StartsWith("louvain", StringComparison.Ordinal) && name.Length > 7:
            {
                var passes = int.Parse(name[7..], CultureInfo.InvariantCulture);
                var (s, r) = Time(() => Louvain.Compute(undirected, new LouvainOptions(Seed: seed, MaxIterations: passes, MaxDegreeOfParallelism: threads)));
                Emit(algorithm, s, undirected.NodeCount, undirected.EdgeCount, Summary(r, planted) + $", \"iterations\": {r.Iterations}");
                break;
            }

            case "leiden":
            {
                var (s, r) = Time(() => Leiden.Compute(undirected, new LeidenOptions(Seed: seed, MaxDegreeOfParallelism: threads)));
                Emit(algorithm, s, undirected.NodeCount, undirected.EdgeCount, Summary(r, planted) + $", \"iterations\": {r.Iterations}");
                break;
            }

            case var name when name.StartsWith("leiden", StringComparison.Ordinal) && name.Length > 6:
            {
                var iterations = int.Parse(name[6..], CultureInfo.InvariantCulture);
                var (s, r) = Time(() => Leiden.Compute(undirected, new LeidenOptions(Seed: seed, MaxIterations: iterations, MaxDegreeOfParallelism: threads)));
                Emit(algorithm, s, undirected.NodeCount, undirected.EdgeCount, Summary(r, planted) + $", \"iterations\": {r.Iterations}");
                break;
            }

            case "wcc":
            {
                var (s, r) = Time(() => WeaklyConnected.Compute(directed));
                Emit(algorithm, s, directed.NodeCount, directed.EdgeCount, $"\"components\": {r.Count}, \"giant\": {r.LargestSize()}");
                break;
            }

            case "scc":
            {
                var (s, r) = Time(() => StronglyConnected.Compute(directed));
                Emit(algorithm, s, directed.NodeCount, directed.EdgeCount, $"\"components\": {r.Count}, \"giant\": {r.LargestSize()}");
                break;
            }

            case "triangles":
            {
                var (s, r) = Time(() => Triangles.Compute(undirected, new TriangleOptions(threads)));
                Emit(algorithm, s, undirected.NodeCount, undirected.EdgeCount, $"\"triangles\": {r.Sum() / 3}");
                break;
            }

            case "transitivity":
            {
                var (s, r) = Time(() => Transitivity.Compute(undirected, new TriangleOptions(threads)));
                Emit(algorithm, s, undirected.NodeCount, undirected.EdgeCount, $"\"transitivity\": {F(Math.Round(r, 6))}");
                break;
            }

            case "cdlp":
            {
                var options = new LabelPropagationOptions(LabelPropagationMode.Synchronous, MaxIterations: 10, MaxDegreeOfParallelism: threads);
                var (s, r) = Time(() => LabelPropagation.Compute(directed, options));
                Emit(algorithm, s, directed.NodeCount, directed.EdgeCount, Summary(r, planted) + $", \"iterations\": {r.Iterations}");
                break;
            }

            case "lpa":
            {
                var options = new LabelPropagationOptions(LabelPropagationMode.Asynchronous, MaxIterations: 100, Seed: seed, Weighted: true);
                var (s, r) = Time(() => LabelPropagation.Compute(undirected, options));
                Emit(algorithm, s, undirected.NodeCount, undirected.EdgeCount, Summary(r, planted) + $", \"iterations\": {r.Iterations}");
                break;
            }

            default:
                Console.Error.WriteLine($"unknown algorithm {algorithm}");
                break;
        }
    }

    private static string Summary(CommunityResult r, int[]? planted)
    {
        var text = $"\"communities\": {r.CommunityCount}, \"modularity_w\": {F(Math.Round(r.Modularity, 5))}, \"q_full\": {F(r.Modularity)}, \"levels\": {r.Levels.Count}";
        if (planted is not null)
        {
            text += $", \"nmi_planted\": {F(Math.Round(PartitionComparison.NormalizedMutualInformation(planted, r.Membership), 4))}";
        }

        return text;
    }

    /// <summary>Times <paramref name="call"/>; calls under 1 s are repeated (up to 7 runs or 3 s) and the median reported.</summary>
    private static (double Seconds, T Result) Time<T>(Func<T> call)
    {
        var times = new List<double>();
        var cpu = new List<double>();
        T result;
        var total = Stopwatch.StartNew();
        using var process = Process.GetCurrentProcess();
        do
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            result = call();
            times.Add(clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }
        while (times[0] < 1.0 && times.Count < 7 && total.Elapsed.TotalSeconds < 3.0);

        _lastCpuSeconds = cpu.Min();
        _lastRuns = times.Count;
        times.Sort();
        return (times[times.Count / 2], result);
    }

    private static double _lastCpuSeconds;
    private static int _lastRuns = 1;

    private static bool _quiet;

    private static void Emit(string algorithm, double seconds, int n, int m, string extra)
    {
        if (_quiet)
        {
            return;
        }

        var tail = extra.Length > 0 ? ", " + extra : "";
        var cpu = $", \"cpu_seconds_min\": {F(Math.Round(_lastCpuSeconds, 4))}, \"runs\": {_lastRuns}, \"gc2\": {GC.CollectionCount(2)}, \"gc0\": {GC.CollectionCount(0)}, \"gc_pause_s\": {F(Math.Round(GC.GetTotalPauseDuration().TotalSeconds, 3))}";
        Console.WriteLine($"{{\"lib\": \"netan\", \"algo\": \"{algorithm}\", \"seconds\": {F(Math.Round(seconds, 4))}, \"n\": {n}, \"m_alg\": {m}{cpu}{tail}}}");
        _lastCpuSeconds = 0;
        _lastRuns = 1;
    }

    private static string F(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The generator's planted community of every node (FILE.communities next to FILE.tsv), or null.</summary>
    private static int[]? PlantedCommunities(string path, long[] ids)
    {
        var file = Path.ChangeExtension(path, ".communities");
        if (!File.Exists(file))
        {
            return null;
        }

        var byId = new Dictionary<long, int>();
        foreach (var line in File.ReadLines(file))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2)
            {
                byId[long.Parse(parts[0], CultureInfo.InvariantCulture)] = int.Parse(parts[1], CultureInfo.InvariantCulture);
            }
        }

        var result = new int[ids.Length];
        for (var v = 0; v < ids.Length; v++)
        {
            result[v] = byId.TryGetValue(ids[v], out var c) ? c : -1;
        }

        return result;
    }
}
