namespace NetworkAnalysis.Engine.Community;

/// <summary>
/// The working graph of Louvain and Leiden: undirected, weighted, self-loops held apart from the
/// adjacency (an aggregated node's internal weight is its self-loop). Flat arrays only.
/// </summary>
/// <remarks>
/// <c>Strength[v]</c> is the weighted degree, counting the self-loop twice (the convention that makes
/// <c>Σ Strength = 2m</c>); <c>Sizes[v]</c> the number of input nodes that <c>v</c> stands for (the node
/// weight of the constant Potts model).
/// </remarks>
internal sealed class WeightedNetwork
{
    private WeightedNetwork(int nodeCount, int[] offsets, int[] targets, double[] weights, double[] selfLoops, double[] strength, int[] sizes)
    {
        NodeCount = nodeCount;
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        SelfLoops = selfLoops;
        Strength = strength;
        Sizes = sizes;
        double total = 0;
        for (var v = 0; v < nodeCount; v++)
        {
            total += strength[v];
        }

        TotalStrength = total;
    }

    public int NodeCount { get; }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public double[] Weights { get; }

    public double[] SelfLoops { get; }

    public double[] Strength { get; }

    public int[] Sizes { get; }

    /// <summary>Σ strength = twice the total edge weight (2m).</summary>
    public double TotalStrength { get; }

    /// <summary>
    /// The undirected graph <paramref name="graph"/> as a network, its nodes renumbered by <paramref name="newIndex"/>
    /// (node v becomes newIndex[v]); unit weights unless <paramref name="weighted"/>.
    /// </summary>
    public static WeightedNetwork FromGraph(CsrGraph graph, bool weighted, int[] newIndex)
    {
        if (graph.IsDirected)
        {
            throw new ArgumentException("expected an undirected graph", nameof(graph));
        }

        var n = graph.NodeCount;
        var off = graph.OffsetArray;
        var tgt = graph.TargetArray;
        var wts = graph.WeightArray;
        var useWeights = weighted && graph.IsWeighted;
        var oldIndex = new int[n];
        for (var v = 0; v < n; v++)
        {
            oldIndex[newIndex[v]] = v;
        }

        var offsets = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            var v = oldIndex[i];
            var row = off[v + 1] - off[v];
            for (var s = off[v]; s < off[v + 1]; s++)
            {
                if (tgt[s] == v)
                {
                    row--;
                }
            }

            offsets[i + 1] = offsets[i] + row;
        }

        var targets = new int[offsets[n]];
        var weights = new double[targets.Length];
        var selfLoops = new double[n];
        var strength = new double[n];
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            var v = oldIndex[i];
            double str = 0;
            for (var s = off[v]; s < off[v + 1]; s++)
            {
                var w = useWeights ? wts[s] : 1.0;
                if (w < 0)
                {
                    throw new ArgumentException("community detection needs non-negative edge weights", nameof(graph));
                }

                if (tgt[s] == v)
                {
                    selfLoops[i] += w;
                    str += 2 * w;
                }
                else
                {
                    targets[k] = newIndex[tgt[s]];
                    weights[k] = w;
                    k++;
                    str += w;
                }
            }

            strength[i] = str;
        }

        var sizes = new int[n];
        Array.Fill(sizes, 1);
        return new WeightedNetwork(n, offsets, targets, weights, selfLoops, strength, sizes);
    }

    /// <summary>
    /// A renumbering that puts neighbours close together (breadth-first order, components taken by smallest node,
    /// neighbours in adjacency order): community detection touches a node's neighbours' state at random, and this
    /// keeps those touches within a few cache lines. Deterministic. O(n + m).
    /// </summary>
    public static int[] LocalityOrder(CsrGraph graph)
    {
        var n = graph.NodeCount;
        var off = graph.OffsetArray;
        var tgt = graph.TargetArray;
        var newIndex = new int[n];
        Array.Fill(newIndex, -1);
        var queue = new int[n];
        var tail = 0;
        for (var s = 0; s < n; s++)
        {
            if (newIndex[s] >= 0)
            {
                continue;
            }

            var head = tail;
            newIndex[s] = tail;
            queue[tail++] = s;
            while (head < tail)
            {
                var v = queue[head++];
                for (var e = off[v]; e < off[v + 1]; e++)
                {
                    var u = tgt[e];
                    if (newIndex[u] < 0)
                    {
                        newIndex[u] = tail;
                        queue[tail++] = u;
                    }
                }
            }
        }

        return newIndex;
    }

    /// <summary>
    /// The network whose nodes are the communities 0..<paramref name="count"/>-1 of <paramref name="community"/>:
    /// edge weights between communities summed, weights inside a community folded into its self-loop.
    /// Rows are built independently (in parallel above a size threshold) and each row lists its
    /// neighbours in order of first appearance over the members in ascending index, so the result
    /// does not depend on the number of threads. O(n + m) time.
    /// </summary>
    public WeightedNetwork Aggregate(int[] community, int count, int workers)
    {
        var n = NodeCount;

        // Members grouped by community, ascending node index within a community (counting sort).
        var start = new int[count + 1];
        for (var v = 0; v < n; v++)
        {
            start[community[v] + 1]++;
        }

        for (var c = 0; c < count; c++)
        {
            start[c + 1] += start[c];
        }

        var members = new int[n];
        var fill = start.AsSpan(0, count).ToArray();
        for (var v = 0; v < n; v++)
        {
            members[fill[community[v]]++] = v;
        }

        // Cost of each community = its members' slots, to balance the chunks.
        var cost = new int[count + 1];
        for (var c = 0; c < count; c++)
        {
            var slots = 0;
            for (var i = start[c]; i < start[c + 1]; i++)
            {
                var v = members[i];
                slots += Offsets[v + 1] - Offsets[v];
            }

            cost[c + 1] = cost[c] + slots;
        }

        var bounds = ParallelChunks.ByPrefix(cost, count, ParallelChunks.ChunkCount(Targets.Length, workers));
        var chunks = bounds.Length - 1;
        var pool = new ScratchPool<AggregationScratch>(() => new AggregationScratch(count));
        var rowLength = new int[count];
        var chunkTargets = new int[chunks][];
        var chunkWeights = new double[chunks][];
        var selfLoops = new double[count];
        var strength = new double[count];
        var sizes = new int[count];
        ParallelChunks.Run(chunks, workers, pool, (chunk, scratch) =>
        {
            int from = bounds[chunk], to = bounds[chunk + 1];
            var capacity = cost[to] - cost[from];
            var outT = new int[capacity];
            var outW = new double[capacity];
            var acc = scratch.Weight;
            var seen = scratch.Seen;
            var touched = scratch.Touched;
            var written = 0;
            for (var c = from; c < to; c++)
            {
                var touchedCount = 0;
                double inside = 0, loops = 0, str = 0;
                var size = 0;
                for (var i = start[c]; i < start[c + 1]; i++)
                {
                    var v = members[i];
                    loops += SelfLoops[v];
                    str += Strength[v];
                    size += Sizes[v];
                    for (var s = Offsets[v]; s < Offsets[v + 1]; s++)
                    {
                        var d = community[Targets[s]];
                        if (d == c)
                        {
                            inside += Weights[s];
                        }
                        else
                        {
                            if (!seen[d])
                            {
                                seen[d] = true;
                                touched[touchedCount++] = d;
                            }

                            acc[d] += Weights[s];
                        }
                    }
                }

                for (var t = 0; t < touchedCount; t++)
                {
                    var d = touched[t];
                    outT[written] = d;
                    outW[written] = acc[d];
                    written++;
                    acc[d] = 0;
                    seen[d] = false;
                }

                rowLength[c] = touchedCount;

                // Each internal edge was seen from both of its endpoints.
                selfLoops[c] = loops + inside / 2;
                strength[c] = str;
                sizes[c] = size;
            }

            chunkTargets[chunk] = outT;
            chunkWeights[chunk] = outW;
        });

        var offsets = new int[count + 1];
        for (var c = 0; c < count; c++)
        {
            offsets[c + 1] = offsets[c] + rowLength[c];
        }

        var targets = new int[offsets[count]];
        var weights = new double[offsets[count]];
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            var at = offsets[bounds[chunk]];
            var len = offsets[bounds[chunk + 1]] - at;
            Array.Copy(chunkTargets[chunk], 0, targets, at, len);
            Array.Copy(chunkWeights[chunk], 0, weights, at, len);
        }

        return new WeightedNetwork(count, offsets, targets, weights, selfLoops, strength, sizes);
    }

    /// <summary>
    /// Quality of a partition of this network: modularity Σ_c [e_c/m − γ (K_c/2m)²], or with
    /// <paramref name="cpm"/> the constant Potts model Σ_c [e_c − γ·n_c(n_c−1)/2] on node sizes, where e_c is
    /// the weight inside c.
    /// </summary>
    public double Quality(int[] community, int count, bool cpm, double resolution)
    {
        var inside = new double[count];
        var total = new double[count];
        var size = new long[count];
        for (var v = 0; v < NodeCount; v++)
        {
            var c = community[v];
            inside[c] += SelfLoops[v];
            total[c] += Strength[v];
            size[c] += Sizes[v];
            for (var s = Offsets[v]; s < Offsets[v + 1]; s++)
            {
                if (community[Targets[s]] == c)
                {
                    inside[c] += Weights[s] / 2;
                }
            }
        }

        double q = 0;
        var m = TotalStrength / 2;
        for (var c = 0; c < count; c++)
        {
            if (cpm)
            {
                q += inside[c] - resolution * size[c] * (size[c] - 1) / 2.0;
            }
            else if (m > 0)
            {
                var a = total[c] / TotalStrength;
                q += inside[c] / m - resolution * a * a;
            }
        }

        return q;
    }

    /// <summary>Per-thread scratch of <see cref="Aggregate"/>: zero/false again after every row.</summary>
    private sealed class AggregationScratch(int count)
    {
        public double[] Weight { get; } = new double[count];

        public bool[] Seen { get; } = new bool[count];

        public int[] Touched { get; } = new int[count];
    }
}
