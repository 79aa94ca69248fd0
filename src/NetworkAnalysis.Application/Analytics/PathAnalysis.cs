using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine.Paths;
using NetworkAnalysis.Engine.Temporal;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>
/// Paths between two agents: the shortest (fewest hops), the lightest or strongest (weighted), the k
/// shortest (Yen), and time-respecting chains of transactions.
/// </summary>
/// <remarks>
/// Static paths run on a projection of the transactions (<see cref="ShortestPath"/>, <see cref="KShortestPaths"/>);
/// the <see cref="ProjectedGraph"/> overload answers many queries on one projection. Time-respecting paths
/// (<see cref="TemporalPaths"/>) use each transaction on its own, in time order; transactions without a
/// time are left out and counted.
/// </remarks>
public static class PathAnalysis
{
    /// <summary>Finds the shortest path(s) from <paramref name="fromId"/> to <paramref name="toId"/>.</summary>
    /// <param name="network">The network.</param>
    /// <param name="fromId">Start agent.</param>
    /// <param name="toId">End agent.</param>
    /// <param name="options">Edge lengths, count, filters and limits.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="KeyNotFoundException">No such agent.</exception>
    /// <exception cref="TimeoutException">The time limit was reached.</exception>
    public static PathReport Find(TransactionNetwork network, string fromId, string toId, PathQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= PathQueryOptions.Default;
        network.GetAgent(fromId);
        network.GetAgent(toId);
        return Deadline.Run("paths", options.TimeLimit, cancellationToken, ct =>
        {
            var projected = ProjectionCache.Project(network, new ProjectionOptions
            {
                TransactionKinds = options.TransactionKinds,
                From = options.From,
                To = options.To,
                Aggregation = options.Aggregation,
            });
            return Run(projected, fromId, toId, options, ct);
        });
    }

    /// <summary>Finds the shortest path(s) on an existing projection (its filters and weights apply).</summary>
    /// <param name="projected">A projection.</param>
    /// <param name="fromId">Start agent.</param>
    /// <param name="toId">End agent.</param>
    /// <param name="options">Edge lengths, count and limits; transaction filters must be null here.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="KeyNotFoundException">An agent is not in the projection.</exception>
    /// <exception cref="TimeoutException">The time limit was reached.</exception>
    public static PathReport Find(ProjectedGraph projected, string fromId, string toId, PathQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projected);
        options ??= PathQueryOptions.Default;
        if (options.TransactionKinds is not null || options.From is not null || options.To is not null)
        {
            throw new ArgumentException("transaction filters need a new projection: use the TransactionNetwork overload", nameof(options));
        }

        return Deadline.Run("paths", options.TimeLimit, cancellationToken, ct => Run(projected, fromId, toId, options, ct));
    }

    /// <summary>Finds time-respecting paths: chains of transactions, each no earlier than the one before.</summary>
    /// <param name="network">The network.</param>
    /// <param name="fromId">Start agent.</param>
    /// <param name="toId">End agent (different from the start).</param>
    /// <param name="options">Hops, filters, direction and time limit.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="KeyNotFoundException">No such agent.</exception>
    /// <exception cref="TimeoutException">The time limit was reached.</exception>
    public static TemporalPathReport FindTimeRespecting(TransactionNetwork network, string fromId, string toId, TemporalPathQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= TemporalPathQueryOptions.Default;
        var from = network.IndexOf(fromId);
        var to = network.IndexOf(toId);
        if (from < 0 || to < 0)
        {
            throw new KeyNotFoundException($"no agent '{(from < 0 ? fromId : toId)}'");
        }

        return Deadline.Run("trace paths", options.TimeLimit, cancellationToken, ct =>
        {
            var set = TimedTransactions.Get(network, options.TransactionKinds, currency: null, requireAmount: false, ct);
            var result = TemporalPaths.Find(set.Edges, from, to, new TemporalPathOptions
            {
                MaxHops = options.MaxHops,
                Direction = options.Direction,
                Window = TimedTransactions.Window(options.From, options.To),
            }, ct);
            return new TemporalPathReport(fromId, toId, Describe(network, set.TransactionIndex, result.EarliestArrival), Describe(network, set.TransactionIndex, result.FewestHops), set.Skipped);
        });
    }

    private static TimedPath? Describe(TransactionNetwork network, int[] transactionIndex, TemporalPath? path)
    {
        if (path is null)
        {
            return null;
        }

        var agents = network.Agents;
        var hops = new List<TimedHop>();
        foreach (var e in path.Edges)
        {
            var t = transactionIndex[e];
            var tx = network.Transactions[t];
            hops.Add(new TimedHop(tx.Id ?? $"#{t + 1}", tx.Source, tx.Target, tx.Kind, tx.Time!.Value, tx.Amount, tx.Currency));
        }

        return new TimedPath(path.Nodes.Select(v => agents[v].Id).ToArray(), hops);
    }

    private static PathReport Run(ProjectedGraph projected, string fromId, string toId, PathQueryOptions options, CancellationToken ct)
    {
        var s = projected.IndexOf(fromId);
        var t = projected.IndexOf(toId);
        if (s < 0 || t < 0)
        {
            throw new KeyNotFoundException($"no agent '{(s < 0 ? fromId : toId)}' in the projected network");
        }

        var engineOptions = new ShortestPathOptions { Length = options.Length, Direction = options.Direction, MaxHops = options.MaxHops };
        var k = Math.Min(options.Count, options.MaxResults);
        IReadOnlyList<GraphPath> found = k <= 1
            ? ShortestPath.Find(projected.Graph, s, t, engineOptions, ct) is { } one ? [one] : []
            : KShortestPaths.Yen(projected.Graph, s, t, k, engineOptions, ct);
        var paths = found.Select((p, i) => new FoundPath(i + 1, p.Nodes.Select(v => projected.Ids[v]).ToArray(), p.Hops, p.Length)).ToList();
        var length = options.Length switch
        {
            EdgeLength.Weight => "weight",
            EdgeLength.InverseWeight => "inverse_weight",
            _ => "hops",
        };
        return new PathReport(fromId, toId, length, paths);
    }
}
