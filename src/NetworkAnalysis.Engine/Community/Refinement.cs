namespace NetworkAnalysis.Engine.Community;

/// <summary>
/// Leiden's refinement phase (Traag, Waltman and van Eck 2019, Algorithm A.2 "RefinePartition" /
/// "MergeNodesSubset"): inside every community S of the local-moving partition, start from singletons and let each
/// well-connected node that is still alone join a well-connected sub-community of S, chosen at random with
/// probability ∝ exp(ΔH/θ) among the non-negative gains. Sub-communities only ever grow by a node with an edge
/// into them, so each is connected.
/// </summary>
/// <remarks>
/// Communities are refined independently of each other (a node only looks at neighbours in its own community), so
/// they are processed in parallel; each community draws its visiting order and choices from its own SplitMix64
/// stream (keyed by one draw from the caller's generator and the community label), which makes the result
/// independent of the thread count.
/// </remarks>
internal sealed class Refinement
{
    /// <summary>Gains more than this many θ below the best have probability below e^-40 relative to it: treated as 0.</summary>
    private const double NegligibleExponent = -40;

    private readonly int[] _refined;
    private readonly double[] _refinedWeight;
    private readonly int[] _refinedSize;
    private readonly double[] _cut;
    private readonly double[] _external;
    private readonly int[] _members;
    private readonly int[] _start;
    private readonly ScratchPool<Scratch> _scratch;

    public Refinement(int capacity)
    {
        _refined = new int[capacity];
        _refinedWeight = new double[capacity];
        _refinedSize = new int[capacity];
        _cut = new double[capacity];
        _external = new double[capacity];
        _members = new int[capacity];
        _start = new int[capacity + 1];
        _scratch = new ScratchPool<Scratch>(() => new Scratch(capacity));
    }

    /// <summary>
    /// Refines <paramref name="community"/> (labels 0..<paramref name="count"/>-1) and returns the refined labels,
    /// renumbered 0..k-1 in order of first appearance. θ (<paramref name="theta"/>) applies to raw gains in edge
    /// weight units, as in igraph.
    /// </summary>
    public int[] Run(WeightedNetwork net, int[] community, int count, double[] nodeWeight, double lambda,
        double theta, ulong streamKey, int workers, out int refinedCount)
    {
        var n = net.NodeCount;
        var offsets = net.Offsets;
        var targets = net.Targets;
        var weights = net.Weights;
        var refined = _refined;
        var refinedWeight = _refinedWeight;
        var refinedSize = _refinedSize;
        var cut = _cut;
        var external = _external;

        // Members grouped by community (ascending node index, shuffled per community below).
        var start = _start;
        Array.Clear(start, 0, count + 1);
        for (var v = 0; v < n; v++)
        {
            start[community[v] + 1]++;
        }

        for (var c = 0; c < count; c++)
        {
            start[c + 1] += start[c];
        }

        var members = _members;
        var fill = start.AsSpan(0, count).ToArray();
        for (var v = 0; v < n; v++)
        {
            members[fill[community[v]]++] = v;
        }

        var cost = new int[count + 1];
        for (var c = 0; c < count; c++)
        {
            var slots = 0;
            for (var i = start[c]; i < start[c + 1]; i++)
            {
                var v = members[i];
                slots += offsets[v + 1] - offsets[v];
            }

            cost[c + 1] = cost[c] + slots;
        }

        var bounds = ParallelChunks.ByPrefix(cost, count, ParallelChunks.ChunkCount(targets.Length, workers));
        ParallelChunks.Run(bounds.Length - 1, workers, _scratch, (chunk, scratch) =>
        {
            // Scratch arrays are all zero between uses (every entry set is reset before the node is done).
            var neighbourWeight = scratch.NeighbourWeight;
            var neighbours = scratch.Neighbours;
            var gains = scratch.Gains;
            for (var c = bounds[chunk]; c < bounds[chunk + 1]; c++)
            {
                RefineCommunity(c);
            }

            void RefineCommunity(int c)
            {
                int from = start[c], to = start[c + 1];
                double total = 0;
                for (var i = from; i < to; i++)
                {
                    var v = members[i];
                    refined[v] = v;
                    refinedWeight[v] = nodeWeight[v];
                    refinedSize[v] = 1;
                    total += nodeWeight[v];
                    double e = 0;
                    for (var s = offsets[v]; s < offsets[v + 1]; s++)
                    {
                        if (community[targets[s]] == c)
                        {
                            e += weights[s];
                        }
                    }

                    external[v] = e;
                    cut[v] = e;
                }

                if (to - from < 2)
                {
                    return;
                }

                var random = new SplitMix64(unchecked((long)streamKey), (ulong)c + 1);
                for (var i = to - 1; i > from; i--)
                {
                    var j = from + random.NextInt(i - from + 1);
                    (members[i], members[j]) = (members[j], members[i]);
                }

                for (var i = from; i < to; i++)
                {
                    var v = members[i];
                    var own = refined[v];
                    if (refinedSize[own] != 1)
                    {
                        continue;
                    }

                    var wv = nodeWeight[v];
                    if (external[v] < lambda * wv * (total - wv))
                    {
                        continue;
                    }

                    var listed = 0;
                    for (var s = offsets[v]; s < offsets[v + 1]; s++)
                    {
                        var u = targets[s];
                        if (community[u] != c)
                        {
                            continue;
                        }

                        var r = refined[u];
                        if (neighbourWeight[r] == 0)
                        {
                            neighbours[listed++] = r;
                        }

                        neighbourWeight[r] += weights[s];
                    }

                    // Candidates: v's own singleton (gain 0) and every well-connected sub-community with gain >= 0.
                    var best = own;
                    var bestGain = 0.0;
                    var candidates = 0;
                    for (var j = 0; j < listed; j++)
                    {
                        var r = neighbours[j];
                        var gain = double.NegativeInfinity;
                        if (r != own && cut[r] >= lambda * refinedWeight[r] * (total - refinedWeight[r]))
                        {
                            gain = neighbourWeight[r] - lambda * wv * refinedWeight[r];
                            if (gain >= 0)
                            {
                                candidates++;
                                if (gain > bestGain)
                                {
                                    best = r;
                                    bestGain = gain;
                                }
                            }
                        }

                        gains[j] = gain;
                    }

                    var chosen = best;
                    if (candidates > 0 && theta > 0)
                    {
                        chosen = Choose(own, bestGain, gains, neighbours, listed, 1.0 / theta, ref random);
                    }

                    if (chosen != own)
                    {
                        cut[chosen] += external[v] - 2 * neighbourWeight[chosen];
                        refinedWeight[chosen] += wv;
                        refinedSize[chosen]++;
                        refinedSize[own] = 0;
                        refined[v] = chosen;
                    }

                    for (var j = 0; j < listed; j++)
                    {
                        neighbourWeight[neighbours[j]] = 0;
                    }
                }
            }
        });

        var result = refined.AsSpan(0, n).ToArray();
        refinedCount = Partition.Renumber(result, n);
        return result;
    }

    /// <summary>Draws a candidate with probability ∝ exp((ΔH − ΔH_max)/θ) (own singleton: ΔH = 0); negligible terms skipped.</summary>
    private static int Choose(int own, double bestGain, double[] gains, int[] candidates, int count, double inverseTheta, ref SplitMix64 random)
    {
        var ownExponent = -bestGain * inverseTheta;
        var sum = ownExponent > NegligibleExponent ? Math.Exp(ownExponent) : 0.0;
        for (var j = 0; j < count; j++)
        {
            var x = (gains[j] - bestGain) * inverseTheta;
            if (x > NegligibleExponent)
            {
                sum += Math.Exp(x);
            }
        }

        var pick = random.NextDouble() * sum;
        var acc = ownExponent > NegligibleExponent ? Math.Exp(ownExponent) : 0.0;
        if (pick < acc)
        {
            return own;
        }

        var chosen = own;
        for (var j = 0; j < count; j++)
        {
            var x = (gains[j] - bestGain) * inverseTheta;
            if (x > NegligibleExponent)
            {
                acc += Math.Exp(x);
                chosen = candidates[j];
                if (pick < acc)
                {
                    break;
                }
            }
        }

        return chosen;
    }

    private sealed class Scratch(int capacity)
    {
        public double[] NeighbourWeight { get; } = new double[capacity];

        public int[] Neighbours { get; } = new int[capacity];

        public double[] Gains { get; } = new double[capacity];
    }
}
