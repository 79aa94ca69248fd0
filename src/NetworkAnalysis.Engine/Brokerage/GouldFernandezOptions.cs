namespace NetworkAnalysis.Engine.Brokerage;

/// <summary>Options of <see cref="GouldFernandez.Compute"/>.</summary>
public sealed record GouldFernandezOptions
{
    /// <summary>The defaults.</summary>
    public static GouldFernandezOptions Default { get; } = new();

    /// <summary>Threads to use; −1 (default) uses every core. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
