namespace NetworkAnalysis.Engine.Paths;

/// <summary>
/// How shortest-path algorithms turn an edge into a length.
/// </summary>
/// <remarks>
/// On a graph whose <see cref="CsrGraph.IsWeighted"/> is false every weight is 1, so all three values give
/// the same distances (and the algorithms use breadth-first search).
/// </remarks>
public enum EdgeLength
{
    /// <summary>Every edge has length 1; weights are ignored (NetworkX <c>weight=None</c>, the default). Breadth-first search.</summary>
    Unit,

    /// <summary>
    /// The weight is the length (NetworkX <c>weight="weight"</c>): heavier edges are longer. Weights must be
    /// positive; a zero or negative weight throws <see cref="ArgumentException"/>. Dijkstra's algorithm.
    /// </summary>
    Weight,

    /// <summary>
    /// The length is 1/weight, so strong ties (large weights, e.g. many calls or a large amount) are short.
    /// Edges of weight 0 are treated as absent; a negative weight throws <see cref="ArgumentException"/>.
    /// Dijkstra's algorithm.
    /// </summary>
    InverseWeight,
}
