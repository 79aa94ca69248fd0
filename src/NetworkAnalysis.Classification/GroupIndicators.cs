using System.Collections.ObjectModel;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Classification;

/// <summary>
/// The indicators of one group (see <see cref="IndicatorCatalog"/>), computed from a network's
/// transactions. Immutable and thread-safe.
/// </summary>
public sealed class GroupIndicators
{
    private readonly double[] _values;
    private readonly string?[] _details;

    internal GroupIndicators(string groupId, string? groupName, GroupOrigin origin, double[] values, string?[] details, FunctionSet inHouse, FunctionSet boughtOnly)
    {
        GroupId = groupId;
        GroupName = groupName;
        Origin = origin;
        _values = values;
        _details = details;
        InHouseFunctions = inHouse;
        BoughtOnlyServices = boughtOnly;
        var all = new Indicator[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var definition = IndicatorCatalog.All[i];
            all[i] = new Indicator(definition.Name, definition.Unit, double.IsNaN(values[i]) ? null : values[i], details[i]);
        }

        All = new ReadOnlyCollection<Indicator>(all);
    }

    /// <summary>The group's id.</summary>
    public string GroupId { get; }

    /// <summary>The group's display name, or null.</summary>
    public string? GroupName { get; }

    /// <summary>Whether the group was declared or detected.</summary>
    public GroupOrigin Origin { get; }

    /// <summary>Every indicator in <see cref="IndicatorCatalog"/> order, known or not.</summary>
    public IReadOnlyList<Indicator> All { get; }

    /// <summary>The functions members perform (empty when unknown).</summary>
    public FunctionSet InHouseFunctions { get; }

    /// <summary>The ancillary services bought from outside specialists and not performed by members.</summary>
    public FunctionSet BoughtOnlyServices { get; }

    /// <summary>The indicator named <paramref name="name"/>; throws <see cref="KeyNotFoundException"/> for an unknown name.</summary>
    public Indicator this[string name]
    {
        get
        {
            var i = IndicatorCatalog.IndexOf(name);
            return i >= 0 ? All[i] : throw new KeyNotFoundException($"no indicator named '{name}'");
        }
    }

    /// <summary>The value of indicator <paramref name="name"/>, or null when unknown.</summary>
    public double? Value(string name) => this[name].Value;

    /// <summary>
    /// Indicators from given values, for training on indicator tables kept outside a network and for
    /// tests. Names not in <paramref name="values"/> (and null values) are unknown.
    /// </summary>
    /// <param name="groupId">The group's id.</param>
    /// <param name="values">Indicator name → value (null for unknown).</param>
    /// <exception cref="ArgumentException">A name is not an indicator, or a value is not finite.</exception>
    public static GroupIndicators FromValues(string groupId, IReadOnlyDictionary<string, double?> values)
    {
        ArgumentNullException.ThrowIfNull(groupId);
        ArgumentNullException.ThrowIfNull(values);
        var v = new double[IndicatorCatalog.Count];
        Array.Fill(v, double.NaN);
        foreach (var (name, value) in values)
        {
            var i = IndicatorCatalog.IndexOf(name);
            if (i < 0)
            {
                throw new ArgumentException($"'{name}' is not an indicator", nameof(values));
            }

            if (value is { } x)
            {
                v[i] = double.IsFinite(x) ? x : throw new ArgumentException($"indicator '{name}' is not finite", nameof(values));
            }
        }

        return new GroupIndicators(groupId, null, GroupOrigin.Declared, v, new string?[v.Length], FunctionSet.Empty, FunctionSet.Empty);
    }

    /// <summary>Computes the indicators of one group of <paramref name="network"/>.</summary>
    public static GroupIndicators Compute(TransactionNetwork network, CandidateGroup group)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(group);
        return new GroupScan(new NetworkIndex(network)).Compute(group);
    }

    /// <summary>
    /// Computes the indicators of every group in <paramref name="groups"/> (default: the network's
    /// declared groups with members, <see cref="CandidateGroup.Declared"/>), in the same order.
    /// One pass builds each agent's incident transactions; each group then costs the transactions of
    /// its members and of its people. Results do not depend on <paramref name="maxDegreeOfParallelism"/>.
    /// </summary>
    public static IReadOnlyList<GroupIndicators> ComputeAll(
        TransactionNetwork network,
        IReadOnlyList<CandidateGroup>? groups = null,
        int maxDegreeOfParallelism = 1,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        groups ??= CandidateGroup.Declared(network);
        var index = new NetworkIndex(network);
        var result = new GroupIndicators[groups.Count];
        if (maxDegreeOfParallelism == 1 || groups.Count < 2)
        {
            var scan = new GroupScan(index);
            for (var g = 0; g < groups.Count; g++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                result[g] = scan.Compute(groups[g]);
            }

            return result;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, groups.Count, options, () => new GroupScan(index), (g, _, scan) =>
        {
            result[g] = scan.Compute(groups[g]);
            return scan;
        }, _ => { });
        return result;
    }
}
