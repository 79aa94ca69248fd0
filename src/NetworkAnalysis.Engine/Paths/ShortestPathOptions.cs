namespace NetworkAnalysis.Engine.Paths;

/// <summary>Options of <see cref="ShortestPath"/> and <see cref="KShortestPaths"/>.</summary>
public sealed record ShortestPathOptions
{
    /// <summary>The defaults: fewest hops, along edge direction, no hop limit.</summary>
    public static ShortestPathOptions Default { get; } = new();

    /// <summary>Edge lengths (default <see cref="EdgeLength.Unit"/>).</summary>
    public EdgeLength Length { get; init; } = EdgeLength.Unit;

    /// <summary>Edges followed on a directed graph: out (default), in (paths against the arrows), or all (ignore direction).</summary>
    public Direction Direction { get; init; } = Direction.Out;

    /// <summary>Longest path allowed, in edges (default unlimited). With weights, the shortest path of at most this many edges.</summary>
    public int MaxHops { get; init; } = int.MaxValue;
}
