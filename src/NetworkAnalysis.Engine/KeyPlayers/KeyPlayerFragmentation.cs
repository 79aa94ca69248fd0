namespace NetworkAnalysis.Engine.KeyPlayers;

/// <summary>
/// KPP-Neg: the set of k nodes whose removal fragments the network most (Borgatti 2006).
/// </summary>
/// <remarks>
/// <para><b>Method.</b> Greedy: repeatedly remove the node whose removal raises the fragmentation most
/// (ties: lowest index). Then Borgatti's local search: for each member in turn (in a seeded random order),
/// put it back and take instead the node whose removal fragments most, if strictly better; repeat until a
/// round makes no swap or <see cref="KeyPlayerFragmentationOptions.MaxSwapRounds"/>. Optional random
/// restarts run the same local search from seeded random sets. The final set is reported in greedy order
/// (each next member is the one that adds most), with the fragmentation after each.</para>
/// <para><b>Cost.</b> For <see cref="FragmentationMeasure.Components"/> one articulation-point pass
/// (O(n + m)) scores every candidate at once, so greedy is O(k (n + m)) and a swap round O(k (n + m)).
/// <see cref="FragmentationMeasure.DistanceWeighted"/> evaluates candidates one by one: O(k n² (n + m))
/// for greedy; use it on case-sized networks. Direction and weights are ignored (see <see cref="Fragmentation"/>).
/// k is capped at n − 2. Deterministic for a given seed; sequential.</para>
/// <para>S. P. Borgatti (2006), "Identifying sets of key players in a social network", Computational and
/// Mathematical Organization Theory 12: 21–34.</para>
/// </remarks>
public static class KeyPlayerFragmentation
{
    /// <summary>Finds the fragmenting set.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="k">Set size (capped at n − 2).</param>
    /// <param name="options">Measure, local search, restarts and seed.</param>
    /// <param name="cancellationToken">Checked once per graph pass.</param>
    /// <param name="progress">Receives the fraction of searches (first search and restarts) done after each; optional.</param>
    public static KeyPlayerSet Find(CsrGraph graph, int k, KeyPlayerFragmentationOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        options ??= KeyPlayerFragmentationOptions.Default;
        var n = graph.NodeCount;
        k = Math.Min(k, Math.Max(0, n - 2));
        var search = new Search(graph, options.Measure, cancellationToken);
        var rng = new Random(options.Seed);

        int[] best = [];
        var bestValue = double.PositiveInfinity;
        foreach (var start in search.Beam(k, Math.Max(1, options.BeamWidth)))
        {
            var value = search.Value(start);
            if (options.LocalSearch)
            {
                value = search.LocalSearch(start, value, rng, options.MaxSwapRounds);
            }

            if (value < bestValue)
            {
                best = start;
                bestValue = value;
            }
        }

        for (var r = 0; r < options.Restarts; r++)
        {
            progress?.Report((r + 1) / (options.Restarts + 1.0));
            var start = RandomSet(n, k, rng);
            var value = search.LocalSearch(start, search.Value(start), rng, options.MaxSwapRounds);
            if (value < bestValue)
            {
                best = start;
                bestValue = value;
            }
        }

        var (order, after) = search.Order(best);
        progress?.Report(1);
        return new KeyPlayerSet(order, after, search.Score(Array.Empty<int>()), search.Evaluations, search.Swaps);
    }

    private static int[] RandomSet(int n, int k, Random rng)
    {
        var all = new int[n];
        for (var i = 0; i < n; i++)
        {
            all[i] = i;
        }

        for (var i = 0; i < k; i++)
        {
            var j = rng.Next(i, n);
            (all[i], all[j]) = (all[j], all[i]);
        }

        return all[..k];
    }

    /// <summary>
    /// The search state. The objective to minimise is the connected-pair count (components) or the sum of
    /// inverse distances (distance-weighted); for a fixed set size both order sets as fragmentation does.
    /// </summary>
    private sealed class Search
    {
        private readonly CsrGraph _graph;
        private readonly FragmentationMeasure _measure;
        private readonly CancellationToken _ct;
        private readonly bool[] _removed;
        private readonly CutScan _scan;
        private readonly long[] _after;
        private readonly ResidualBfs? _bfs;

        public Search(CsrGraph graph, FragmentationMeasure measure, CancellationToken ct)
        {
            _graph = graph;
            _measure = measure;
            _ct = ct;
            _removed = new bool[graph.NodeCount];
            _scan = new CutScan(graph.NodeCount);
            _after = new long[graph.NodeCount];
            _bfs = measure == FragmentationMeasure.DistanceWeighted ? new ResidualBfs(graph.NodeCount) : null;
        }

        public long Evaluations { get; private set; }

        public int Swaps { get; private set; }

        /// <summary>
        /// Beam search: the best <paramref name="width"/> sets of size k found by extending, level by level, each
        /// kept partial set with its best <paramref name="width"/> next nodes. Best set first.
        /// </summary>
        public List<int[]> Beam(int k, int width)
        {
            var n = _graph.NodeCount;
            var beam = new List<int[]> { Array.Empty<int>() };
            var values = new double[n];
            for (var level = 0; level < k; level++)
            {
                var pool = new List<(double Value, int[] Set)>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var partial in beam)
                {
                    Array.Clear(_removed);
                    foreach (var v in partial)
                    {
                        _removed[v] = true;
                    }

                    Candidates(values);
                    foreach (var v in Smallest(values, width))
                    {
                        int[] set = [.. partial, v];
                        var sorted = (int[])set.Clone();
                        Array.Sort(sorted);
                        if (seen.Add(string.Join(',', sorted)))
                        {
                            pool.Add((values[v], set));
                        }
                    }
                }

                // Stable: ties keep the order of discovery (earlier partial sets, then lower nodes).
                beam = pool.Select((p, i) => (p.Value, p.Set, i)).OrderBy(p => p.Value).ThenBy(p => p.i).Take(width).Select(p => p.Set).ToList();
            }

            return beam;
        }

        /// <summary>Fills <paramref name="values"/>[v] with the objective after also removing v (+∞ for removed nodes).</summary>
        private void Candidates(double[] values)
        {
            var n = _graph.NodeCount;
            if (_measure == FragmentationMeasure.Components)
            {
                _ct.ThrowIfCancellationRequested();
                _scan.Run(_graph, _removed, _after, out _);
                Evaluations++;
                for (var v = 0; v < n; v++)
                {
                    values[v] = _removed[v] ? double.PositiveInfinity : _after[v];
                }

                return;
            }

            for (var v = 0; v < n; v++)
            {
                if (_removed[v])
                {
                    values[v] = double.PositiveInfinity;
                    continue;
                }

                _removed[v] = true;
                values[v] = Evaluate();
                _removed[v] = false;
            }
        }

        /// <summary>The indexes of the <paramref name="count"/> smallest finite values, ascending (ties: lowest index).</summary>
        private static int[] Smallest(double[] values, int count)
        {
            var picked = new List<int>(count + 1);
            for (var v = 0; v < values.Length; v++)
            {
                if (double.IsPositiveInfinity(values[v]))
                {
                    continue;
                }

                if (picked.Count == count && values[v] >= values[picked[^1]])
                {
                    continue;
                }

                var at = picked.Count;
                while (at > 0 && values[picked[at - 1]] > values[v])
                {
                    at--;
                }

                picked.Insert(at, v);
                if (picked.Count > count)
                {
                    picked.RemoveAt(picked.Count - 1);
                }
            }

            return picked.ToArray();
        }

        public double Value(int[] set)
        {
            Array.Clear(_removed);
            foreach (var v in set)
            {
                _removed[v] = true;
            }

            return Evaluate();
        }

        public double Score(int[] set)
        {
            var value = Value(set);
            var remaining = _graph.NodeCount - set.Length;
            return remaining < 2 ? double.NaN : 1 - (value / ((double)remaining * (remaining - 1)));
        }

        /// <summary>Swaps members for better nodes until no swap helps; returns the final value. <paramref name="set"/> is updated in place.</summary>
        public double LocalSearch(int[] set, double value, Random rng, int maxRounds)
        {
            Array.Clear(_removed);
            foreach (var v in set)
            {
                _removed[v] = true;
            }

            var order = new int[set.Length];
            for (var round = 0; round < maxRounds; round++)
            {
                for (var i = 0; i < order.Length; i++)
                {
                    order[i] = i;
                }

                rng.Shuffle(order);
                var improved = false;
                foreach (var slot in order)
                {
                    var member = set[slot];
                    _removed[member] = false;
                    var candidate = BestAddition(out var candidateValue, member);
                    if (candidate != member && candidateValue < value)
                    {
                        set[slot] = candidate;
                        value = candidateValue;
                        Swaps++;
                        improved = true;
                    }

                    _removed[set[slot]] = true;
                }

                if (!improved)
                {
                    break;
                }
            }

            return value;
        }

        /// <summary>Orders <paramref name="set"/> greedily and gives the fragmentation after each member.</summary>
        public (int[] Order, double[] After) Order(int[] set)
        {
            Array.Clear(_removed);
            var order = new int[set.Length];
            var after = new double[set.Length];
            var left = new List<int>(set);
            left.Sort();
            for (var i = 0; i < set.Length; i++)
            {
                var bestIndex = -1;
                var bestValue = double.PositiveInfinity;
                if (_measure == FragmentationMeasure.Components)
                {
                    _ct.ThrowIfCancellationRequested();
                    _scan.Run(_graph, _removed, _after, out _);
                    Evaluations++;
                    for (var j = 0; j < left.Count; j++)
                    {
                        if (_after[left[j]] < bestValue)
                        {
                            bestValue = _after[left[j]];
                            bestIndex = j;
                        }
                    }
                }
                else
                {
                    for (var j = 0; j < left.Count; j++)
                    {
                        _removed[left[j]] = true;
                        var value = Evaluate();
                        _removed[left[j]] = false;
                        if (value < bestValue)
                        {
                            bestValue = value;
                            bestIndex = j;
                        }
                    }
                }

                order[i] = left[bestIndex];
                _removed[order[i]] = true;
                left.RemoveAt(bestIndex);
                var remaining = _graph.NodeCount - (i + 1);
                after[i] = remaining < 2 ? double.NaN : 1 - (bestValue / ((double)remaining * (remaining - 1)));
            }

            return (order, after);
        }

        /// <summary>
        /// The not-removed node whose removal gives the lowest value (ties: lowest index, but <paramref name="prefer"/> wins ties).
        /// </summary>
        private int BestAddition(out double bestValue, int prefer)
        {
            var n = _graph.NodeCount;
            var best = -1;
            bestValue = double.PositiveInfinity;
            if (_measure == FragmentationMeasure.Components)
            {
                _ct.ThrowIfCancellationRequested();
                _scan.Run(_graph, _removed, _after, out _);
                Evaluations++;
                if (prefer >= 0)
                {
                    best = prefer;
                    bestValue = _after[prefer];
                }

                for (var v = 0; v < n; v++)
                {
                    if (!_removed[v] && _after[v] < bestValue)
                    {
                        best = v;
                        bestValue = _after[v];
                    }
                }

                return best;
            }

            if (prefer >= 0)
            {
                _removed[prefer] = true;
                bestValue = Evaluate();
                _removed[prefer] = false;
                best = prefer;
            }

            for (var v = 0; v < n; v++)
            {
                if (_removed[v] || v == prefer)
                {
                    continue;
                }

                _removed[v] = true;
                var value = Evaluate();
                _removed[v] = false;
                if (value < bestValue)
                {
                    best = v;
                    bestValue = value;
                }
            }

            return best;
        }

        private double Evaluate()
        {
            _ct.ThrowIfCancellationRequested();
            Evaluations++;
            if (_measure == FragmentationMeasure.Components)
            {
                return _scan.Run(_graph, _removed, _after, out _);
            }

            return _bfs!.InverseDistanceSum(_graph, _removed, _ct);
        }
    }
}
