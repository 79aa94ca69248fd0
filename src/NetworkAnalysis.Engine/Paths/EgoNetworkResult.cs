namespace NetworkAnalysis.Engine.Paths;

/// <summary>The nodes within reach of a centre.</summary>
/// <param name="Nodes">The centre first, then the others in breadth-first order (nearer first; ties by discovery order).</param>
/// <param name="Distances">The hop distance of each node of <see cref="Nodes"/> from the centre.</param>
/// <param name="Truncated">True when <see cref="EgoNetworkOptions.MaxNodes"/> stopped the search before the hop limit did.</param>
public sealed record EgoNetworkResult(int[] Nodes, int[] Distances, bool Truncated);
