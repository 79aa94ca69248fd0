using System.Runtime.CompilerServices;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;

namespace NetworkAnalysis.Application.Projection;

/// <summary>
/// The one implementation of <see cref="ProjectionOptions"/>' filters and aggregation, fed with plain
/// values so that a <see cref="TransactionNetwork"/> (<see cref="NetworkProjection"/>) and a case store
/// (reading integer columns) produce the same graph bit for bit. Feed every agent with
/// <see cref="SetAgent"/> (positions 0..n−1), then every transaction in case order with
/// <see cref="AddTransaction"/>, then (when <see cref="NeedsTies"/>) every tie in case order with
/// <see cref="AddTie"/>, then call <see cref="Build"/> once. Not thread-safe.
/// </summary>
/// <remarks>
/// O(agents + transactions) time; memory O(agents) plus 16 bytes per kept transaction. Nodes keep the
/// agents' order; edges are numbered in order of their first kept transaction; weights are summed in
/// transaction order, so the result is deterministic.
/// </remarks>
public sealed class ProjectionBuilder
{
    private readonly ProjectionOptions _options;
    private readonly bool[] _keepAgent;
    private readonly bool[] _touched;
    private readonly bool[] _keepKind;
    private readonly bool[]? _keepTieKind;
    private readonly bool _windowed;
    private readonly long _fromTicks;
    private readonly long _toTicks;
    private int[] _sources;
    private int[] _targets;
    private double[] _weights;
    private int _count;

    /// <summary>Starts a projection of <paramref name="agentCount"/> agents.</summary>
    /// <param name="options">The filters and aggregation.</param>
    /// <param name="agentCount">Number of agents.</param>
    /// <param name="transactionCapacity">Expected number of transactions (to size the edge arrays once).</param>
    public ProjectionBuilder(ProjectionOptions options, int agentCount, int transactionCapacity)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(agentCount);
        _options = options;
        _keepAgent = new bool[agentCount];
        _touched = new bool[agentCount];
        _keepKind = new bool[Enum.GetValues<TransactionKind>().Length];
        for (var k = 0; k < _keepKind.Length; k++)
        {
            _keepKind[k] = options.TransactionKinds is null || options.TransactionKinds.Contains((TransactionKind)k);
        }

        if (options.TieKinds is { Count: > 0 } tieKinds && options.Aggregation != EdgeAggregation.Amount)
        {
            _keepTieKind = new bool[Enum.GetValues<TieKind>().Length];
            for (var k = 0; k < _keepTieKind.Length; k++)
            {
                _keepTieKind[k] = tieKinds.Contains((TieKind)k);
            }
        }

        _windowed = options.From is not null || options.To is not null;
        _fromTicks = options.From?.UtcTicks ?? long.MinValue;
        _toTicks = options.To?.UtcTicks ?? long.MaxValue;
        var capacity = Math.Max(1, transactionCapacity);
        _sources = new int[capacity];
        _targets = new int[capacity];
        _weights = new double[capacity];
    }

    /// <summary>Whether <see cref="SetAgent"/> needs the agents' groups (a group filter is set).</summary>
    public bool NeedsGroups => _options.Groups is not null;

    /// <summary>Whether <see cref="AddTransaction"/> needs amounts (aggregation by amount).</summary>
    public bool NeedsAmounts => _options.Aggregation == EdgeAggregation.Amount;

    /// <summary>
    /// Whether ties are projected at all: some tie kinds are asked for and the aggregation is not by amount
    /// (a tie has no amount). When false, <see cref="AddTie"/> need not be called.
    /// </summary>
    public bool NeedsTies => _keepTieKind is not null;

    /// <summary>Decides whether the agent at <paramref name="position"/> can be a node.</summary>
    /// <param name="position">The agent's position in the case (0-based).</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="sphere">Its sphere.</param>
    /// <param name="groups">Its group ids; read only when <see cref="NeedsGroups"/>.</param>
    public void SetAgent(int position, AgentKind kind, Sphere sphere, IEnumerable<string>? groups)
    {
        var keep = (_options.AgentKinds is null || _options.AgentKinds.Contains(kind))
            && (_options.Spheres is null || _options.Spheres.Contains(sphere));
        if (keep && _options.Groups is { } wanted)
        {
            keep = false;
            foreach (var group in groups ?? [])
            {
                if (wanted.Contains(group))
                {
                    keep = true;
                    break;
                }
            }
        }

        _keepAgent[position] = keep;
    }

    /// <summary>Offers the next transaction in case order.</summary>
    /// <param name="source">Position of its source agent.</param>
    /// <param name="target">Position of its target agent.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="utcTicks">Its time as UTC ticks, or null when untimed.</param>
    /// <param name="amount">Its amount converted to double, or null; read only when <see cref="NeedsAmounts"/>.</param>
    /// <param name="weight">Its weight column.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTransaction(int source, int target, TransactionKind kind, long? utcTicks, double? amount, double weight)
    {
        if (!_keepAgent[source] || !_keepAgent[target] || !_keepKind[(int)kind])
        {
            return;
        }

        if (!_options.KeepSelfLoops && source == target)
        {
            return;
        }

        if (_windowed)
        {
            if (utcTicks is not { } ticks)
            {
                if (!_options.KeepUntimed)
                {
                    return;
                }
            }
            else if (ticks < _fromTicks || ticks >= _toTicks)
            {
                return;
            }
        }

        double w;
        switch (_options.Aggregation)
        {
            case EdgeAggregation.Amount:
                if (amount is not { } a)
                {
                    return;
                }

                w = a;
                break;
            case EdgeAggregation.Weight:
                w = weight;
                break;
            default:
                w = 1.0;
                break;
        }

        Append(source, target, w);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(int source, int target, double w)
    {
        if (_count == _sources.Length)
        {
            var size = (int)Math.Min(Array.MaxLength, (long)_count * 2);
            Array.Resize(ref _sources, size);
            Array.Resize(ref _targets, size);
            Array.Resize(ref _weights, size);
        }

        _sources[_count] = source;
        _targets[_count] = target;
        _weights[_count] = w;
        _count++;
        _touched[source] = true;
        _touched[target] = true;
    }

    /// <summary>
    /// Offers the next tie in case order (after every transaction). A kept tie counts as one link of weight
    /// 1; a mutual tie (family, association) adds a link each way in a directed projection. With a time
    /// window the tie is kept when its start–end interval overlaps the window (an open end runs on); a tie
    /// with neither date follows <see cref="ProjectionOptions.KeepUntimed"/>.
    /// </summary>
    /// <param name="source">Position of its source agent.</param>
    /// <param name="target">Position of its target agent.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="startTicks">Its start as UTC ticks, or null.</param>
    /// <param name="endTicks">Its end as UTC ticks, or null.</param>
    public void AddTie(int source, int target, TieKind kind, long? startTicks, long? endTicks)
    {
        if (_keepTieKind is null || !_keepAgent[source] || !_keepAgent[target] || !_keepTieKind[(int)kind])
        {
            return;
        }

        if (!_options.KeepSelfLoops && source == target)
        {
            return;
        }

        if (_windowed)
        {
            if (startTicks is null && endTicks is null)
            {
                if (!_options.KeepUntimed)
                {
                    return;
                }
            }
            else if ((startTicks is { } start && start >= _toTicks) || (endTicks is { } end && end < _fromTicks))
            {
                return;
            }
        }

        Append(source, target, 1.0);
        if (_options.Directed && source != target && Tie.IsMutualKind(kind))
        {
            Append(target, source, 1.0);
        }
    }

    /// <summary>Numbers the nodes and builds the graph (parallel transactions summed into one edge).</summary>
    /// <param name="agentIds">Agent ids by position.</param>
    /// <param name="network">The network the agents come from, or null when projecting from a store.</param>
    /// <param name="sensitivities">Agent sensitivities by position when <paramref name="network"/> is null (for identity protection).</param>
    public ProjectedGraph Build(IReadOnlyList<string> agentIds, TransactionNetwork? network, IReadOnlyList<Sensitivity>? sensitivities)
    {
        ArgumentNullException.ThrowIfNull(agentIds);
        var agentCount = _keepAgent.Length;
        var nodeOf = new int[agentCount];
        var nodes = 0;
        for (var a = 0; a < agentCount; a++)
        {
            nodeOf[a] = _keepAgent[a] && (_options.KeepIsolated || _touched[a]) ? nodes++ : -1;
        }

        var agentIndexes = new int[nodes];
        var ids = new string[nodes];
        var nodeSensitivities = sensitivities is null ? null : new Sensitivity[nodes];
        for (var a = 0; a < agentCount; a++)
        {
            if (nodeOf[a] is var v and >= 0)
            {
                agentIndexes[v] = a;
                ids[v] = agentIds[a];
                if (nodeSensitivities is not null)
                {
                    nodeSensitivities[v] = sensitivities![a];
                }
            }
        }

        // When every offered transaction was kept (the common, unfiltered case) the arrays are exactly full: no copy.
        var sources = _count == _sources.Length ? _sources : _sources.AsSpan(0, _count).ToArray();
        var targets = _count == _targets.Length ? _targets : _targets.AsSpan(0, _count).ToArray();
        var weights = _count == _weights.Length ? _weights : _weights.AsSpan(0, _count).ToArray();
        _sources = _targets = [];
        _weights = [];
        for (var e = 0; e < sources.Length; e++)
        {
            sources[e] = nodeOf[sources[e]];
            targets[e] = nodeOf[targets[e]];
        }

        // Counts are meaningful weights too, so the graph is always weighted; algorithms use weights only when asked.
        var graph = CsrGraphBuilder.FromEdges(nodes, _options.Directed, sources, targets, weights, ParallelEdges.Sum);
        return new ProjectedGraph(graph, ids, network, network is null ? null : agentIndexes) { Sensitivities = nodeSensitivities };
    }
}
