namespace NetworkAnalysis.Engine.Community;

/// <summary>
/// The local-moving phase shared by Louvain and Leiden, in its queue-based form ("fast local move",
/// Traag, Waltman and van Eck 2019; Ozaki, Tezuka and Inaba 2016): every node is visited once in a
/// seeded random order, and afterwards only nodes whose neighbourhood changed are revisited, until no
/// move improves the quality. Each move goes to the neighbouring community (or an empty one) with the
/// largest gain <c>E(v, C) − λ·w_v·W_C</c>; ties keep the current community, then the first candidate in
/// adjacency order. Sequential and allocation-free per node; deterministic for a given order.
/// </summary>
internal sealed class LocalMoving
{
    private readonly double[] _total;
    private readonly int[] _members;
    private readonly double[] _neighbourWeight;
    private readonly int[] _neighbours;
    private readonly int[] _queue;
    private readonly bool[] _queued;
    private readonly int[] _empty;

    /// <summary>Scratch sized for networks of up to <paramref name="capacity"/> nodes; reused across levels.</summary>
    public LocalMoving(int capacity)
    {
        _total = new double[capacity];
        _members = new int[capacity];
        _neighbourWeight = new double[capacity];
        _neighbours = new int[capacity];
        _queue = new int[capacity];
        _queued = new bool[capacity];
        _empty = new int[capacity];
    }

    /// <summary>
    /// Moves nodes of <paramref name="net"/> between the communities in <paramref name="community"/>
    /// (labels in 0..n-1) until no move has a positive gain. Returns the number of moves made.
    /// </summary>
    /// <param name="net">The network.</param>
    /// <param name="community">Community of every node; updated in place.</param>
    /// <param name="nodeWeight">w_v: strength (modularity) or size (constant Potts model).</param>
    /// <param name="lambda">λ: γ/2m (modularity) or γ (constant Potts model).</param>
    /// <param name="order">The order of the first visit, a permutation of 0..n-1.</param>
    /// <param name="maxVisits">Stop after this many node visits (a guard against floating-point cycling).</param>
    /// <param name="cancellationToken">Checked once per n visits.</param>
    public long Run(WeightedNetwork net, int[] community, double[] nodeWeight, double lambda, int[] order, long maxVisits, CancellationToken cancellationToken)
    {
        var n = net.NodeCount;
        var offsets = net.Offsets;
        var targets = net.Targets;
        var weights = net.Weights;
        var total = _total;
        var members = _members;
        var neighbourWeight = _neighbourWeight;
        var neighbours = _neighbours;
        var queue = _queue;
        var queued = _queued;
        var empty = _empty;
        Array.Clear(total, 0, n);
        Array.Clear(members, 0, n);
        for (var v = 0; v < n; v++)
        {
            total[community[v]] += nodeWeight[v];
            members[community[v]]++;
        }

        // Empty labels, smallest on top of the stack.
        var emptyCount = 0;
        for (var c = n - 1; c >= 0; c--)
        {
            if (members[c] == 0)
            {
                empty[emptyCount++] = c;
            }
        }

        Array.Copy(order, queue, n);
        Array.Fill(queued, true, 0, n);
        int head = 0, pending = n;
        long moves = 0, visits = 0;
        var untilCheck = 0;
        while (pending > 0 && visits < maxVisits)
        {
            if (--untilCheck < 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                untilCheck = n;
            }

            visits++;
            var v = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            pending--;
            queued[v] = false;

            var current = community[v];
            var wv = nodeWeight[v];
            var count = 0;
            int begin = offsets[v], end = offsets[v + 1];
            for (var s = begin; s < end; s++)
            {
                var c = community[targets[s]];
                if (neighbourWeight[c] == 0)
                {
                    // A zero-weight edge can list a community twice; evaluating it twice is harmless.
                    neighbours[count++] = c;
                }

                neighbourWeight[c] += weights[s];
            }

            total[current] -= wv;
            members[current]--;
            var best = current;
            var bestGain = neighbourWeight[current] - lambda * wv * total[current];
            for (var i = 0; i < count; i++)
            {
                var c = neighbours[i];
                var gain = neighbourWeight[c] - lambda * wv * total[c];
                if (gain > bestGain)
                {
                    best = c;
                    bestGain = gain;
                }
            }

            for (var i = 0; i < count; i++)
            {
                neighbourWeight[neighbours[i]] = 0;
            }

            if (bestGain < 0 && members[current] > 0)
            {
                // Alone, v would score 0: better than any community it touches.
                best = empty[--emptyCount];
            }

            total[best] += wv;
            members[best]++;
            if (best == current)
            {
                continue;
            }

            if (members[current] == 0)
            {
                empty[emptyCount++] = current;
            }

            community[v] = best;
            moves++;
            for (var s = begin; s < end; s++)
            {
                var u = targets[s];
                if (!queued[u] && community[u] != best)
                {
                    queued[u] = true;
                    var at = head + pending;
                    queue[at >= n ? at - n : at] = u;
                    pending++;
                }
            }
        }

        return moves;
    }
}
