namespace NetworkAnalysis.Engine.KeyPlayers;

/// <summary>
/// KPP-Pos: the set of k nodes that together reach the most other nodes within d steps (Borgatti 2006),
/// for example the agents to watch or turn to reach most of a network quickly.
/// </summary>
/// <remarks>
/// <para><b>Objective.</b> <see cref="ReachMeasure.Reach"/>: the share of non-members within
/// <see cref="KeyPlayerReachOptions.MaxDistance"/> steps of some member. <see cref="ReachMeasure.DistanceWeighted"/>:
/// <c>Σ_j 1 / d(S, j) / n</c> over all nodes, members counting 1 and nodes beyond the limit 0.</para>
/// <para><b>Method.</b> Both objectives are coverage (facility-location) functions, which are submodular, so
/// the greedy set is within 1 − 1/e of the optimum; it is found with lazy evaluation (CELF, Leskovec et
/// al. 2007): each candidate's gain is a depth-limited BFS, recomputed only when it could still be the best.
/// Ties go to the lowest index. No local search. Deterministic; sequential.</para>
/// <para><b>Cost.</b> One depth-limited BFS per node to start, then a few per step: O(n · b) where b is the
/// size of a d-step neighbourhood. Weights are ignored; <see cref="KeyPlayerReachOptions.Direction"/> sets
/// whether reach follows ties out of, into, or either way from the members.</para>
/// </remarks>
public static class KeyPlayerReach
{
    /// <summary>Finds the reaching set.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="k">Set size (capped at n).</param>
    /// <param name="options">Measure, distance limit and direction.</param>
    /// <param name="cancellationToken">Checked once per BFS.</param>
    /// <param name="progress">Receives a fraction done: the first gains of every node are the first half, the k picks the second; optional.</param>
    public static KeyPlayerSet Find(CsrGraph graph, int k, KeyPlayerReachOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        options ??= KeyPlayerReachOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxDistance);
        var n = graph.NodeCount;
        k = Math.Min(k, n);
        var weighted = options.Measure == ReachMeasure.DistanceWeighted;
        var credit = new double[n];
        var none = new bool[n];
        var bfs = new ResidualBfs(n);
        long evaluations = 0;

        double Gain(int v, bool apply)
        {
            cancellationToken.ThrowIfCancellationRequested();
            evaluations++;
            var reached = bfs.Run(graph, none, v, options.MaxDistance, options.Direction);
            double gain = 0;
            for (var i = 0; i < reached; i++)
            {
                var j = bfs.Reached(i);
                var d = bfs.Distance(j);
                var c = !weighted || d == 0 ? 1.0 : 1.0 / d;
                if (c > credit[j])
                {
                    gain += c - credit[j];
                    if (apply)
                    {
                        credit[j] = c;
                    }
                }
            }

            bfs.Reset(reached);
            return gain;
        }

        var queue = new PriorityQueue<int, (double NegGain, int Node)>(n);
        var stamp = new int[n];
        for (var v = 0; v < n; v++)
        {
            queue.Enqueue(v, (-Gain(v, apply: false), v));
            if (progress is not null && (v & 1023) == 1023)
            {
                progress.Report(0.5 * v / n);
            }
        }

        var nodes = new int[k];
        var after = new double[k];
        double covered = 0;
        for (var step = 0; step < k; step++)
        {
            while (true)
            {
                queue.TryDequeue(out var v, out var priority);
                if (stamp[v] == step)
                {
                    nodes[step] = v;
                    covered += Gain(v, apply: true);
                    break;
                }

                stamp[v] = step;
                queue.Enqueue(v, (-Gain(v, apply: false), priority.Node));
            }

            var members = step + 1;
            after[step] = weighted
                ? covered / n
                : n - members > 0 ? (covered - members) / (n - members) : double.NaN;
            progress?.Report(0.5 + (0.5 * members / k));
        }

        return new KeyPlayerSet(nodes, after, 0, evaluations, 0);
    }
}
