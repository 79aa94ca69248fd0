using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.Paths;
using NetworkAnalysis.Engine.Traversal;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>
/// Upperworld links: every business or official tied to the underworld, with the transactions and
/// amounts; the shortest and strongest paths from each to each group's core; an exposure ranking; and the
/// underworld agents that hold those links (corruption gateways).
/// </summary>
/// <remarks>
/// <para>Upperworld and underworld are the agents' <see cref="Sphere"/>s. A group's core is its members in
/// the innermost k-core of the ties among members (Seidman 1983). Paths ignore direction and run over
/// transactions of every kind the projection keeps; the strongest path minimises Σ 1 / (transactions on the
/// tie), so it follows the ties used most. Exposure of an upperworld agent = Σ over groups of 1 / (d + 1),
/// d the hops to the group's core within <see cref="UpperworldOptions.MaxHops"/>: 1 for a core member, ½ for
/// a direct contact of the core, and so on; ties in the ranking go to the agent with more direct underworld
/// transactions, then input order.</para>
/// <para>Cost: one bounded BFS per group core, plus one bounded Dijkstra per (ranked agent, group reached) listed.</para>
/// </remarks>
public static class UpperworldAnalysis
{
    /// <summary>Finds the upperworld links.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Hop, result and time limits; transaction filter.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <exception cref="TimeoutException">The time limit was reached.</exception>
    /// <param name="progress">Receives the progress (optional).</param>
    public static UpperworldReport Analyze(TransactionNetwork network, UpperworldOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= UpperworldOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxHops);
        return Deadline.Run("upperworld", options.TimeLimit, cancellationToken, progress, (ct, _) => Run(network, options, ct));
    }

    private static UpperworldReport Run(TransactionNetwork network, UpperworldOptions options, CancellationToken ct)
    {
        var agents = network.Agents;
        var n = agents.Count;
        var truncated = false;

        // Node i is agent i (every agent kept).
        var graph = NetworkProjection.Project(network, Projection(options)).Graph;

        var (links, exposureByAgent, gateways) = DirectLinks(network, options, ct);
        var cores = GroupCores.Compute(network, graph);
        var coreGroups = new List<int>?[n];
        for (var g = 0; g < cores.Length; g++)
        {
            foreach (var m in cores[g])
            {
                (coreGroups[m] ??= []).Add(g);
            }
        }

        // Exposure: one bounded BFS from each group's core (ties are undirected, so its distance to an agent is
        // the agent's distance to the core), keeping for every upperworld agent reached its path to the core.
        var upper = new List<int>();
        for (var a = 0; a < n; a++)
        {
            if (agents[a].Sphere == Sphere.Upperworld)
            {
                upper.Add(a);
            }
        }

        var score = new double[n];
        var reached = new int[n];
        var shortest = new Dictionary<(int Agent, int Group), int[]>();
        for (var g = 0; g < cores.Length; g++)
        {
            ct.ThrowIfCancellationRequested();
            if (cores[g].Length == 0)
            {
                continue;
            }

            var bfs = Bfs.Run(graph, cores[g], Direction.All, options.MaxHops, ct);
            foreach (var a in upper)
            {
                var d = bfs.Distances[a];
                if (d < 0)
                {
                    continue;
                }

                score[a] += 1.0 / (d + 1);
                reached[a]++;
                var back = bfs.PathTo(a);
                Array.Reverse(back);
                shortest[(a, g)] = back;
            }
        }

        var ranked = upper
            .Where(a => reached[a] > 0 || exposureByAgent.ContainsKey(a))
            .OrderByDescending(a => score[a])
            .ThenByDescending(a => exposureByAgent.TryGetValue(a, out var e) ? e.Transactions : 0)
            .ThenBy(a => a)
            .ToList();
        if (ranked.Count > options.MaxResults)
        {
            truncated = true;
            ranked = ranked.Take(options.MaxResults).ToList();
        }

        var exposure = new List<UpperworldExposure>();
        var paths = new List<CorePath>();
        var strongest = new ShortestPathOptions { Length = EdgeLength.InverseWeight, Direction = Direction.All, MaxHops = options.MaxHops };
        var coreMask = new bool[n];
        foreach (var agent in ranked)
        {
            var direct = exposureByAgent.TryGetValue(agent, out var e) ? e : new DirectTotals();
            exposure.Add(new UpperworldExposure(exposure.Count + 1, agents[agent].Id, agents[agent].Kind, score[agent], reached[agent], direct.Contacts.Count, direct.Transactions, direct.Amounts));
            for (var g = 0; g < cores.Length; g++)
            {
                if (!shortest.TryGetValue((agent, g), out var path))
                {
                    continue;
                }

                if (paths.Count >= options.MaxResults)
                {
                    truncated = true;
                    break;
                }

                ct.ThrowIfCancellationRequested();
                foreach (var m in cores[g])
                {
                    coreMask[m] = true;
                }

                var strong = ShortestPath.FindToAny(graph, agent, coreMask, strongest, ct);
                foreach (var m in cores[g])
                {
                    coreMask[m] = false;
                }

                paths.Add(new CorePath(
                    agents[agent].Id,
                    network.Groups[g].Id,
                    path.Select(v => agents[v].Id).ToArray(),
                    strong is null ? [] : strong.Nodes.Select(v => agents[v].Id).ToArray(),
                    strong?.Length ?? double.PositiveInfinity));
            }
        }

        if (links.Count > options.MaxResults)
        {
            truncated = true;
            links = links.Take(options.MaxResults).ToList();
        }

        if (gateways.Count > options.MaxResults)
        {
            truncated = true;
            gateways = gateways.Take(options.MaxResults).ToList();
        }

        return new UpperworldReport(links, exposure, paths, gateways, truncated);
    }

    private static ProjectionOptions Projection(UpperworldOptions options) => new()
    {
        TransactionKinds = options.TransactionKinds,
        From = options.From,
        To = options.To,
        Directed = false,
        KeepSelfLoops = false,
        KeepIsolated = true,
        Aggregation = EdgeAggregation.Count,
    };

    private sealed class DirectTotals
    {
        public HashSet<int> Contacts { get; } = [];

        public int Transactions { get; set; }

        public List<MoneyAmount> Amounts { get; } = [];

        public SortedSet<TransactionKind> Kinds { get; } = [];
    }

    private static (List<UpperworldLink> Links, Dictionary<int, DirectTotals> Upper, List<CorruptionGateway> Gateways) DirectLinks(
        TransactionNetwork network, UpperworldOptions options, CancellationToken ct)
    {
        var agents = network.Agents;
        var filter = new TransactionFilter(Projection(options));
        var transactions = network.Transactions;
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        var groups = new Dictionary<(int Upper, int Under, TransactionKind Kind, bool FromUpper), LinkAccumulator>();
        var upper = new Dictionary<int, DirectTotals>();
        var under = new Dictionary<int, DirectTotals>();
        for (var t = 0; t < transactions.Count; t++)
        {
            if ((t & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            int s = sources[t], d = targets[t];
            var sa = agents[s];
            var da = agents[d];
            bool fromUpper;
            if (sa.Sphere == Sphere.Upperworld && da.Sphere == Sphere.Underworld)
            {
                fromUpper = true;
            }
            else if (sa.Sphere == Sphere.Underworld && da.Sphere == Sphere.Upperworld)
            {
                fromUpper = false;
            }
            else
            {
                continue;
            }

            var tx = transactions[t];
            if (!filter.Keep(tx, sa, da))
            {
                continue;
            }

            var (u, w) = fromUpper ? (s, d) : (d, s);
            var key = (u, w, tx.Kind, fromUpper);
            if (!groups.TryGetValue(key, out var acc))
            {
                acc = new LinkAccumulator();
                groups.Add(key, acc);
            }

            acc.Add(tx, t, options.MaxExamples);
            Count(upper, u, w, tx);
            Count(under, w, u, tx);
        }

        var links = groups
            .OrderBy(kv => kv.Key.Upper).ThenBy(kv => kv.Key.Under).ThenBy(kv => kv.Key.Kind).ThenBy(kv => kv.Key.FromUpper)
            .Select(kv => new UpperworldLink(
                agents[kv.Key.Upper].Id,
                agents[kv.Key.Upper].Kind,
                agents[kv.Key.Under].Id,
                kv.Key.Kind,
                kv.Key.FromUpper,
                kv.Value.Transactions,
                kv.Value.Amounts,
                kv.Value.First,
                kv.Value.Last,
                kv.Value.Examples))
            .ToList();
        var gateways = under
            .OrderByDescending(kv => kv.Value.Contacts.Count).ThenByDescending(kv => kv.Value.Transactions).ThenBy(kv => kv.Key)
            .Select(kv => new CorruptionGateway(
                agents[kv.Key].Id,
                agents[kv.Key].Groups,
                kv.Value.Contacts.Count,
                kv.Value.Transactions,
                kv.Value.Amounts,
                kv.Value.Kinds.ToArray()))
            .ToList();
        return (links, upper, gateways);

        static void Count(Dictionary<int, DirectTotals> totals, int agent, int other, Transaction tx)
        {
            if (!totals.TryGetValue(agent, out var x))
            {
                x = new DirectTotals();
                totals.Add(agent, x);
            }

            x.Contacts.Add(other);
            x.Transactions++;
            x.Kinds.Add(tx.Kind);
            if (tx.Amount is { } amount)
            {
                MoneyAmount.Add(x.Amounts, tx.Currency, amount);
            }
        }
    }

    private sealed class LinkAccumulator
    {
        public int Transactions { get; private set; }

        public List<MoneyAmount> Amounts { get; } = [];

        public DateTimeOffset? First { get; private set; }

        public DateTimeOffset? Last { get; private set; }

        public List<string> Examples { get; } = [];

        public void Add(Transaction tx, int index, int maxExamples)
        {
            Transactions++;
            if (tx.Amount is { } amount)
            {
                MoneyAmount.Add(Amounts, tx.Currency, amount);
            }

            if (tx.Time is { } time)
            {
                First = First is null || time < First ? time : First;
                Last = Last is null || time > Last ? time : Last;
            }

            if (Examples.Count < maxExamples)
            {
                Examples.Add(tx.Id ?? $"#{index + 1}");
            }
        }
    }
}
