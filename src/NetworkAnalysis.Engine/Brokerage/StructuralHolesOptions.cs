namespace NetworkAnalysis.Engine.Brokerage;

/// <summary>Options of <see cref="StructuralHoles.Compute"/>.</summary>
public sealed record StructuralHolesOptions
{
    /// <summary>The defaults: unweighted, every core.</summary>
    public static StructuralHolesOptions Default { get; } = new();

    /// <summary>
    /// Whether tie strengths are the edge weights (parallel edges summed); default false: a tie counts 1
    /// each way it exists, as NetworkX does with <c>weight=None</c>.
    /// </summary>
    public bool Weighted { get; init; }

    /// <summary>Threads to use; −1 (default) uses every core. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
