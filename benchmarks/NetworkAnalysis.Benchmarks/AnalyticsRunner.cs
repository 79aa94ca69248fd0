using System.Diagnostics;
using System.Globalization;
using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine.KeyPlayers;
using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Benchmarks;

/// <summary>
/// Timings of the analytics against the targets: KPP-Neg with k = 10 on 10,000 agents (&lt; 10 s); a
/// 3-hop ego network and a shortest path on a projected 1,000,000-transaction dataset (&lt; 10 ms each); a
/// money trace over 1,000,000 transactions (&lt; 1 s). Builds seeded random transaction networks (uniform
/// endpoints; 80% money transactions with times and amounts) so it needs no data files.
/// <c>dotnet run -c Release --project benchmarks/NetworkAnalysis.Benchmarks -- analytics [transactions] [agents]</c>
/// </summary>
internal static class AnalyticsRunner
{
    public static int Run(string[] args)
    {
        var transactions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var agents = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        Console.WriteLine($"# analytics runner: {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        // KPP-Neg on a 10,000-agent network with 30,000 transactions (mean degree 6).
        var small = RandomNetwork(10_000, 30_000, seed: 1);
        var smallGraph = NetworkProjection.Project(small).Graph;
        Report("kpp-neg greedy k=10, 10k agents (beam 1, no local search)", Time(3, () => KeyPlayerFragmentation.Find(smallGraph, 10, new KeyPlayerFragmentationOptions { BeamWidth = 1, LocalSearch = false })));
        Report("kpp-neg default k=10, 10k agents (beam 10 + local search)", Time(3, () => KeyPlayerFragmentation.Find(smallGraph, 10)));
        Report("keyplayers analysis k=10, 10k agents (projection included)", Time(3, () => KeyPlayerAnalysis.FindFragmenting(small, new KeyPlayerOptions { Count = 10 })));

        // The netan analyze sections on a generated case.
        var generated = NetworkAnalysis.Synthetic.CaseGenerator.Generate(new NetworkAnalysis.Synthetic.CaseGeneratorOptions { Groups = 20, Seed = 3 });
        Console.WriteLine($"generated case: {generated.AgentCount:N0} agents, {generated.TransactionCount:N0} transactions, {generated.GroupCount} groups");
        Report("analyze sections (functions, brokers, upperworld, key players, disruption)", Time(3, () => AnalyticsReport.Sections(generated, IdentityProtection.Default)));
        Report("  functions", Time(3, () => FunctionAnalysis.Analyze(generated)));
        Report("  brokers (top 10)", Time(3, () => BrokerageAnalysis.Analyze(generated, new BrokerageOptions { MaxResults = 10 })));
        Report("  upperworld (50 rows)", Time(3, () => UpperworldAnalysis.Analyze(generated, new UpperworldOptions { MaxResults = 50 })));
        Report("  disruption, 10 steps with efficiency", Time(3, () => DisruptionAnalysis.Simulate(generated)));

        // The large dataset.
        var build = Stopwatch.StartNew();
        var network = RandomNetwork(agents, transactions, seed: 2);
        Console.WriteLine($"built {transactions:N0} transactions among {agents:N0} agents in {build.Elapsed.TotalSeconds:F1} s");
        var projectTime = Stopwatch.StartNew();
        var projected = NetworkProjection.Project(network);
        Console.WriteLine($"projected in {projectTime.Elapsed.TotalMilliseconds:F0} ms: {projected.Graph.NodeCount:N0} nodes, {projected.Graph.EdgeCount:N0} edges");

        var rng = new Random(3);
        var ids = network.Agents;
        string Pick() => ids[rng.Next(ids.Count)].Id;
        var egoSizes = new List<int>();
        Report("ego 3 hops (projected, up to 500 agents)", Time(50, () => egoSizes.Add(EgoNetworkAnalysis.Extract(projected, Pick(), new EgoQueryOptions { MaxHops = 3 }).Members.Count)));
        Report("ego 3 hops (projected, up to 100,000 agents)", Time(20, () => egoSizes.Add(EgoNetworkAnalysis.Extract(projected, Pick(), new EgoQueryOptions { MaxHops = 3, MaxResults = 100_000, MaxTies = 1 }).Members.Count)));
        Console.WriteLine($"  ego sizes: median {egoSizes.Order().ElementAt(egoSizes.Count / 2):N0}");
        Report("shortest path, fewest hops (projected)", Time(50, () => PathAnalysis.Find(projected, Pick(), Pick())));
        Report("shortest path, strongest (projected, Dijkstra)", Time(20, () => PathAnalysis.Find(projected, Pick(), Pick(), new PathQueryOptions { Length = EdgeLength.InverseWeight, MaxHops = 20 })));
        Report("3 shortest paths, Yen (projected)", Time(10, () => PathAnalysis.Find(projected, Pick(), Pick(), new PathQueryOptions { Count = 3 })));

        var cold = Stopwatch.StartNew();
        MoneyAnalysis.Trace(network, Pick());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"money trace forward, first call on the dataset (builds the time-ordered money edges): {cold.Elapsed.TotalMilliseconds:F2} ms (1 run)"));
        Report("  part: time-ordered money edges, built without cache", Time(5, () => TimedTransactions.BuildUncached(network, AnalysisDefaults.MoneyKinds, null, true)));
        var edges = TimedTransactions.BuildUncached(network, AnalysisDefaults.MoneyKinds, null, true).Edges;
        Report("  part: engine money flow only", Time(5, () => NetworkAnalysis.Engine.Temporal.MoneyFlow.Trace(edges, rng.Next(agents))));
        Report("  part: engine ego 3 hops only (no limit)", Time(20, () => EgoNetwork.Extract(projected.Graph, rng.Next(agents), new EgoNetworkOptions { MaxHops = 3, MaxNodes = 100_000 })));
        var traced = 0;
        Report("money trace forward, 5 hops (edges cached)", Time(10, () => traced = MoneyAnalysis.Trace(network, Pick(), new MoneyTraceOptions { MaxResults = 1_000 }).Agents.Count));
        Console.WriteLine($"  agents reached in the last trace: {traced:N0}");
        Report("money trace backward, 5 hops (edges cached)", Time(10, () => MoneyAnalysis.Trace(network, Pick(), new MoneyTraceOptions { Direction = TraceDirection.Backward })));
        Report("time-respecting path, 6 hops", Time(5, () => PathAnalysis.FindTimeRespecting(network, Pick(), Pick())));
        return 0;
    }

    private static TransactionNetwork RandomNetwork(int agents, int transactions, int seed)
    {
        var rng = new Random(seed);
        var builder = new TransactionNetworkBuilder();
        for (var a = 0; a < agents; a++)
        {
            builder.AddAgent(new Agent("a" + a.ToString(CultureInfo.InvariantCulture), a % 50 == 0 ? AgentKind.Business : AgentKind.Person));
        }

        var start = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
        TransactionKind[] money = [TransactionKind.Payment, TransactionKind.Fee, TransactionKind.Bribe, TransactionKind.Laundering];
        for (var t = 0; t < transactions; t++)
        {
            var s = rng.Next(agents);
            var d = rng.Next(agents);
            var isMoney = rng.NextDouble() < 0.8;
            builder.AddTransaction(new Transaction("a" + s.ToString(CultureInfo.InvariantCulture), "a" + d.ToString(CultureInfo.InvariantCulture), isMoney ? money[rng.Next(4)] : TransactionKind.Communication)
            {
                Time = start.AddMinutes(rng.Next(525_600)),
                Amount = isMoney ? rng.Next(100, 20_000) : null,
                Currency = isMoney ? "EUR" : null,
            });
        }

        return builder.Build();
    }

    private static double[] Time(int runs, Action action)
    {
        action();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times[i] = sw.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times;
    }

    private static void Report(string what, double[] times) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: median {times[times.Length / 2]:F2} ms, min {times[0]:F2}, max {times[^1]:F2} ({times.Length} runs)"));
}
