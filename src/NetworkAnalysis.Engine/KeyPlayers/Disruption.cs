using System.Numerics;

namespace NetworkAnalysis.Engine.KeyPlayers;

/// <summary>
/// A disruption simulation: removes nodes one at a time by a strategy, optionally lets the network recover,
/// and records after each step the largest component, the fragmentation, the efficiency and which skills
/// (functions) are still covered.
/// </summary>
/// <remarks>
/// <para><b>Model.</b> The network is taken as undirected (a tie either way connects), without self-loops or
/// parallel ties. Each step recomputes the strategy's ranking on the current network (ties: lowest index),
/// removes the chosen node and its ties. With recovery, the removed node's remaining contact sharing most
/// skills with it (then highest degree, then lowest index) takes over all its other ties, as in the
/// replacement model of P. A. C. Duijn, V. Kashirin and P. M. A. Sloot (2014), "The relative ineffectiveness
/// of criminal network disruption", Scientific Reports 4: 4238; if no contact shares a skill, nothing
/// recovers. Efficiency is <c>E = Σ_{i≠j} 1/d_ij / (n (n − 1))</c> over the remaining n nodes (Latora and
/// Marchiori 2001), so it can rise after a removal, as Duijn et al. observed.</para>
/// <para><b>Skills</b> are bit masks per node (for example the functions an agent performs); pass an empty
/// span when there are none (the skill strategy and recovery then do nothing useful).</para>
/// <para><b>Cost.</b> Per step O(n + m) for the choice (one articulation pass for <see cref="DisruptionStrategy.KeyPlayer"/>,
/// O(n m) for <see cref="DisruptionStrategy.Betweenness"/>),
/// plus O(n (n + m) / 256) word operations when efficiency is computed (multi-source BFS). Deterministic at
/// any thread count.</para>
/// </remarks>
public static class Disruption
{
    /// <summary>Runs the simulation.</summary>
    /// <param name="graph">The network (direction and weights ignored).</param>
    /// <param name="skills">Skill bits per node, or empty.</param>
    /// <param name="options">Strategy, number of steps, recovery, efficiency.</param>
    /// <param name="cancellationToken">Checked once per step and per efficiency BFS.</param>
    /// <param name="progress">Receives the fraction of steps done after each step; optional.</param>
    /// <returns>The intact network (step 0) and the state after each removal.</returns>
    public static IReadOnlyList<DisruptionStep> Simulate(CsrGraph graph, ReadOnlySpan<uint> skills = default, DisruptionOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= DisruptionOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.Steps);
        var n = graph.NodeCount;
        if (!skills.IsEmpty && skills.Length != n)
        {
            throw new ArgumentException("skills must have one entry per node", nameof(skills));
        }

        var skill = skills.IsEmpty ? new uint[n] : skills.ToArray();
        if (options.EfficiencySamples is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.EfficiencySamples, "the efficiency sample size must be at least 1");
        }

        var first = CheckRemoveFirst(options.RemoveFirst, n);
        var net = new LiveNetwork(graph);
        var pivotOrder = options.EfficiencySamples is null ? null : Centrality.SourceSample.Order(n, options.EfficiencySeed);
        var steps = new List<DisruptionStep> { Measure(net, skill, 0, -1, -1, 0, options, pivotOrder, cancellationToken) };
        var count = Math.Min(Math.Max(options.Steps, first.Length), n);
        for (var step = 1; step <= count; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var victim = step <= first.Length ? first[step - 1] : Choose(net, skill, options, cancellationToken);
            var contacts = net.Remove(victim);
            int replacement = -1, added = 0;
            if (options.Recovery && skill[victim] != 0)
            {
                replacement = ChooseReplacement(net, skill, victim, contacts);
                if (replacement >= 0)
                {
                    foreach (var w in contacts)
                    {
                        if (w != replacement && net.Connect(replacement, w))
                        {
                            added++;
                        }
                    }
                }
            }

            steps.Add(Measure(net, skill, step, victim, replacement, added, options, pivotOrder, cancellationToken));
            progress?.Report(step / (double)count);
        }

        return steps;
    }

    private static int[] CheckRemoveFirst(IReadOnlyList<int>? nodes, int n)
    {
        if (nodes is null || nodes.Count == 0)
        {
            return [];
        }

        var seen = new bool[n];
        var result = new int[nodes.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var v = nodes[i];
            if ((uint)v >= (uint)n || seen[v])
            {
                throw new ArgumentException($"RemoveFirst[{i}] = {v} is out of range or repeated", nameof(nodes));
            }

            seen[v] = true;
            result[i] = v;
        }

        return result;
    }

    private static int Choose(LiveNetwork net, uint[] skill, DisruptionOptions options, CancellationToken ct)
    {
        var n = net.NodeCount;
        switch (options.Strategy)
        {
            case DisruptionStrategy.Betweenness:
            {
                var scores = Centrality.Betweenness.Compute(
                    net.ToGraph(),
                    new Centrality.BetweennessOptions { Normalized = false, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism },
                    ct);
                var best = -1;
                for (var v = 0; v < n; v++)
                {
                    if (!net.Removed[v] && (best < 0 || scores[v] > scores[best]))
                    {
                        best = v;
                    }
                }

                return best;
            }

            case DisruptionStrategy.KeyPlayer:
            {
                var graph = net.ToGraph();
                var after = new long[n];
                new CutScan(n).Run(graph, net.Removed, after, out _);
                var best = -1;
                for (var v = 0; v < n; v++)
                {
                    if (!net.Removed[v] && (best < 0 || after[v] < after[best]))
                    {
                        best = v;
                    }
                }

                return best;
            }

            case DisruptionStrategy.Skill:
            {
                var holders = new int[32];
                for (var v = 0; v < n; v++)
                {
                    if (!net.Removed[v])
                    {
                        for (var bits = skill[v]; bits != 0; bits &= bits - 1)
                        {
                            holders[BitOperations.TrailingZeroCount(bits)]++;
                        }
                    }
                }

                var best = -1;
                var bestScore = -1.0;
                for (var v = 0; v < n; v++)
                {
                    if (net.Removed[v])
                    {
                        continue;
                    }

                    double score = 0;
                    for (var bits = skill[v]; bits != 0; bits &= bits - 1)
                    {
                        score += 1.0 / holders[BitOperations.TrailingZeroCount(bits)];
                    }

                    if (best < 0 || score > bestScore || (score == bestScore && net.Degree(v) > net.Degree(best)))
                    {
                        best = v;
                        bestScore = score;
                    }
                }

                return best;
            }

            default:
            {
                var best = -1;
                for (var v = 0; v < n; v++)
                {
                    if (!net.Removed[v] && (best < 0 || net.Degree(v) > net.Degree(best)))
                    {
                        best = v;
                    }
                }

                return best;
            }
        }
    }

    private static int ChooseReplacement(LiveNetwork net, uint[] skill, int victim, List<int> contacts)
    {
        var best = -1;
        var bestShared = 0;
        foreach (var u in contacts)
        {
            var shared = BitOperations.PopCount(skill[u] & skill[victim]);
            if (shared == 0)
            {
                continue;
            }

            if (best < 0 || shared > bestShared
                || (shared == bestShared && (net.Degree(u) > net.Degree(best) || (net.Degree(u) == net.Degree(best) && u < best))))
            {
                best = u;
                bestShared = shared;
            }
        }

        return best;
    }

    private static DisruptionStep Measure(LiveNetwork net, uint[] skill, int step, int removed, int replacement, int added, DisruptionOptions options,
        int[]? pivotOrder, CancellationToken ct)
    {
        var graph = net.ToGraph();
        var n = graph.NodeCount;
        var scan = new CutScan(n);
        var pairs = scan.Run(graph, net.Removed, new long[n], out var largest);
        var remaining = net.Remaining;
        uint covered = 0;
        for (var v = 0; v < n; v++)
        {
            if (!net.Removed[v])
            {
                covered |= skill[v];
            }
        }

        var efficiency = double.NaN;
        if (options.ComputeEfficiency && remaining >= 2 && pivotOrder is not null && options.EfficiencySamples < remaining)
        {
            efficiency = SampledEfficiency(graph, net.Removed, remaining, pivotOrder, options.EfficiencySamples.Value, options.MaxDegreeOfParallelism, ct);
        }
        else if (options.ComputeEfficiency && remaining >= 2)
        {
            // Bit-parallel BFS from 256 sources at a time (removed nodes are isolated in the live graph).
            var totals = Paths.AllDistances.Unit(n, graph.OffsetArray, graph.TargetArray, null, null, options.MaxDegreeOfParallelism, ct);
            double sum = 0;
            for (var v = 0; v < n; v++)
            {
                sum += totals.InverseDistanceSum[v];
            }

            efficiency = sum / ((double)remaining * (remaining - 1));
        }

        return new DisruptionStep(step, removed, replacement, added, remaining, largest, Fragmentation.FromPairs(pairs, remaining), efficiency, covered);
    }

    /// <summary>The mean over the first <paramref name="k"/> remaining nodes of <paramref name="order"/> of Σ_v 1/d(u, v)/(r − 1).</summary>
    private static double SampledEfficiency(CsrGraph graph, bool[] removed, int remaining, int[] order, int k, int threads, CancellationToken ct)
    {
        var pivots = new int[k];
        var count = 0;
        for (var i = 0; i < order.Length && count < k; i++)
        {
            if (!removed[order[i]])
            {
                pivots[count++] = order[i];
            }
        }

        Array.Sort(pivots);
        var sums = Paths.PivotDistances.Unit(graph.NodeCount, graph.OffsetArray, graph.TargetArray, null, null, pivots, threads, ct, null);
        double total = 0;
        foreach (var value in sums)
        {
            total += value;
        }

        return total / ((double)k * (remaining - 1));
    }

    /// <summary>An undirected simple network that loses nodes and gains ties.</summary>
    private sealed class LiveNetwork
    {
        private readonly List<int>[] _adjacency;

        public LiveNetwork(CsrGraph graph)
        {
            var n = graph.NodeCount;
            _adjacency = new List<int>[n];
            for (var v = 0; v < n; v++)
            {
                // Merge the sorted out- and in-lists, dropping duplicates and self-loops.
                var outs = graph.Neighbors(v);
                var ins = graph.IsDirected ? graph.InNeighbors(v) : ReadOnlySpan<int>.Empty;
                var list = new List<int>(outs.Length + ins.Length);
                int a = 0, b = 0;
                while (a < outs.Length || b < ins.Length)
                {
                    var w = b >= ins.Length || (a < outs.Length && outs[a] <= ins[b]) ? outs[a++] : ins[b++];
                    if (w != v && (list.Count == 0 || list[^1] != w))
                    {
                        list.Add(w);
                    }
                }

                _adjacency[v] = list;
            }

            Removed = new bool[n];
            Remaining = n;
        }

        public int NodeCount => _adjacency.Length;

        public bool[] Removed { get; }

        public int Remaining { get; private set; }

        public int Degree(int v) => _adjacency[v].Count;

        /// <summary>Removes <paramref name="v"/> and returns its former contacts (ascending).</summary>
        public List<int> Remove(int v)
        {
            var contacts = _adjacency[v];
            foreach (var w in contacts)
            {
                _adjacency[w].Remove(v);
            }

            _adjacency[v] = [];
            Removed[v] = true;
            Remaining--;
            return contacts;
        }

        /// <summary>Adds the tie u–w unless it exists; true when added.</summary>
        public bool Connect(int u, int w)
        {
            var at = _adjacency[u].BinarySearch(w);
            if (at >= 0)
            {
                return false;
            }

            _adjacency[u].Insert(~at, w);
            var back = _adjacency[w].BinarySearch(u);
            _adjacency[w].Insert(~back, u);
            return true;
        }

        public CsrGraph ToGraph()
        {
            var builder = new CsrGraphBuilder(NodeCount, directed: false);
            for (var v = 0; v < NodeCount; v++)
            {
                foreach (var w in _adjacency[v])
                {
                    if (v < w)
                    {
                        builder.AddEdge(v, w);
                    }
                }
            }

            return builder.Build();
        }
    }
}
