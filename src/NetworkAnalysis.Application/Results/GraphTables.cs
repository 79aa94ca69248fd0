using NetworkAnalysis.Application.Centrality;
using NetworkAnalysis.Application.Communities;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Engine.Structure;

namespace NetworkAnalysis.Application.Results;

/// <summary>
/// The result tables of the graph analyses (centrality, communities, structure): one row per node (or
/// edge), ids as displayed (see <see cref="Projection.ProjectedGraph.DisplayIds"/>). Shared by every host.
/// </summary>
public static class GraphTables
{
    /// <summary>
    /// Centrality: <c>id, &lt;measure&gt;</c> per node, or <c>source, target, &lt;measure&gt;</c> per edge for edge
    /// measures; input order, or the <paramref name="top"/> highest first (ties in input order).
    /// </summary>
    public static ResultTable Centrality(CentralityResult result, string measureName, IReadOnlyList<string> ids, int? top)
    {
        if (result.EdgeValues is { } edges)
        {
            return new(["source", "target", measureName], Ranking.Order(edges, top).Select(e => new object?[] { ids[result.EdgeSources![e]], ids[result.EdgeTargets![e]], edges[e] }));
        }

        var values = result.NodeValues!;
        return new(["id", measureName], Ranking.Order(values, top).Select(v => new object?[] { ids[v], values[v] }));
    }

    /// <summary>Communities: <c>id, community</c> per node in input order (communities numbered from 0 by first node).</summary>
    public static ResultTable Communities(CommunityOutcome outcome, IReadOnlyList<string> ids) =>
        new(["id", "community"], Enumerable.Range(0, ids.Count).Select(v => new object?[] { ids[v], outcome.Membership[v] }));

    /// <summary>A per-node structural value (<c>triangles</c>, <c>clustering</c>): <c>id, &lt;name&gt;</c> in input order.</summary>
    public static ResultTable PerNode<T>(string name, IReadOnlyList<string> ids, IReadOnlyList<T> values) =>
        new(["id", name], Enumerable.Range(0, ids.Count).Select(v => new object?[] { ids[v], values[v] }));

    /// <summary>
    /// Structure: <c>triangles</c> or <c>clustering</c> (directed graphs: LDBC's definition) per node in input
    /// order, or <c>transitivity</c> as one row <c>transitivity, value</c>. Deterministic at any thread count.
    /// </summary>
    public static ResultTable Structure(ProjectedGraph input, string measure, IReadOnlyList<string> ids, int threads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var g = input.Graph;
        switch (measure)
        {
            case "triangles":
                return PerNode(measure, ids, Triangles.Compute(g, new TriangleOptions(threads), cancellationToken));
            case "clustering":
                var definition = g.IsDirected ? LocalClusteringDefinition.DirectedLdbc : LocalClusteringDefinition.Undirected;
                return PerNode(measure, ids, LocalClustering.Compute(g, new LocalClusteringOptions(definition, threads), cancellationToken));
            default:
                return new(["id", measure], [["transitivity", Transitivity.Compute(g, new TriangleOptions(threads), cancellationToken)]]);
        }
    }
}
