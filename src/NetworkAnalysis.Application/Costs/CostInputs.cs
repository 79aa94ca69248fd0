namespace NetworkAnalysis.Application.Costs;

/// <summary>The options an estimate depends on; null means the analysis's default.</summary>
public sealed record CostInputs
{
    /// <summary>No options: every default.</summary>
    public static CostInputs Default { get; } = new();

    /// <summary>Sampled sources (betweenness), or null for exact.</summary>
    public int? Samples { get; init; }

    /// <summary>Iteration limit of an iterative method.</summary>
    public int? Iterations { get; init; }

    /// <summary>Removal steps (disruption) or the number of players or paths (<c>k</c>).</summary>
    public int? Steps { get; init; }

    /// <summary>Threads; null for all cores.</summary>
    public int? Threads { get; init; }

    /// <summary>Weighted path lengths (Dijkstra rather than breadth-first search).</summary>
    public bool Weighted { get; init; }

    /// <summary>Disruption: the exact network efficiency after every step (quadratic).</summary>
    public bool Efficiency { get; init; }
}
