using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Projection;

/// <summary>
/// Which part of a <see cref="TransactionNetwork"/> becomes the engine graph, and how transactions are
/// aggregated into edges. The default keeps every agent and transaction, directed, weights = summed
/// <c>weight</c> column (the number of transactions when no weights are given), and leaves every tie out
/// (so a dataset with ties gives the same results as before ties existed).
/// </summary>
public sealed record ProjectionOptions
{
    /// <summary>Default projection: all agents and transactions, directed, counted.</summary>
    public static ProjectionOptions Default { get; } = new();

    /// <summary>Transaction kinds to keep; null keeps all.</summary>
    public IReadOnlySet<TransactionKind>? TransactionKinds { get; init; }

    /// <summary>
    /// Tie kinds (ownership, family, ...) to add as edges beside the transactions; null or empty (the
    /// default) leaves every tie out. A kept tie counts as one transaction of weight 1 (it has no amount,
    /// so <see cref="EdgeAggregation.Amount"/> skips it); a mutual tie (family, association) adds an edge
    /// each way in a directed projection. Agent filters apply to ties as to transactions. With a time
    /// window a tie is kept when its start–end interval overlaps the window (an open end runs on); a tie
    /// with neither date follows <see cref="KeepUntimed"/>.
    /// </summary>
    public IReadOnlySet<TieKind>? TieKinds { get; init; }

    /// <summary>Agent kinds to keep as nodes; null keeps all. Transactions touching a dropped agent are dropped.</summary>
    public IReadOnlySet<AgentKind>? AgentKinds { get; init; }

    /// <summary>Spheres to keep as nodes; null keeps all.</summary>
    public IReadOnlySet<Sphere>? Spheres { get; init; }

    /// <summary>Group ids: keep as nodes only agents in at least one of them (ordinal); null keeps all.</summary>
    public IReadOnlySet<string>? Groups { get; init; }

    /// <summary>Keep only transactions at or after this instant (inclusive).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Keep only transactions before this instant (exclusive).</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>With a time window, whether transactions without a time are kept (default false: a window means "known to be inside it").</summary>
    public bool KeepUntimed { get; init; }

    /// <summary>
    /// The weight of an edge, which every weighted analysis uses: <see cref="EdgeAggregation.Weight"/> (default:
    /// the sum of the transactions' <c>weight</c> column, "the strength of the link"; a transaction without
    /// one weighs 1, so without weights this is the number of transactions, and an edge list's weights
    /// carry through), <see cref="EdgeAggregation.Count"/> (number of transactions) or
    /// <see cref="EdgeAggregation.Amount"/> (summed amounts; transactions without an amount are left out).
    /// </summary>
    public EdgeAggregation Aggregation { get; init; } = EdgeAggregation.Weight;

    /// <summary>Whether edges keep the direction of the transactions (default true). When false, u→v and v→u merge into one undirected edge.</summary>
    public bool Directed { get; init; } = true;

    /// <summary>Whether agents with no kept transaction stay as isolated nodes (default true).</summary>
    public bool KeepIsolated { get; init; } = true;

    /// <summary>Whether transactions from an agent to itself are kept (default true).</summary>
    public bool KeepSelfLoops { get; init; } = true;
}
