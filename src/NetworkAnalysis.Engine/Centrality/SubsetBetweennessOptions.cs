using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Options of <see cref="SubsetBetweenness"/>. Defaults reproduce NetworkX's
/// <c>betweenness_centrality_subset(G, sources, targets)</c>.
/// </summary>
public sealed record SubsetBetweennessOptions
{
    /// <summary>Path start nodes (duplicates are ignored).</summary>
    public required IReadOnlyList<int> Sources { get; init; }

    /// <summary>Path end nodes (duplicates are ignored).</summary>
    public required IReadOnlyList<int> Targets { get; init; }

    /// <summary>
    /// Divide by (n−1)(n−2) (NetworkX <c>normalized=True</c>). Default false, NetworkX's default for the
    /// subset variant. Unnormalised values on an undirected graph are halved, as NetworkX does (so a pair
    /// whose ends are both sources and both targets counts once, a pair seen from one end only counts ½).
    /// </summary>
    public bool Normalized { get; init; }

    /// <summary>How edges become lengths. Default <see cref="EdgeLength.Unit"/>.</summary>
    public EdgeLength Length { get; init; } = EdgeLength.Unit;

    /// <summary>Threads to use; 0 or less means one per processor. The result does not depend on it. Default −1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
