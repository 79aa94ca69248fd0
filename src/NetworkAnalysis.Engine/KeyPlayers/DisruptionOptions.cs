namespace NetworkAnalysis.Engine.KeyPlayers;

/// <summary>Options of <see cref="Disruption.Simulate"/>.</summary>
public sealed record DisruptionOptions
{
    /// <summary>The defaults: degree strategy, 10 removals, no recovery, efficiency computed.</summary>
    public static DisruptionOptions Default { get; } = new();

    /// <summary>How the next node is chosen (default <see cref="DisruptionStrategy.Degree"/>).</summary>
    public DisruptionStrategy Strategy { get; init; } = DisruptionStrategy.Degree;

    /// <summary>How many nodes to remove (default 10; fewer when the network runs out).</summary>
    public int Steps { get; init; } = 10;

    /// <summary>
    /// Whether the network recovers after each removal (default false): the removed node's ties pass to one of
    /// its remaining contacts that shares a skill with it (Duijn, Kashirin and Sloot 2014).
    /// </summary>
    public bool Recovery { get; init; }

    /// <summary>Whether to compute the global efficiency after each step (default true; an all-pairs BFS per step, 256 sources per pass).</summary>
    public bool ComputeEfficiency { get; init; } = true;

    /// <summary>Threads for the betweenness strategy and the efficiency; −1 (default) uses every core. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
