using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NetworkAnalysis.Engine.Community;

/// <summary>
/// The local-moving phase shared by Louvain and Leiden, in its queue-based form ("fast local move",
/// Traag, Waltman and van Eck 2019; Ozaki, Tezuka and Inaba 2016): every node is visited once in a
/// seeded random order, and afterwards only nodes whose neighbourhood changed are revisited, until no
/// move improves the quality. Each move goes to the neighbouring community (or an empty one) with the
/// largest gain <c>E(v, C) − λ·w_v·W_C</c>; ties keep the current community, then the first candidate in
/// adjacency order.
/// </summary>
/// <remarks>
/// <para><b>Parallel, yet the sequential result.</b> The moves themselves are applied one node at a time in queue
/// order, exactly as the sequential algorithm does. What runs in parallel is the expensive read-only part: for the
/// next batch of queued nodes, other threads gather each node's (community, edge weight) list against the state at
/// the start of the batch. When the node's turn comes, its list is still exact unless a neighbour moved earlier in
/// the same batch (tracked with a per-node stamp set whenever a node moves), in which case it is gathered again on
/// the spot. Every gain is therefore computed from the same numbers, summed in the same order, as in a purely
/// sequential run: the result is bit-identical at any thread count and batch size.</para>
/// </remarks>
internal sealed class LocalMoving
{
    /// <summary>Adjacency slots below which the batched parallel gather is not worth the synchronisation.</summary>
    private const int ParallelThreshold = 200_000;

    private readonly double[] _total;
    private readonly int[] _members;
    private readonly double[] _neighbourWeight;
    private readonly int[] _neighbours;
    private readonly int[] _queue;
    private readonly bool[] _queued;
    private readonly int[] _empty;
    private readonly int _workers;
    private int[] _dirty = [];
    private ScratchPool<double[]>? _gatherScratch;
    private int[] _batch = [];
    private int[] _batchStart = [];
    private double[] _ownWeight = [];
    private int[] _listCommunity = [];
    private double[] _listWeight = [];
    private int[] _listLength = [];

    /// <summary>Scratch sized for networks of up to <paramref name="capacity"/> nodes; reused across levels.</summary>
    public LocalMoving(int capacity, int workers)
    {
        _total = new double[capacity];
        _members = new int[capacity];
        _neighbourWeight = new double[capacity];
        _neighbours = new int[capacity];
        _queue = new int[capacity];
        _queued = new bool[capacity];
        _empty = new int[capacity];
        _workers = workers;
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
    /// <param name="cancellationToken">Checked once per n visits (and once per batch).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long Run(WeightedNetwork net, int[] community, double[] nodeWeight, double lambda, int[] order, long maxVisits, CancellationToken cancellationToken)
    {
        var n = net.NodeCount;
        if (community.Length < n || nodeWeight.Length < n || order.Length < n || _total.Length < n)
        {
            throw new ArgumentException("arrays shorter than the network");
        }

        Array.Clear(_total, 0, n);
        Array.Clear(_members, 0, n);
        for (var v = 0; v < n; v++)
        {
            var c = community[v];
            _total[c] += nodeWeight[v];
            _members[c]++;
        }

        // Empty labels, smallest on top of the stack.
        var emptyCount = 0;
        for (var c = n - 1; c >= 0; c--)
        {
            if (_members[c] == 0)
            {
                _empty[emptyCount++] = c;
            }
        }

        Array.Copy(order, _queue, n);
        Array.Fill(_queued, true, 0, n);
        var batched = _workers > 1 && net.Targets.Length >= ParallelThreshold;
        if (batched)
        {
            PrepareBatches(n);
        }

        var state = new State { Pending = n, EmptyCount = emptyCount };
        var epoch = 0;
        while (state.Pending > 0 && state.Visits < maxVisits)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var size = (int)Math.Min(Math.Min(state.Pending, maxVisits - state.Visits), batched ? _batch.Length : n);
            if (batched)
            {
                epoch++;
                GatherBatch(net, community, state.Head, size);
            }

            for (var i = 0; i < size; i++)
            {
                Visit(net, community, nodeWeight, lambda, batched ? i : -1, epoch, ref state);
            }
        }

        return state.Moves;
    }

    private struct State
    {
        public int Head;
        public int Pending;
        public int EmptyCount;
        public long Moves;
        public long Visits;
    }

    private void PrepareBatches(int n)
    {
        var batch = Math.Clamp(n / 32, 256, 16_384);
        if (_dirty.Length < _total.Length)
        {
            _dirty = new int[_total.Length];
            var capacity = _total.Length;
            _gatherScratch = new ScratchPool<double[]>(() => new double[capacity]);
        }
        else
        {
            Array.Clear(_dirty);
        }

        if (_batch.Length != batch)
        {
            _batch = new int[batch];
            _batchStart = new int[batch + 1];
            _ownWeight = new double[batch];
            _listLength = new int[batch];
        }
    }

    /// <summary>Gathers, in parallel, the (community, weight) lists of the next <paramref name="size"/> queued nodes.</summary>
    private void GatherBatch(WeightedNetwork net, int[] community, int head, int size)
    {
        var n = net.NodeCount;
        var offsets = net.Offsets;
        var slots = 0;
        for (var i = 0; i < size; i++)
        {
            var at = head + i;
            var v = _queue[at >= n ? at - n : at];
            _batch[i] = v;
            _batchStart[i] = slots;
            slots += offsets[v + 1] - offsets[v];
        }

        _batchStart[size] = slots;
        if (_listCommunity.Length < slots)
        {
            _listCommunity = new int[Math.Max(slots, _listCommunity.Length * 2)];
            _listWeight = new double[_listCommunity.Length];
        }

        var workers = _workers;
        var bounds = ParallelChunks.ByPrefix(_batchStart, size, workers * 4);
        ParallelChunks.Run(bounds.Length - 1, workers, _gatherScratch!, (chunk, scratch) => GatherRange(net, community, bounds[chunk], bounds[chunk + 1], scratch));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void GatherRange(WeightedNetwork net, int[] community, int from, int to, double[] scratch)
    {
        var offsets = net.Offsets;
        var targets = net.Targets;
        var weights = net.Weights;
        var listCommunity = _listCommunity;
        var listWeight = _listWeight;
        for (var i = from; i < to; i++)
        {
            var v = _batch[i];
            var start = _batchStart[i];
            var count = 0;
            for (var s = offsets[v]; s < offsets[v + 1]; s++)
            {
                var c = community[targets[s]];
                if (scratch[c] == 0)
                {
                    listCommunity[start + count++] = c;
                }

                scratch[c] += weights[s];
            }

            _ownWeight[i] = scratch[community[v]];
            for (var j = 0; j < count; j++)
            {
                var c = listCommunity[start + j];
                listWeight[start + j] = scratch[c];
                scratch[c] = 0;
            }

            _listLength[i] = count;
        }
    }

    /// <summary>
    /// Visits the node at the head of the queue: uses the batch's gathered list <paramref name="slot"/> when it is still
    /// exact, gathers afresh otherwise, and applies the best move.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Visit(WeightedNetwork net, int[] community, double[] nodeWeight, double lambda, int slot, int epoch, ref State state)
    {
        // Indexing below skips bounds checks. Safe because every index is in range by construction: slots s lie in
        // [Offsets[v], Offsets[v+1]) ⊆ [0, Targets.Length); targets, community labels and queue entries lie in
        // [0, n) (labels are renumbered below n before every call); all scratch arrays hold ≥ n items.
        var n = net.NodeCount;
        ref var offsets = ref MemoryMarshal.GetArrayDataReference(net.Offsets);
        ref var targets = ref MemoryMarshal.GetArrayDataReference(net.Targets);
        ref var weights = ref MemoryMarshal.GetArrayDataReference(net.Weights);
        ref var communityOf = ref MemoryMarshal.GetArrayDataReference(community);
        ref var total = ref MemoryMarshal.GetArrayDataReference(_total);
        ref var members = ref MemoryMarshal.GetArrayDataReference(_members);
        ref var neighbourWeight = ref MemoryMarshal.GetArrayDataReference(_neighbourWeight);
        ref var neighbours = ref MemoryMarshal.GetArrayDataReference(_neighbours);
        ref var queue = ref MemoryMarshal.GetArrayDataReference(_queue);
        ref var queued = ref MemoryMarshal.GetArrayDataReference(_queued);

        state.Visits++;
        var v = Unsafe.Add(ref queue, state.Head);
        state.Head = state.Head + 1 == n ? 0 : state.Head + 1;
        state.Pending--;
        Unsafe.Add(ref queued, v) = false;

        var current = Unsafe.Add(ref communityOf, v);
        var wv = nodeWeight[v];
        var factor = lambda * wv;
        int begin = Unsafe.Add(ref offsets, v), end = Unsafe.Add(ref offsets, v + 1);
        ref var currentTotal = ref Unsafe.Add(ref total, current);
        ref var currentMembers = ref Unsafe.Add(ref members, current);
        int best;
        double bestGain;
        if (slot >= 0 && _dirty[v] != epoch)
        {
            // The list gathered at the start of the batch is exact: no neighbour has moved since.
            currentTotal -= wv;
            currentMembers--;
            best = current;
            bestGain = _ownWeight[slot] - factor * currentTotal;
            ref var listCommunity = ref MemoryMarshal.GetArrayDataReference(_listCommunity);
            ref var listWeight = ref MemoryMarshal.GetArrayDataReference(_listWeight);
            var start = _batchStart[slot];
            var stop = start + _listLength[slot];
            for (var i = start; i < stop; i++)
            {
                var c = Unsafe.Add(ref listCommunity, i);
                var gain = Unsafe.Add(ref listWeight, i) - factor * Unsafe.Add(ref total, c);
                if (gain > bestGain)
                {
                    best = c;
                    bestGain = gain;
                }
            }
        }
        else
        {
            var count = 0;
            for (var s = begin; s < end; s++)
            {
                var c = Unsafe.Add(ref communityOf, Unsafe.Add(ref targets, s));
                ref var w = ref Unsafe.Add(ref neighbourWeight, c);
                if (w == 0)
                {
                    // A zero-weight edge can list a community twice; the second entry then reads 0 (already reset
                    // below), which scores no better than the first: harmless.
                    Unsafe.Add(ref neighbours, count++) = c;
                }

                w += Unsafe.Add(ref weights, s);
            }

            currentTotal -= wv;
            currentMembers--;
            best = current;
            bestGain = Unsafe.Add(ref neighbourWeight, current) - factor * currentTotal;
            for (var i = 0; i < count; i++)
            {
                var c = Unsafe.Add(ref neighbours, i);
                ref var w = ref Unsafe.Add(ref neighbourWeight, c);
                var gain = w - factor * Unsafe.Add(ref total, c);
                w = 0;
                if (gain > bestGain)
                {
                    best = c;
                    bestGain = gain;
                }
            }

            // The own-community weight is read before the reset above; v's list may not contain its community.
            Unsafe.Add(ref neighbourWeight, current) = 0;
        }

        if (bestGain < 0 && currentMembers > 0)
        {
            // Alone, v would score 0: better than any community it touches.
            best = _empty[--state.EmptyCount];
        }

        Unsafe.Add(ref total, best) += wv;
        Unsafe.Add(ref members, best)++;
        if (best == current)
        {
            return;
        }

        if (currentMembers == 0)
        {
            _empty[state.EmptyCount++] = current;
        }

        Unsafe.Add(ref communityOf, v) = best;
        state.Moves++;
        var marking = slot >= 0;
        for (var s = begin; s < end; s++)
        {
            var u = Unsafe.Add(ref targets, s);
            if (marking)
            {
                _dirty[u] = epoch;
            }

            ref var isQueued = ref Unsafe.Add(ref queued, u);
            if (!isQueued && Unsafe.Add(ref communityOf, u) != best)
            {
                isQueued = true;
                var at = state.Head + state.Pending;
                Unsafe.Add(ref queue, at >= n ? at - n : at) = u;
                state.Pending++;
            }
        }
    }
}
