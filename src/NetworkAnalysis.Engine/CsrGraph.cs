using System.Runtime.CompilerServices;

namespace NetworkAnalysis.Engine;

/// <summary>
/// An immutable graph in compressed sparse row (CSR) form: nodes are the integers
/// <c>0 .. NodeCount-1</c>, edges the integers <c>0 .. EdgeCount-1</c>. Built by
/// <see cref="CsrGraphBuilder"/>; thread-safe to read.
/// </summary>
/// <remarks>
/// <para><b>Layout.</b> For every node <c>v</c> the out-adjacency <see cref="Neighbors(int)"/> is a slice of one
/// flat <c>int[]</c>, sorted by neighbour index (ties by edge id), with the matching weights
/// (<see cref="Weights"/>) and edge ids (<see cref="EdgeIds"/>) in parallel arrays. A directed graph also
/// holds the reverse (in-edge) CSR, so <see cref="InNeighbors"/> is O(1) too. An undirected edge u–v with
/// u ≠ v appears in both adjacency lists; an undirected self-loop appears once, in its node's list
/// (degree functions count it twice, as NetworkX does).</para>
/// <para><b>Weights.</b> Every edge has a weight; an unweighted graph (<see cref="IsWeighted"/> false) has
/// all weights 1, and algorithms that take a "weighted" option ignore weights when it is false.</para>
/// <para><b>Memory.</b> About 16 bytes per adjacency slot (target, weight, edge id) plus 16 bytes per edge
/// for the endpoint arrays, plus 4 bytes per node per CSR; a directed graph stores two CSRs. Slots are
/// indexed with <c>int</c>, so a graph holds at most about 2^31 - 1 adjacency slots.</para>
/// </remarks>
public sealed class CsrGraph
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly double[] _weights;
    private readonly int[] _edgeIds;
    private readonly int[] _inOffsets;
    private readonly int[] _inSources;
    private readonly double[] _inWeights;
    private readonly int[] _inEdgeIds;
    private readonly int[] _edgeSources;
    private readonly int[] _edgeTargets;
    private readonly double[] _edgeWeights;

    internal CsrGraph(
        int nodeCount,
        bool directed,
        bool weighted,
        int[] edgeSources,
        int[] edgeTargets,
        double[] edgeWeights,
        int[] offsets,
        int[] targets,
        double[] weights,
        int[] edgeIds,
        int[]? inOffsets,
        int[]? inSources,
        double[]? inWeights,
        int[]? inEdgeIds)
    {
        NodeCount = nodeCount;
        IsDirected = directed;
        IsWeighted = weighted;
        _edgeSources = edgeSources;
        _edgeTargets = edgeTargets;
        _edgeWeights = edgeWeights;
        _offsets = offsets;
        _targets = targets;
        _weights = weights;
        _edgeIds = edgeIds;
        _inOffsets = inOffsets ?? offsets;
        _inSources = inSources ?? targets;
        _inWeights = inWeights ?? weights;
        _inEdgeIds = inEdgeIds ?? edgeIds;
    }

    /// <summary>Number of nodes.</summary>
    public int NodeCount { get; }

    /// <summary>Number of edges (an undirected edge counts once, as does a self-loop).</summary>
    public int EdgeCount => _edgeSources.Length;

    /// <summary>True when edges have a direction; false when every edge is undirected.</summary>
    public bool IsDirected { get; }

    /// <summary>True when edge weights carry meaning; when false every weight is 1.</summary>
    public bool IsWeighted { get; }

    /// <summary>Number of adjacency slots in the out-CSR (edges for a directed graph; 2·edges − self-loops for an undirected one).</summary>
    public int SlotCount => _targets.Length;

    /// <summary>Out-neighbours of <paramref name="node"/> (all neighbours on an undirected graph), sorted by index. O(1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> Neighbors(int node) =>
        _targets.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

    /// <summary>Weights of the edges in <see cref="Neighbors(int)"/>, in the same order. O(1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<double> Weights(int node) =>
        _weights.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

    /// <summary>Edge ids of the edges in <see cref="Neighbors(int)"/>, in the same order. O(1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> EdgeIds(int node) =>
        _edgeIds.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

    /// <summary>In-neighbours (predecessors) of <paramref name="node"/>, sorted by index; equals <see cref="Neighbors(int)"/> on an undirected graph. O(1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> InNeighbors(int node) =>
        _inSources.AsSpan(_inOffsets[node], _inOffsets[node + 1] - _inOffsets[node]);

    /// <summary>Weights of the edges in <see cref="InNeighbors"/>, in the same order. O(1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<double> InWeights(int node) =>
        _inWeights.AsSpan(_inOffsets[node], _inOffsets[node + 1] - _inOffsets[node]);

    /// <summary>Edge ids of the edges in <see cref="InNeighbors"/>, in the same order. O(1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> InEdgeIds(int node) =>
        _inEdgeIds.AsSpan(_inOffsets[node], _inOffsets[node + 1] - _inOffsets[node]);

    /// <summary>Neighbours along <paramref name="direction"/>: out, in, or (for <see cref="Direction.All"/> on a directed graph) not available as one span; use <see cref="Neighbors(int)"/> and <see cref="InNeighbors"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> Neighbors(int node, Direction direction) =>
        direction == Direction.In ? InNeighbors(node) : Neighbors(node);

    /// <summary>Number of out-slots of <paramref name="node"/> (undirected: neighbours, a self-loop counted once).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int OutDegree(int node) => _offsets[node + 1] - _offsets[node];

    /// <summary>Number of in-slots of <paramref name="node"/> (equals <see cref="OutDegree"/> on an undirected graph).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int InDegree(int node) => _inOffsets[node + 1] - _inOffsets[node];

    /// <summary>Source endpoint of edge <paramref name="edge"/> (for an undirected edge, the endpoint given first when built).</summary>
    public int EdgeSource(int edge) => _edgeSources[edge];

    /// <summary>Target endpoint of edge <paramref name="edge"/>.</summary>
    public int EdgeTarget(int edge) => _edgeTargets[edge];

    /// <summary>Weight of edge <paramref name="edge"/>.</summary>
    public double EdgeWeight(int edge) => _edgeWeights[edge];

    /// <summary>Source of every edge, indexed by edge id.</summary>
    public ReadOnlySpan<int> EdgeSources => _edgeSources;

    /// <summary>Target of every edge, indexed by edge id.</summary>
    public ReadOnlySpan<int> EdgeTargets => _edgeTargets;

    /// <summary>Weight of every edge, indexed by edge id.</summary>
    public ReadOnlySpan<double> EdgeWeights => _edgeWeights;

    /// <summary>Raw out-CSR offsets (length NodeCount + 1): node v's slots are <c>[Offsets[v], Offsets[v+1])</c>.</summary>
    public ReadOnlySpan<int> Offsets => _offsets;

    /// <summary>Raw out-CSR targets, one per slot.</summary>
    public ReadOnlySpan<int> Targets => _targets;

    /// <summary>Raw out-CSR weights, one per slot.</summary>
    public ReadOnlySpan<double> SlotWeights => _weights;

    /// <summary>Raw in-CSR offsets (the out-CSR on an undirected graph).</summary>
    public ReadOnlySpan<int> InOffsets => _inOffsets;

    /// <summary>Raw in-CSR sources, one per in-slot.</summary>
    public ReadOnlySpan<int> InSources => _inSources;

    /// <summary>Raw in-CSR weights, one per in-slot.</summary>
    public ReadOnlySpan<double> InSlotWeights => _inWeights;

    // Array accessors for hot loops inside the engine (bounds-check elimination works best on arrays).
    internal int[] OffsetArray => _offsets;
    internal int[] TargetArray => _targets;
    internal double[] WeightArray => _weights;
    internal int[] EdgeIdArray => _edgeIds;
    internal int[] InOffsetArray => _inOffsets;
    internal int[] InSourceArray => _inSources;
    internal double[] InWeightArray => _inWeights;
    internal int[] InEdgeIdArray => _inEdgeIds;

    /// <summary>True when an edge goes from <paramref name="source"/> to <paramref name="target"/>. O(log degree) (binary search).</summary>
    public bool HasEdge(int source, int target) => Neighbors(source).BinarySearch(target) >= 0;

    /// <summary>
    /// The undirected version of this graph: every edge loses its direction; with
    /// <paramref name="merge"/> other than <see cref="ParallelEdges.Keep"/>, the pairs u→v and v→u (and
    /// parallel edges) collapse into one edge (igraph's <c>as_undirected("collapse")</c> with
    /// <see cref="ParallelEdges.Sum"/>). Returns this graph when it is already undirected. O(n + m).
    /// </summary>
    public CsrGraph ToUndirected(ParallelEdges merge = ParallelEdges.Sum)
    {
        if (!IsDirected)
        {
            return this;
        }

        var builder = new CsrGraphBuilder(NodeCount, directed: false, weighted: IsWeighted, edgeCapacity: EdgeCount);
        for (var e = 0; e < _edgeSources.Length; e++)
        {
            builder.AddEdge(_edgeSources[e], _edgeTargets[e], _edgeWeights[e]);
        }

        return builder.Build(merge);
    }

    /// <summary>Approximate bytes held by this graph's arrays.</summary>
    public long EstimatedBytes()
    {
        long bytes = (long)_offsets.Length * 4 + (long)_targets.Length * 16 + (long)_edgeSources.Length * 16;
        if (IsDirected)
        {
            bytes += (long)_inOffsets.Length * 4 + (long)_inSources.Length * 16;
        }

        return bytes;
    }
}
