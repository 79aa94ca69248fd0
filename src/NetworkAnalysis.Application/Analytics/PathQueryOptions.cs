using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>Options of <see cref="PathAnalysis.Find(TransactionNetwork, string, string, PathQueryOptions?, CancellationToken)"/>.</summary>
public sealed record PathQueryOptions
{
    /// <summary>The defaults: the one path with fewest hops, ties either way, at most 6 hops.</summary>
    public static PathQueryOptions Default { get; } = new();

    /// <summary>
    /// What makes a path short (default <see cref="EdgeLength.Unit"/>). <see cref="EdgeLength.InverseWeight"/>
    /// gives the strongest path (ties with many transactions, or large amounts with <see cref="Aggregation"/>
    /// = amount, count as short); <see cref="EdgeLength.Weight"/> treats the aggregate as a cost.
    /// </summary>
    public EdgeLength Length { get; init; } = EdgeLength.Unit;

    /// <summary>How many paths (default 1; more uses Yen's k shortest loopless paths; capped by <see cref="MaxResults"/>).</summary>
    public int Count { get; init; } = 1;

    /// <summary>Longest path, in hops (default 6).</summary>
    public int MaxHops { get; init; } = 6;

    /// <summary>Upper bound on <see cref="Count"/> (default 20).</summary>
    public int MaxResults { get; init; } = 20;

    /// <summary>Time limit (default 10 s).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Ties followed: out (along the transactions' direction), in, or all (default).</summary>
    public Direction Direction { get; init; } = Direction.All;

    /// <summary>Only transactions of these kinds (default null: all). Not allowed with an already projected graph.</summary>
    public IReadOnlySet<TransactionKind>? TransactionKinds { get; init; }

    /// <summary>Only transactions at or after this instant (not allowed with an already projected graph).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only transactions before this instant (not allowed with an already projected graph).</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>How a tie's weight is formed from its transactions (default: the projection's, <see cref="ProjectionOptions.Aggregation"/>). Not used with an already projected graph.</summary>
    public EdgeAggregation Aggregation { get; init; } = ProjectionOptions.Default.Aggregation;
}
