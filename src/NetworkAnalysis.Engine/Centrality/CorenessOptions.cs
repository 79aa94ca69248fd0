namespace NetworkAnalysis.Engine.Centrality;

/// <summary>Options of <see cref="Coreness"/>.</summary>
public sealed record CorenessOptions
{
    /// <summary>
    /// Which degree defines the cores of a directed graph: <see cref="Direction.All"/> (default, in + out,
    /// as NetworkX's <c>core_number</c> on a DiGraph and igraph's <c>mode="all"</c>), <see cref="Direction.In"/>
    /// or <see cref="Direction.Out"/> (igraph's in-/out-cores). Ignored on undirected graphs. To count a
    /// reciprocated pair u→v, v→u as one tie, pass <c>graph.ToUndirected()</c> instead.
    /// </summary>
    public Direction Direction { get; init; } = Direction.All;
}
