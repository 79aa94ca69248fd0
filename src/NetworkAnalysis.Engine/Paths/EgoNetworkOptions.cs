namespace NetworkAnalysis.Engine.Paths;

/// <summary>Options of <see cref="EgoNetwork.Extract"/>.</summary>
public sealed record EgoNetworkOptions
{
    /// <summary>The defaults: 1 hop, ties either way, at most 10,000 nodes.</summary>
    public static EgoNetworkOptions Default { get; } = new();

    /// <summary>Largest distance from the centre, in hops (default 1).</summary>
    public int MaxHops { get; init; } = 1;

    /// <summary>Edges followed: out, in, or all (default: ties either way).</summary>
    public Direction Direction { get; init; } = Direction.All;

    /// <summary>Most nodes returned, centre included (default 10,000); the search stops when it is reached.</summary>
    public int MaxNodes { get; init; } = 10_000;
}
