using NetworkAnalysis.Application.Centrality;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Results;

/// <summary>
/// A projected case graph for a viewer as column arrays (one array per attribute, not one object per node):
/// node i has id <see cref="Ids"/>[i] (pseudonym for protected agents), kind <see cref="KindNames"/>[<see cref="Kinds"/>[i]],
/// sphere likewise, first declared group <see cref="GroupNames"/>[<see cref="Groups"/>[i]] or -1; edge j runs from
/// node <see cref="Sources"/>[j] to <see cref="Targets"/>[j] with weight <see cref="Weights"/>[j] (transactions per pair
/// under the projection). Arrays of small integers compress to a few bytes per edge.
/// </summary>
/// <param name="Directed">Whether edges are directed.</param>
/// <param name="Ids">Node ids as displayed.</param>
/// <param name="KindNames">Kind words, indexed by <see cref="Kinds"/>.</param>
/// <param name="Kinds">Kind index per node.</param>
/// <param name="SphereNames">Sphere words, indexed by <see cref="Spheres"/>.</param>
/// <param name="Spheres">Sphere index per node.</param>
/// <param name="GroupNames">Group ids, indexed by <see cref="Groups"/>.</param>
/// <param name="Groups">First declared group index per node, or -1.</param>
/// <param name="Protected">1 for nodes shown by pseudonym, else 0.</param>
/// <param name="Sources">Edge source node indexes.</param>
/// <param name="Targets">Edge target node indexes.</param>
/// <param name="Weights">Edge weights.</param>
/// <param name="Measures">Requested centrality measures by name, one value per node.</param>
public sealed record GraphColumns(
    bool Directed,
    IReadOnlyList<string> Ids,
    IReadOnlyList<string> KindNames,
    int[] Kinds,
    IReadOnlyList<string> SphereNames,
    int[] Spheres,
    IReadOnlyList<string> GroupNames,
    int[] Groups,
    int[] Protected,
    int[] Sources,
    int[] Targets,
    double[] Weights,
    IReadOnlyDictionary<string, double[]> Measures)
{
    /// <summary>
    /// The columns of <paramref name="graph"/> (a projection of a network), with the node measures named in
    /// <paramref name="measures"/> computed with their CLI defaults. O(n + m) plus the measures' cost.
    /// </summary>
    public static GraphColumns Of(ProjectedGraph graph, IdentityProtection protection, IReadOnlyList<string> measures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(measures);
        var n = graph.Ids.Count;
        var kinds = new int[n];
        var spheres = new int[n];
        var groups = new int[n];
        var isProtected = new int[n];
        var groupIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupNames = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var agent = graph.AgentAt(i);
            groups[i] = -1;
            if (agent is null)
            {
                continue;
            }

            kinds[i] = (int)agent.Kind;
            spheres[i] = (int)agent.Sphere;
            isProtected[i] = agent.IsSensitive && !protection.Reveal ? 1 : 0;
            if (agent.Groups.Length > 0)
            {
                if (!groupIndex.TryGetValue(agent.Groups[0], out var g))
                {
                    g = groupNames.Count;
                    groupIndex.Add(agent.Groups[0], g);
                    groupNames.Add(agent.Groups[0]);
                }

                groups[i] = g;
            }
        }

        var values = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var name in measures.Distinct(StringComparer.Ordinal))
        {
            if (!Requests.OptionWords.Measures.TryGetValue(name, out var measure) || measure == CentralityMeasure.EdgeBetweenness)
            {
                throw new Options.OptionException("measures", $"unknown value '{name}' (expected a node centrality measure: {string.Join(", ", Requests.OptionWords.Measures.Keys.Where(k => k != "edge-betweenness"))})");
            }

            values[name] = CentralityAnalysis.Run(graph, new CentralityRequest(measure), cancellationToken).NodeValues!;
        }

        var g2 = graph.Graph;
        return new GraphColumns(
            g2.IsDirected,
            graph.DisplayIds(protection),
            DomainWords.AgentKinds,
            kinds,
            DomainWords.Spheres,
            spheres,
            groupNames,
            groups,
            isProtected,
            g2.EdgeSources.ToArray(),
            g2.EdgeTargets.ToArray(),
            g2.EdgeWeights.ToArray(),
            values);
    }
}
