using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Projection;

/// <summary>
/// Keeps the <em>unfiltered</em> projections of a network (one per aggregation), so that small queries on a
/// network that stays loaded (the service keeps recent case versions in memory) do not project millions of
/// transactions per request. Filtered projections are not kept: their options vary per request and would grow
/// without bound. Entries live as long as the network does (weakly keyed). Thread-safe; a projection is built
/// once even when many requests ask at once.
/// </summary>
public static class ProjectionCache
{
    private static readonly ConditionalWeakTable<TransactionNetwork, ConcurrentDictionary<ProjectionOptions, Lazy<ProjectedGraph>>> Kept = new();

    /// <summary>
    /// The projection of <paramref name="network"/> under <paramref name="options"/>: the kept one when the options
    /// only choose the aggregation (no transaction, tie, agent, sphere, group or time filter), else a new one.
    /// </summary>
    public static ProjectedGraph Project(TransactionNetwork network, ProjectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        if (options != (ProjectionOptions.Default with { Aggregation = options.Aggregation }))
        {
            return NetworkProjection.Project(network, options);
        }

        var byOptions = Kept.GetValue(network, _ => new ConcurrentDictionary<ProjectionOptions, Lazy<ProjectedGraph>>());
        return byOptions.GetOrAdd(options, o => new Lazy<ProjectedGraph>(() => Warm(NetworkProjection.Project(network, o)))).Value;
    }

    // Builds the id index before the projection is shared, so concurrent readers never race to build it.
    private static ProjectedGraph Warm(ProjectedGraph projected)
    {
        projected.IndexOf(string.Empty);
        return projected;
    }
}
