using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Reports;

/// <summary>
/// A projected graph as column arrays for a viewer (the HTML report, the web workbench): one array per
/// node attribute and per edge attribute, never one object per node. Node <c>i</c> is engine node <c>i</c>
/// of the projection; edge <c>e</c> goes from <see cref="Sources"/>[e] to <see cref="Targets"/>[e].
/// Ids and names are already protected: victims, witnesses and minors appear by pseudonym unless the
/// <see cref="IdentityProtection"/> used to build the columns reveals them.
/// </summary>
/// <param name="Ids">Display id of each node.</param>
/// <param name="Names">Display name of each node (the id when the agent has no name).</param>
/// <param name="Categories">Categorical node attributes (kind, sphere, declared group, function, community...).</param>
/// <param name="Measures">Numeric node attributes (degree, centralities...).</param>
/// <param name="Sources">Source node of each edge, by engine edge id (for an undirected projection, the endpoint given first).</param>
/// <param name="Targets">Target node of each edge.</param>
/// <param name="Weights">Weight of each edge (the projection's aggregate, e.g. number of transactions).</param>
public sealed record ReportGraph(
    IReadOnlyList<string> Ids,
    IReadOnlyList<string> Names,
    IReadOnlyList<NodeCategory> Categories,
    IReadOnlyList<NodeMeasure> Measures,
    int[] Sources,
    int[] Targets,
    double[] Weights)
{
    /// <summary>
    /// The columns of <paramref name="projected"/>: ids, names, and the categories <c>kind</c>, <c>sphere</c>,
    /// <c>group</c> (first declared group) and <c>function</c> (first declared or inferred function) when it was
    /// projected from a transaction network; edges by engine edge id. O(n + m).
    /// </summary>
    /// <param name="projected">The projection.</param>
    /// <param name="protection">How sensitive agents are shown.</param>
    public static ReportGraph From(ProjectedGraph projected, IdentityProtection protection)
    {
        ArgumentNullException.ThrowIfNull(projected);
        ArgumentNullException.ThrowIfNull(protection);
        var graph = projected.Graph;
        var n = graph.NodeCount;
        var ids = projected.DisplayIds(protection);
        var names = new string[n];
        var categories = new List<NodeCategory>();
        if (projected.Network is not null)
        {
            var kind = new CategoryBuilder("kind", n);
            var sphere = new CategoryBuilder("sphere", n);
            var group = new CategoryBuilder("group", n);
            var function = new CategoryBuilder("function", n);
            for (var v = 0; v < n; v++)
            {
                var agent = projected.AgentAt(v)!;
                names[v] = protection.DisplayName(agent);
                kind.Set(v, DomainWords.Format(agent.Kind));
                sphere.Set(v, DomainWords.Format(agent.Sphere));
                group.Set(v, agent.Groups.IsDefaultOrEmpty ? null : agent.Groups[0]);
                function.Set(v, agent.Functions.IsEmpty ? null : DomainWords.Format(agent.Functions.First()));
            }

            categories.AddRange([kind.Build(), sphere.Build(), group.Build(), function.Build()]);
        }
        else
        {
            for (var v = 0; v < n; v++)
            {
                names[v] = ids[v];
            }
        }

        return new ReportGraph(ids, names, categories, [], graph.EdgeSources.ToArray(), graph.EdgeTargets.ToArray(), graph.EdgeWeights.ToArray())
        {
            Directed = graph.IsDirected,
        };
    }

    /// <summary>True when each edge goes from its source to its target; false when edges are undirected.</summary>
    public bool Directed { get; init; }

    /// <summary>These columns with one more category (e.g. communities) or measure added at the end.</summary>
    public ReportGraph With(NodeCategory? category = null, NodeMeasure? measure = null) => this with
    {
        Categories = category is null ? Categories : [.. Categories, category],
        Measures = measure is null ? Measures : [.. Measures, measure],
    };

    /// <summary>Codes categorical values in order of first appearance.</summary>
    private sealed class CategoryBuilder(string key, int count)
    {
        private readonly int[] _codes = new int[count];
        private readonly List<string> _values = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public void Set(int node, string? value)
        {
            if (value is null)
            {
                _codes[node] = -1;
                return;
            }

            if (!_index.TryGetValue(value, out var code))
            {
                code = _values.Count;
                _index.Add(value, code);
                _values.Add(value);
            }

            _codes[node] = code;
        }

        public NodeCategory Build() => new(key, _values, _codes);
    }
}

/// <summary>A categorical node attribute: node <c>i</c> has value <see cref="Values"/>[<see cref="Codes"/>[i]], or none when the code is −1.</summary>
/// <param name="Key">Attribute name (<c>kind</c>, <c>sphere</c>, <c>group</c>, <c>function</c>, <c>community</c>).</param>
/// <param name="Values">Distinct values, in order of first appearance.</param>
/// <param name="Codes">Value index per node, −1 for none.</param>
public sealed record NodeCategory(string Key, IReadOnlyList<string> Values, int[] Codes);

/// <summary>A numeric node attribute.</summary>
/// <param name="Key">Measure name (e.g. <c>counterparts</c>, <c>pagerank</c>).</param>
/// <param name="Values">Value per node.</param>
public sealed record NodeMeasure(string Key, double[] Values);
