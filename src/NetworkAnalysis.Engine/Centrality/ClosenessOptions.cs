using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Engine.Centrality;

/// <summary>Options of <see cref="Closeness"/>. Defaults reproduce NetworkX's <c>closeness_centrality(G)</c>.</summary>
public sealed record ClosenessOptions
{
    /// <summary>
    /// Scale by the reached share, (r−1)/(n−1), so that nodes in small components do not score high
    /// (Wasserman and Faust 1994, NetworkX <c>wf_improved=True</c>). Default true.
    /// </summary>
    public bool WassermanFaust { get; init; } = true;

    /// <summary>
    /// Which distances count on a directed graph: <see cref="Direction.In"/> (default, as NetworkX) uses the
    /// distances from other nodes to the node; <see cref="Direction.Out"/> those from the node to others;
    /// <see cref="Direction.All"/> ignores direction. Ignored on undirected graphs.
    /// </summary>
    public Direction Direction { get; init; } = Direction.In;

    /// <summary>How edges become lengths. Default <see cref="EdgeLength.Unit"/> (NetworkX <c>distance=None</c>).</summary>
    public EdgeLength Length { get; init; } = EdgeLength.Unit;

    /// <summary>Threads to use; 0 or less means one per processor. The result does not depend on it. Default −1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
