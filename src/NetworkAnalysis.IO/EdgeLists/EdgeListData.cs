namespace NetworkAnalysis.IO.EdgeLists;

/// <summary>
/// A plain graph read from an edge list: string node ids in order of first appearance and one entry per
/// edge line. Directionless by itself: the caller decides whether edges are directed.
/// </summary>
/// <param name="NodeIds">Node ids; a node's index is its position here (order of first appearance).</param>
/// <param name="Sources">Source node index of each edge, in file order.</param>
/// <param name="Targets">Target node index of each edge, in file order.</param>
/// <param name="Weights">Weight of each edge, or null when no line had a weight column.</param>
public sealed record EdgeListData(string[] NodeIds, int[] Sources, int[] Targets, double[]? Weights)
{
    /// <summary>Number of edges.</summary>
    public int EdgeCount => Sources.Length;
}
