using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>Options of <see cref="EgoNetworkAnalysis.Extract(TransactionNetwork, string, EgoQueryOptions?, CancellationToken)"/>.</summary>
public sealed record EgoQueryOptions
{
    /// <summary>The defaults: 1 hop, either direction, at most 500 agents.</summary>
    public static EgoQueryOptions Default { get; } = new();

    /// <summary>How many transaction hops from the agent (default 1).</summary>
    public int MaxHops { get; init; } = 1;

    /// <summary>Most agents returned, the centre included (default 500); the search stops there.</summary>
    public int MaxResults { get; init; } = 500;

    /// <summary>Most ties returned among them (default 5,000).</summary>
    public int MaxTies { get; init; } = 5_000;

    /// <summary>Time limit (default 10 s).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Ties followed: out (whom the agent deals with as source), in, or all (default).</summary>
    public Direction Direction { get; init; } = Direction.All;

    /// <summary>Only agents of these kinds are included or passed through (default null: all; the centre is always kept).</summary>
    public IReadOnlySet<AgentKind>? AgentKinds { get; init; }

    /// <summary>Only agents of these spheres are included or passed through (default null: all).</summary>
    public IReadOnlySet<Sphere>? Spheres { get; init; }

    /// <summary>Only transactions of these kinds form ties (default null: all). Not allowed with an already projected graph.</summary>
    public IReadOnlySet<TransactionKind>? TransactionKinds { get; init; }

    /// <summary>Only transactions at or after this instant (not allowed with an already projected graph).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only transactions before this instant (not allowed with an already projected graph).</summary>
    public DateTimeOffset? To { get; init; }
}
