namespace NetworkAnalysis.Engine.Temporal;

/// <summary>A time-respecting path: each edge no earlier than the one before it.</summary>
/// <param name="Nodes">The nodes, first to last.</param>
/// <param name="Edges">The edge indexes (into <see cref="TimedEdges"/>, time order) taken, one per hop.</param>
/// <param name="Departure">Time of the first edge.</param>
/// <param name="Arrival">Time of the last edge.</param>
public sealed record TemporalPath(int[] Nodes, int[] Edges, long Departure, long Arrival)
{
    /// <summary>The number of edges.</summary>
    public int Hops => Edges.Length;
}
