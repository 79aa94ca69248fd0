using System.Text.Json;
using NetworkAnalysis.Application.Centrality;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Results;

/// <summary>
/// A projected case graph for a viewer as column arrays, one array per attribute and never one object per node:
/// the service's graph endpoint sends it, <c>report.html</c> embeds it (with a <c>community</c> category and the
/// <c>counterparts</c> measure added), and the web front end decodes this one shape. Node <c>i</c> is engine node
/// <c>i</c> of the projection; edge <c>e</c> goes from <c>Edges.Source[e]</c> to <c>Edges.Target[e]</c>. Ids and labels
/// are already protected: victims, witnesses and minors appear by pseudonym unless the
/// <see cref="IdentityProtection"/> used reveals them. Small integer arrays compress to a few bytes per edge.
/// </summary>
/// <remarks>
/// JSON (<see cref="JsonOptions"/>): <c>{"directed":b,"nodes":{"id":[..],"label":[..],"protected":[0,1,..],
/// "categories":{"kind":{"values":[..],"codes":[..]},..},"measures":{"degree":[..]}},"edges":{"source":[..],"target":[..],"weight":[..]}}</c>;
/// non-finite measure values (an isolate's closeness) are <c>null</c>.
/// </remarks>
/// <param name="Directed">True when each edge goes from its source to its target.</param>
/// <param name="Nodes">Node columns.</param>
/// <param name="Edges">Edge columns.</param>
public sealed record GraphColumns(bool Directed, GraphNodeColumns Nodes, GraphEdgeColumns Edges)
{
    /// <summary>How the columns are written as JSON (camelCase property names, the API's and the report's).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The columns of <paramref name="projected"/>: display ids and names, which nodes are shown by pseudonym, and the
    /// categories <c>kind</c>, <c>sphere</c>, <c>group</c> (first declared group) and <c>function</c> (first declared
    /// function) when it was projected from a transaction network; edges by engine edge id. O(n + m).
    /// </summary>
    public static GraphColumns Of(ProjectedGraph projected, IdentityProtection protection)
    {
        ArgumentNullException.ThrowIfNull(projected);
        ArgumentNullException.ThrowIfNull(protection);
        var graph = projected.Graph;
        var n = graph.NodeCount;
        var ids = projected.DisplayIds(protection);
        var names = new string[n];
        var isProtected = new int[n];
        var categories = new Dictionary<string, NodeCategory>(StringComparer.Ordinal);
        if (projected.Network is not null)
        {
            var kind = new CategoryBuilder(n);
            var sphere = new CategoryBuilder(n);
            var group = new CategoryBuilder(n);
            var function = new CategoryBuilder(n);
            for (var v = 0; v < n; v++)
            {
                var agent = projected.AgentAt(v)!;
                names[v] = protection.DisplayName(agent);
                isProtected[v] = agent.IsSensitive && !protection.Reveal ? 1 : 0;
                kind.Set(v, DomainWords.Format(agent.Kind));
                sphere.Set(v, DomainWords.Format(agent.Sphere));
                group.Set(v, agent.Groups.IsDefaultOrEmpty ? null : agent.Groups[0]);
                function.Set(v, agent.Functions.IsEmpty ? null : DomainWords.Format(agent.Functions.First()));
            }

            categories.Add("kind", kind.Build());
            categories.Add("sphere", sphere.Build());
            categories.Add("group", group.Build());
            categories.Add("function", function.Build());
        }
        else
        {
            for (var v = 0; v < n; v++)
            {
                names[v] = ids[v];
            }
        }

        return new GraphColumns(
            graph.IsDirected,
            new GraphNodeColumns(ids, names, isProtected, categories, new Dictionary<string, double?[]>(StringComparer.Ordinal)),
            new GraphEdgeColumns(graph.EdgeSources.ToArray(), graph.EdgeTargets.ToArray(), graph.EdgeWeights.ToArray()));
    }

    /// <summary>
    /// These columns with the node centrality measures named in <paramref name="measures"/> (the CLI's <c>--measure</c>
    /// words) computed on <paramref name="projected"/> with their CLI defaults. Costs what the measures cost.
    /// </summary>
    /// <exception cref="Options.OptionException">A name is not a node centrality measure.</exception>
    public GraphColumns WithMeasures(ProjectedGraph projected, IReadOnlyList<string> measures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(projected);
        ArgumentNullException.ThrowIfNull(measures);
        var result = this;
        foreach (var name in measures.Distinct(StringComparer.Ordinal))
        {
            if (!Requests.OptionWords.Measures.TryGetValue(name, out var measure) || measure == CentralityMeasure.EdgeBetweenness)
            {
                throw new Options.OptionException("measures", $"unknown value '{name}' (expected a node centrality measure: {string.Join(", ", Requests.OptionWords.Measures.Keys.Where(k => k != "edge-betweenness"))})");
            }

            result = result.WithMeasure(name, CentralityAnalysis.Run(projected, new CentralityRequest(measure), cancellationToken).NodeValues!);
        }

        return result;
    }

    /// <summary>These columns with one more categorical node attribute (e.g. <c>community</c>).</summary>
    public GraphColumns WithCategory(string key, NodeCategory category) =>
        this with { Nodes = Nodes with { Categories = new Dictionary<string, NodeCategory>(Nodes.Categories, StringComparer.Ordinal) { [key] = category } } };

    /// <summary>These columns with one more numeric node attribute; non-finite values become null.</summary>
    public GraphColumns WithMeasure(string key, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var column = new double?[values.Count];
        for (var i = 0; i < column.Length; i++)
        {
            column[i] = double.IsFinite(values[i]) ? values[i] : null;
        }

        return this with { Nodes = Nodes with { Measures = new Dictionary<string, double?[]>(Nodes.Measures, StringComparer.Ordinal) { [key] = column } } };
    }

    /// <summary>Codes categorical values in order of first appearance.</summary>
    private sealed class CategoryBuilder(int count)
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

        public NodeCategory Build() => new(_values, _codes);
    }
}

/// <summary>Node columns of <see cref="GraphColumns"/>: one entry per node in every array.</summary>
/// <param name="Id">Display id of each node (pseudonym for a protected agent).</param>
/// <param name="Label">Display name of each node (the id when the agent has no name; the pseudonym when protected).</param>
/// <param name="Protected">1 for a node shown by pseudonym, else 0.</param>
/// <param name="Categories">Categorical attributes by key (<c>kind</c>, <c>sphere</c>, <c>group</c>, <c>function</c>, <c>community</c>).</param>
/// <param name="Measures">Numeric attributes by name (e.g. <c>degree</c>, <c>pagerank</c>, <c>counterparts</c>); null where undefined.</param>
public sealed record GraphNodeColumns(
    IReadOnlyList<string> Id,
    IReadOnlyList<string> Label,
    int[] Protected,
    IReadOnlyDictionary<string, NodeCategory> Categories,
    IReadOnlyDictionary<string, double?[]> Measures);

/// <summary>A categorical node attribute: node <c>i</c> has value <see cref="Values"/>[<see cref="Codes"/>[i]], or none when the code is −1.</summary>
/// <param name="Values">Distinct values, in order of first appearance.</param>
/// <param name="Codes">Value index per node, −1 for none.</param>
public sealed record NodeCategory(IReadOnlyList<string> Values, int[] Codes);

/// <summary>Edge columns of <see cref="GraphColumns"/>, by engine edge id.</summary>
/// <param name="Source">Source node of each edge (for an undirected projection, the endpoint given first).</param>
/// <param name="Target">Target node of each edge.</param>
/// <param name="Weight">Weight of each edge (the projection's aggregate, e.g. the number of transactions).</param>
public sealed record GraphEdgeColumns(int[] Source, int[] Target, double[] Weight);
