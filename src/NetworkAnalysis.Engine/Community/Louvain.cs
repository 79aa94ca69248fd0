namespace NetworkAnalysis.Engine.Community;

/// <summary>
/// Louvain community detection (Blondel, Guillaume, Lambiotte and Lefebvre 2008, "Fast unfolding of communities
/// in large networks", J. Stat. Mech. P10008): greedy modularity optimisation by local moving and aggregation.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> Every level starts from singletons on the current network and moves nodes to the
/// neighbouring community with the best modularity gain until no move helps; then each community becomes one
/// node (its internal weight a self-loop) and the next level starts. It stops when a level merges nothing.
/// Local moving is queue-based (only nodes whose neighbourhood changed are revisited; Ozaki et al. 2016,
/// Traag et al. 2019), which reaches the same kind of local optimum as repeated full sweeps in fewer visits,
/// and a node may also leave for an empty community when every neighbouring one scores below zero.</para>
/// <para><b>Determinism and parallelism.</b> Local moving is sequential on flat arrays, in a node order drawn
/// from <see cref="LouvainOptions.Seed"/> (a fresh permutation per level), so a seed fixes the result. The
/// aggregation step builds every community's row independently, rows split across threads by edge count, each
/// row summed in a fixed member order; the output is identical at any <see cref="LouvainOptions.MaxDegreeOfParallelism"/>.
/// Sequential local moving keeps Blondel's move-by-move semantics (parallel colour-class moves lose quality and
/// need a colouring pass); on the two cores this targets, aggregation is the part worth sharing.</para>
/// <para><b>Input.</b> Always runs on the undirected graph: a directed input is turned into
/// <see cref="CsrGraph.ToUndirected"/>(<see cref="ParallelEdges.Sum"/>) first, so u→v and v→u become one edge with
/// the summed weight. Parallel undirected edges add up; self-loops count as internal weight. Weights must be
/// non-negative. Isolated nodes stay alone.</para>
/// <para><b>Cost.</b> About O(m) per level in practice (near-linear overall), O(n + m) extra memory for the
/// aggregated networks.</para>
/// </remarks>
public static class Louvain
{
    /// <summary>Finds communities of <paramref name="graph"/>. See the type remarks for the method and its guarantees.</summary>
    /// <param name="graph">The graph (directed graphs are made undirected first).</param>
    /// <param name="options">Resolution, seed, weights, level limit and threads; defaults as documented in <see cref="LouvainOptions"/>.</param>
    /// <param name="cancellationToken">Checked once per level and once per n node visits.</param>
    public static CommunityResult Compute(CsrGraph graph, LouvainOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new LouvainOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Resolution);
        var undirected = graph.ToUndirected(ParallelEdges.Sum);
        var newIndex = WeightedNetwork.LocalityOrder(undirected);
        var network = WeightedNetwork.FromGraph(undirected, options.Weighted, newIndex);
        var n = network.NodeCount;
        var workers = ParallelChunks.Workers(options.MaxDegreeOfParallelism);
        var membership = new int[n];
        for (var v = 0; v < n; v++)
        {
            membership[v] = newIndex[v];
        }

        var levels = new List<int[]>();
        if (network.TotalStrength > 0)
        {
            var mover = new LocalMoving(n);
            var random = new SplitMix64(options.Seed);
            var lambda = options.Resolution / network.TotalStrength;
            var net = network;
            var order = new int[n];
            while (levels.Count < options.MaxLevels)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var size = net.NodeCount;
                var community = new int[size];
                for (var v = 0; v < size; v++)
                {
                    community[v] = v;
                }

                var levelOrder = order.AsSpan(0, size).ToArray();
                random.Permutation(levelOrder);
                mover.Run(net, community, net.Strength, lambda, levelOrder, 1000L * size, cancellationToken);
                var count = Partition.Renumber(community, size);
                if (count == size)
                {
                    break;
                }

                for (var v = 0; v < n; v++)
                {
                    membership[v] = community[membership[v]];
                }

                levels.Add(membership.ToArray());
                net = net.Aggregate(community, count, workers);
            }
        }

        for (var i = 0; i < levels.Count; i++)
        {
            Partition.Renumber(levels[i], n);
        }

        var final = levels.Count > 0 ? levels[^1].ToArray() : membership;
        var communities = Partition.Renumber(final, Math.Max(n, 1));
        var modularity = Modularity.Compute(undirected, final, new ModularityOptions(1.0, options.Weighted));
        var quality = options.Resolution == 1.0
            ? modularity
            : Modularity.Compute(undirected, final, new ModularityOptions(options.Resolution, options.Weighted));
        return new CommunityResult(final, communities, modularity, quality, levels, levels.Count);
    }
}
