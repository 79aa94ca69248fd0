namespace NetworkAnalysis.Engine.Community;

/// <summary>
/// Community detection by label propagation: each node repeatedly adopts the label most common among its
/// neighbours; groups that share a label are communities.
/// </summary>
/// <remarks>
/// <para><b>Synchronous</b> (LDBC Graphalytics CDLP; specification in ldbc_graphalytics_docs): labels start as node
/// indexes; each iteration every node takes the most frequent label of its neighbours in the previous iteration
/// (on a directed graph the multiset of in- and out-neighbours, so a reciprocal neighbour counts twice), the smallest
/// label on ties, and keeps its label when it has no neighbour. Parallel over nodes, each node computed by one
/// thread from the previous labels: identical at any thread count.</para>
/// <para><b>Asynchronous</b> (Raghavan, Albert and Kumara 2007, Phys. Rev. E 76:036106): one node at a time in a
/// seeded random order per sweep; a node keeps its label if it is among the most frequent, otherwise takes one of
/// those at random (seeded); stops after a sweep without change. Sequential.</para>
/// <para>Neighbours are counted per edge (parallel edges count again; a self-loop counts the node's own label);
/// with <see cref="LabelPropagationOptions.Weighted"/> each counts by its weight. O(iterations · (n + m)) time,
/// O(n) memory per thread.</para>
/// </remarks>
public static class LabelPropagation
{
    /// <summary>Runs label propagation and returns the partition (communities numbered canonically) with its modularity.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Mode, iterations, seed, weights and threads (<see cref="LabelPropagationOptions"/>).</param>
    /// <param name="cancellationToken">Checked once per iteration.</param>
    /// <remarks>
    /// <see cref="CommunityResult.Modularity"/> is computed on the undirected version of the graph
    /// (<see cref="CsrGraph.ToUndirected"/> with summed weights), weighted when the labels were.
    /// </remarks>
    public static CommunityResult Compute(CsrGraph graph, LabelPropagationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new LabelPropagationOptions();
        var labels = Run(graph, options, out var iterations, cancellationToken);
        var membership = Partition.Canonical(labels, out var count);
        var modularity = graph.NodeCount == 0
            ? double.NaN
            : Modularity.Compute(graph.ToUndirected(ParallelEdges.Sum), membership, new ModularityOptions(1.0, options.Weighted));
        return new CommunityResult(membership, count, modularity, modularity, [membership.ToArray()], iterations);
    }

    /// <summary>
    /// The final labels themselves: each label is the index of the node it started from (LDBC CDLP's output when nodes
    /// are numbered in ascending vertex-id order).
    /// </summary>
    public static int[] Labels(CsrGraph graph, LabelPropagationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Run(graph, options ?? new LabelPropagationOptions(), out _, cancellationToken);
    }

    private static int[] Run(CsrGraph graph, LabelPropagationOptions options, out int iterations, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxIterations);
        var n = graph.NodeCount;
        var labels = new int[n];
        for (var v = 0; v < n; v++)
        {
            labels[v] = v;
        }

        var weighted = options.Weighted && graph.IsWeighted;
        return options.Mode == LabelPropagationMode.Synchronous
            ? Synchronous(graph, labels, options.MaxIterations, weighted, ParallelChunks.Workers(options.MaxDegreeOfParallelism), out iterations, cancellationToken)
            : Asynchronous(graph, labels, options.MaxIterations, weighted, options.Seed, out iterations, cancellationToken);
    }

    private static int[] Synchronous(CsrGraph graph, int[] labels, int maxIterations, bool weighted, int workers,
        out int iterations, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var next = new int[n];
        var work = new int[n + 1];
        var off = graph.OffsetArray;
        var inOff = graph.InOffsetArray;
        var directed = graph.IsDirected;
        for (var v = 0; v < n; v++)
        {
            work[v + 1] = work[v] + (off[v + 1] - off[v]) + (directed ? inOff[v + 1] - inOff[v] : 0);
        }

        var chunks = work[n] < ParallelChunks.SequentialThreshold ? 1 : workers * 4;
        var bounds = ParallelChunks.ByPrefix(work, n, chunks);
        chunks = bounds.Length - 1;
        iterations = 0;
        while (iterations < maxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = labels;
            var changed = 0;
            Parallel.For(
                0,
                chunks,
                new ParallelOptions { MaxDegreeOfParallelism = chunks == 1 ? 1 : workers },
                () => new LabelCounter(n),
                (chunk, _, counter) =>
                {
                    var anyChange = false;
                    var unused = default(SplitMix64);
                    for (var v = bounds[chunk]; v < bounds[chunk + 1]; v++)
                    {
                        var label = counter.MostFrequent(graph, current, v, weighted, randomTies: false, ref unused);
                        next[v] = label;
                        anyChange |= label != current[v];
                    }

                    if (anyChange)
                    {
                        Interlocked.Exchange(ref changed, 1);
                    }

                    return counter;
                },
                _ => { });
            iterations++;
            (labels, next) = (next, labels);
            if (changed == 0)
            {
                break;
            }
        }

        return labels;
    }

    private static int[] Asynchronous(CsrGraph graph, int[] labels, int maxIterations, bool weighted, int seed,
        out int iterations, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var random = new SplitMix64(seed);
        var order = new int[n];
        var counter = new LabelCounter(n);
        iterations = 0;
        while (iterations < maxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Permutation(order);
            var changed = false;
            foreach (var v in order)
            {
                var label = counter.MostFrequent(graph, labels, v, weighted, randomTies: true, ref random);
                if (label != labels[v])
                {
                    labels[v] = label;
                    changed = true;
                }
            }

            iterations++;
            if (!changed)
            {
                break;
            }
        }

        return labels;
    }

    /// <summary>Per-thread label tallies (dense arrays indexed by label, reset only where touched).</summary>
    private sealed class LabelCounter(int n)
    {
        private readonly double[] _score = new double[n];
        private readonly bool[] _seen = new bool[n];
        private readonly int[] _touched = new int[n];

        /// <summary>
        /// Most frequent neighbouring label of <paramref name="v"/> (its own label when it has no neighbour). Without
        /// <paramref name="randomTies"/>: ties to the smallest label. With it: the current label if it is among the
        /// most frequent, else a uniformly random one of them drawn from <paramref name="random"/>.
        /// </summary>
        public int MostFrequent(CsrGraph graph, int[] labels, int v, bool weighted, bool randomTies, ref SplitMix64 random)
        {
            var count = 0;
            count = Tally(graph.OffsetArray, graph.TargetArray, graph.WeightArray, labels, v, weighted, count);
            if (graph.IsDirected)
            {
                count = Tally(graph.InOffsetArray, graph.InSourceArray, graph.InWeightArray, labels, v, weighted, count);
            }

            var result = labels[v];
            if (count > 0)
            {
                var best = double.NegativeInfinity;
                for (var i = 0; i < count; i++)
                {
                    best = Math.Max(best, _score[_touched[i]]);
                }

                if (!randomTies)
                {
                    result = int.MaxValue;
                    for (var i = 0; i < count; i++)
                    {
                        var label = _touched[i];
                        if (_score[label] == best && label < result)
                        {
                            result = label;
                        }
                    }
                }
                else if (!_seen[result] || _score[result] != best)
                {
                    // Reservoir choice among the labels with the best score, in first-seen order.
                    var ties = 0;
                    for (var i = 0; i < count; i++)
                    {
                        var label = _touched[i];
                        if (_score[label] == best && random.NextInt(++ties) == 0)
                        {
                            result = label;
                        }
                    }
                }
            }

            for (var i = 0; i < count; i++)
            {
                _score[_touched[i]] = 0;
                _seen[_touched[i]] = false;
            }

            return result;
        }

        private int Tally(int[] offsets, int[] targets, double[] weights, int[] labels, int v, bool weighted, int count)
        {
            for (var s = offsets[v]; s < offsets[v + 1]; s++)
            {
                var label = labels[targets[s]];
                if (!_seen[label])
                {
                    _seen[label] = true;
                    _touched[count++] = label;
                }

                _score[label] += weighted ? weights[s] : 1.0;
            }

            return count;
        }
    }
}
