using NetworkAnalysis.Application.Communities;
using NetworkAnalysis.Classification;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.Community;

namespace NetworkAnalysis.Application.Classification;

/// <summary>
/// Finds candidate groups in a network that declares none: community detection on the underworld
/// projection, with outside specialists kept apart so that they neither merge the groups they serve
/// nor join one of them.
/// </summary>
/// <remarks>
/// <para>Steps. (1) Project the underworld: offenders (persons and cells that are not upperworld, not
/// migrants or victims) with an undirected edge per pair weighted by the number of transactions.
/// (2) Set aside possible specialists: offenders whose underworld transactions are mostly services
/// (documents, laundering, debt collection, protection) or payments to them, or that declare only ancillary functions
/// (<see cref="GroupDiscoveryOptions.SpecialistServiceShare"/>). (3) Run Leiden or Louvain (modularity)
/// on the rest. (4) Search each large community again on its own and split off parts that are only
/// loosely attached (conductance at most <see cref="GroupDiscoveryOptions.SplitConductance"/>), because
/// modularity's resolution limit merges small groups in large networks; and merge back communities whose
/// transactions mostly go to other communities (<see cref="GroupDiscoveryOptions.MergeShare"/>), because
/// modularity also cuts large evenly connected groups into arbitrary parts. (5) A set-aside specialist
/// whose transactions fall mostly inside one community joins it (in-house); the others stay outside,
/// attached to every group they serve through their transactions, which the indicators read as
/// services bought. (6) Communities with fewer than <see cref="GroupDiscoveryOptions.MinimumSize"/>
/// members are dropped. Upperworld agents (businesses, officials) and people (migrants, victims) are
/// never members: the indicators attach them to each group they deal with.</para>
/// <para>Deterministic for a given seed. Time: one pass over the transactions plus the community detection.</para>
/// </remarks>
public static class GroupDiscovery
{
    private const int MaxSplitDepth = 4;

    /// <summary>The candidate groups of <paramref name="network"/>, ordered by their smallest agent index, with ids <c>detected-1</c>, <c>detected-2</c>, ...</summary>
    public static IReadOnlyList<CandidateGroup> Detect(TransactionNetwork network, GroupDiscoveryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= GroupDiscoveryOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumSize, 1);
        if (options.Method is not (CommunityMethod.Leiden or CommunityMethod.Louvain))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Method, "group discovery uses Leiden or Louvain");
        }

        var agents = network.Agents;
        var n = agents.Count;
        var offender = new bool[n];
        for (var a = 0; a < n; a++)
        {
            offender[a] = IsOffender(agents[a]);
        }

        // Transactions among offenders: per-agent totals and service counts, and the weighted pairs.
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        var total = new int[n];
        var service = new int[n];
        var full = new CsrGraphBuilder(n, directed: false, weighted: true, edgeCapacity: 1024);
        for (var t = 0; t < sources.Length; t++)
        {
            int s = sources[t], d = targets[t];
            if (s == d || !offender[s] || !offender[d])
            {
                continue;
            }

            full.AddEdge(s, d);
            total[s]++;
            total[d]++;
            var kind = network.Transactions[t].Kind;
            if (IsService(kind))
            {
                service[s]++;
                service[d]++;
            }
            else if (kind == TransactionKind.Payment)
            {
                service[d]++; // being paid by offenders is what a hired specialist is
            }
        }

        if (options.PeopleTies)
        {
            AddPeopleTies(network, offender, full, options.MaxPeopleTies);
        }

        var graph = WithoutStrayTies(full.Build(ParallelEdges.Sum), options.MinimumTies);
        var candidate = new bool[n];
        for (var a = 0; a < n; a++)
        {
            if (total[a] == 0)
            {
                continue;
            }

            var functions = agents[a].Functions;
            var ancillaryOnly = !functions.Intersect(AncillaryServices.All).IsEmpty && functions.Except(AncillaryServices.All).IsEmpty;
            candidate[a] = graph.Neighbors(a).Length >= 2
                && (ancillaryOnly || service[a] >= options.SpecialistServiceShare * total[a]);
        }

        var community = Communities(graph, offender, candidate, total, options, cancellationToken);
        if (options.MergeShare > 0)
        {
            MergeInterlocked(graph, community, options.MergeShare);
        }

        if (options.FragmentSize > 0)
        {
            AbsorbFragments(network, offender, community, options.MinimumSize, options.FragmentSize, options.FragmentShare);
        }

        AttachSpecialists(graph, candidate, community, options.AttachShare);

        var byCommunity = new Dictionary<int, List<int>>();
        for (var a = 0; a < n; a++)
        {
            if (community[a] < 0)
            {
                continue;
            }

            if (!byCommunity.TryGetValue(community[a], out var members))
            {
                byCommunity.Add(community[a], members = []);
            }

            members.Add(a);
        }

        var groups = byCommunity.Values
            .Where(m => m.Count >= options.MinimumSize)
            .OrderBy(m => m[0])
            .Select((m, i) => new CandidateGroup($"detected-{i + 1}", [.. m], GroupOrigin.Detected))
            .ToList();
        return groups;
    }

    /// <summary>True for an agent that can be a member of a detected group.</summary>
    internal static bool IsOffender(Agent agent) =>
        agent.Kind is not (AgentKind.Migrant or AgentKind.Victim or AgentKind.Business or AgentKind.Official)
        && agent.Sensitivity != Sensitivity.Victim
        && agent.Sphere == Sphere.Underworld;

    private static bool IsService(TransactionKind kind) =>
        kind is TransactionKind.Documents or TransactionKind.Laundering or TransactionKind.DebtCollection or TransactionKind.Protection;

    // Community of every agent (−1 for agents outside the detection), after the split pass.
    private static int[] Communities(CsrGraph graph, bool[] offender, bool[] candidate, int[] total, GroupDiscoveryOptions options, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var nodes = new List<int>();
        for (var a = 0; a < n; a++)
        {
            if (offender[a] && !candidate[a] && total[a] > 0)
            {
                nodes.Add(a);
            }
        }

        var community = new int[n];
        Array.Fill(community, -1);
        var next = 0;
        var stack = new Stack<(List<int> Nodes, int Depth)>();
        stack.Push((nodes, 0));
        while (stack.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (members, depth) = stack.Pop();
            var parts = Detect(graph, members, options);

            // The first run's partition stands; later runs only split off loosely attached parts.
            if (depth > 0)
            {
                parts = LooselyAttached(graph, members, parts, options.SplitConductance);
                if (parts.Count == 1)
                {
                    Assign(community, parts[0], next++);
                    continue;
                }
            }

            foreach (var part in parts)
            {
                if (depth < MaxSplitDepth && options.SplitConductance > 0 && part.Count >= 2 * options.MinimumSize)
                {
                    stack.Push((part, depth + 1));
                }
                else
                {
                    Assign(community, part, next++);
                }
            }
        }

        return community;
    }

    private static void Assign(int[] community, List<int> members, int id)
    {
        foreach (var a in members)
        {
            community[a] = id;
        }
    }

    // Runs the community detection on the subgraph induced by nodes; returns its parts (lists of agent indexes, ascending).
    private static List<List<int>> Detect(CsrGraph graph, List<int> nodes, GroupDiscoveryOptions options)
    {
        if (nodes.Count < 2)
        {
            return [nodes];
        }

        var local = new Dictionary<int, int>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            local.Add(nodes[i], i);
        }

        var builder = new CsrGraphBuilder(nodes.Count, directed: false, weighted: true);
        for (var i = 0; i < nodes.Count; i++)
        {
            var neighbors = graph.Neighbors(nodes[i]);
            var weights = graph.Weights(nodes[i]);
            for (var k = 0; k < neighbors.Length; k++)
            {
                if (neighbors[k] > nodes[i] && local.TryGetValue(neighbors[k], out var j))
                {
                    builder.AddEdge(i, j, weights[k]);
                }
            }
        }

        var sub = builder.Build();
        var membership = options.Method == CommunityMethod.Louvain
            ? Louvain.Compute(sub, new LouvainOptions(Resolution: options.Resolution, Seed: options.Seed, MaxDegreeOfParallelism: 1)).Membership
            : Leiden.Compute(sub, new LeidenOptions(Resolution: options.Resolution, Seed: options.Seed, MaxDegreeOfParallelism: 1)).Membership;
        var parts = new SortedDictionary<int, List<int>>();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!parts.TryGetValue(membership[i], out var part))
            {
                parts.Add(membership[i], part = []);
            }

            part.Add(nodes[i]);
        }

        return [.. parts.Values];
    }

    // Keeps as separate the parts whose conductance inside the parent is at most the threshold; merges the others back into one.
    private static List<List<int>> LooselyAttached(CsrGraph graph, List<int> parent, List<List<int>> parts, double threshold)
    {
        if (parts.Count < 2)
        {
            return [parent];
        }

        var partOf = new Dictionary<int, int>(parent.Count);
        for (var p = 0; p < parts.Count; p++)
        {
            foreach (var a in parts[p])
            {
                partOf.Add(a, p);
            }
        }

        var volume = new double[parts.Count];
        var cut = new double[parts.Count];
        double parentVolume = 0;
        foreach (var a in parent)
        {
            var p = partOf[a];
            var neighbors = graph.Neighbors(a);
            var weights = graph.Weights(a);
            for (var k = 0; k < neighbors.Length; k++)
            {
                if (!partOf.TryGetValue(neighbors[k], out var q))
                {
                    continue;
                }

                volume[p] += weights[k];
                parentVolume += weights[k];
                if (q != p)
                {
                    cut[p] += weights[k];
                }
            }
        }

        var kept = new List<List<int>>();
        var rest = new List<int>();
        for (var p = 0; p < parts.Count; p++)
        {
            var smaller = Math.Min(volume[p], parentVolume - volume[p]);
            var conductance = smaller > 0 ? cut[p] / smaller : 0;
            if (conductance <= threshold)
            {
                kept.Add(parts[p]);
            }
            else
            {
                rest.AddRange(parts[p]);
            }
        }

        if (rest.Count > 0)
        {
            rest.Sort();
            kept.Add(rest);
        }

        return kept.Count > 1 ? kept : [parent];
    }

    // Ties the offenders who deal with the same migrant or victim: one unit of weight per shared person.
    private static void AddPeopleTies(TransactionNetwork network, bool[] offender, CsrGraphBuilder builder, int maxTies)
    {
        var agents = network.Agents;
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        var handlers = new Dictionary<int, List<int>>();
        for (var t = 0; t < sources.Length; t++)
        {
            int s = sources[t], d = targets[t];
            int person, other;
            if (IsPerson(agents[s]) && offender[d])
            {
                (person, other) = (s, d);
            }
            else if (IsPerson(agents[d]) && offender[s])
            {
                (person, other) = (d, s);
            }
            else
            {
                continue;
            }

            if (!handlers.TryGetValue(person, out var list))
            {
                handlers.Add(person, list = []);
            }

            if (!list.Contains(other))
            {
                list.Add(other);
            }
        }

        foreach (var person in handlers.Keys.Order())
        {
            var list = handlers[person];
            if (list.Count < 2 || list.Count > maxTies)
            {
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    builder.AddEdge(list[i], list[j]);
                }
            }
        }
    }

    private static bool IsPerson(Agent agent) =>
        agent.Kind is AgentKind.Migrant or AgentKind.Victim || agent.Sensitivity == Sensitivity.Victim;

    // Drops the pairs with fewer than minimumTies transactions (the weights are transaction counts).
    private static CsrGraph WithoutStrayTies(CsrGraph graph, int minimumTies)
    {
        if (minimumTies <= 1)
        {
            return graph;
        }

        var builder = new CsrGraphBuilder(graph.NodeCount, directed: false, weighted: true, edgeCapacity: Math.Max(16, graph.EdgeCount));
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            if (graph.EdgeWeight(e) >= minimumTies)
            {
                builder.AddEdge(graph.EdgeSource(e), graph.EdgeTarget(e), graph.EdgeWeight(e));
            }
        }

        return builder.Build();
    }

    // Merges a community whose weight mostly leaves it (external share at least mergeShare of its volume)
    // into the neighbour community it deals with most; the most open community first, until none is left.
    private static void MergeInterlocked(CsrGraph graph, int[] community, double mergeShare)
    {
        while (true)
        {
            var volume = new Dictionary<int, double>();
            var external = new Dictionary<int, double>();
            var between = new Dictionary<(int, int), double>();
            for (var a = 0; a < community.Length; a++)
            {
                var ca = community[a];
                if (ca < 0)
                {
                    continue;
                }

                var neighbors = graph.Neighbors(a);
                var weights = graph.Weights(a);
                for (var k = 0; k < neighbors.Length; k++)
                {
                    var cb = community[neighbors[k]];
                    if (cb < 0)
                    {
                        continue;
                    }

                    volume[ca] = volume.GetValueOrDefault(ca) + weights[k];
                    if (ca != cb)
                    {
                        external[ca] = external.GetValueOrDefault(ca) + weights[k];
                        between[(ca, cb)] = between.GetValueOrDefault((ca, cb)) + weights[k];
                    }
                }
            }

            var open = -1;
            var openShare = 0.0;
            foreach (var (c, w) in external)
            {
                var share = w / volume[c];
                if (share >= mergeShare && (share > openShare || (share == openShare && c < open)))
                {
                    open = c;
                    openShare = share;
                }
            }

            if (open < 0)
            {
                return;
            }

            var into = -1;
            var intoWeight = 0.0;
            foreach (var ((x, y), w) in between)
            {
                if (x == open && (w > intoWeight || (w == intoWeight && y < into)))
                {
                    into = y;
                    intoWeight = w;
                }
            }

            for (var a = 0; a < community.Length; a++)
            {
                if (community[a] == open)
                {
                    community[a] = into;
                }
            }
        }
    }

    // A community of fewer than fragmentSize members (and at least minimumSize: a lone agent with stray
    // contacts is not a group's cell) that has no migrant or victim of its own (every
    // person it deals with also deals with another community) and whose transactions with other
    // communities' offenders (the single ones too) go mostly (fragmentShare) and at least twice to one
    // larger community is a cell of it cut off by the detection: it joins it. Smallest first.
    private static void AbsorbFragments(TransactionNetwork network, bool[] offender, int[] community, int minimumSize, int fragmentSize, double fragmentShare)
    {
        var size = new Dictionary<int, int>();
        foreach (var c in community)
        {
            if (c >= 0)
            {
                size[c] = size.GetValueOrDefault(c) + 1;
            }
        }

        var fragments = size.Where(kv => kv.Value >= minimumSize && kv.Value < fragmentSize).OrderBy(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => kv.Key).ToList();
        if (fragments.Count == 0)
        {
            return;
        }

        // The one community each person deals with (−2 when several): a community's own people.
        var agents = network.Agents;
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        var personCommunity = new Dictionary<int, int>();
        var between = new Dictionary<int, Dictionary<int, double>>();
        for (var t = 0; t < sources.Length; t++)
        {
            int s = sources[t], d = targets[t];
            if (IsPerson(agents[s]) || IsPerson(agents[d]))
            {
                var (person, other) = IsPerson(agents[s]) ? (s, d) : (d, s);
                if (community[other] >= 0)
                {
                    personCommunity[person] = personCommunity.TryGetValue(person, out var seen) && seen != community[other] ? -2 : community[other];
                }
            }
            else if (offender[s] && offender[d] && community[s] >= 0 && community[d] >= 0 && community[s] != community[d])
            {
                AddBetween(between, community[s], community[d]);
                AddBetween(between, community[d], community[s]);
            }
        }

        var ownPeople = new HashSet<int>();
        foreach (var c in personCommunity.Values)
        {
            ownPeople.Add(c);
        }

        foreach (var fragment in fragments)
        {
            if (ownPeople.Contains(fragment) || !between.TryGetValue(fragment, out var weightTo))
            {
                continue;
            }

            // Only a larger community can be the group the cell was cut from.
            var (best, bestWeight) = Heaviest(weightTo, c => size[c] > size[fragment]);
            if (best < 0 || bestWeight < 2 || bestWeight < fragmentShare * weightTo.Values.Sum())
            {
                continue;
            }

            size[best] += size[fragment];

            for (var a = 0; a < community.Length; a++)
            {
                if (community[a] == fragment)
                {
                    community[a] = best;
                }
            }

            // What the fragment dealt with is now the community's.
            foreach (var (c, w) in weightTo)
            {
                if (c != best)
                {
                    AddBetween(between, best, c, w);
                    AddBetween(between, c, best, w);
                }

                between[c].Remove(fragment);
            }
        }
    }

    private static void AddBetween(Dictionary<int, Dictionary<int, double>> between, int from, int to, double weight = 1)
    {
        if (!between.TryGetValue(from, out var row))
        {
            between.Add(from, row = []);
        }

        row[to] = row.GetValueOrDefault(to) + weight;
    }

    // The key with the largest weight (the smallest key among ties) among those allowed, or (−1, 0) when none.
    private static (int Key, double Weight) Heaviest(Dictionary<int, double> weights, Func<int, bool>? allowed = null)
    {
        var best = -1;
        double bestWeight = 0;
        foreach (var (c, w) in weights)
        {
            if (allowed is not null && !allowed(c))
            {
                continue;
            }

            if (w > bestWeight || (w == bestWeight && c < best))
            {
                best = c;
                bestWeight = w;
            }
        }

        return (best, bestWeight);
    }

    private static void AttachSpecialists(CsrGraph graph, bool[] candidate, int[] community, double attachShare)
    {
        var weightTo = new Dictionary<int, double>();
        for (var a = 0; a < candidate.Length; a++)
        {
            if (!candidate[a])
            {
                continue;
            }

            weightTo.Clear();
            double all = 0;
            var neighbors = graph.Neighbors(a);
            var weights = graph.Weights(a);
            for (var k = 0; k < neighbors.Length; k++)
            {
                all += weights[k];
                var c = candidate[neighbors[k]] ? -1 : community[neighbors[k]];
                if (c >= 0)
                {
                    weightTo[c] = weightTo.GetValueOrDefault(c) + weights[k];
                }
            }

            var (best, bestWeight) = Heaviest(weightTo);
            if (best >= 0 && bestWeight >= attachShare * all)
            {
                community[a] = best;
            }
        }
    }
}
