using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.GraphML;

/// <summary>A declared GraphML <c>&lt;key&gt;</c>: its attribute name, scope, default, and where it maps.</summary>
internal sealed class GraphMLKey(string id, string name, string scope, string? type, bool ignored)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    /// <summary>The <c>for</c> attribute: node, edge, graph, all (or another GraphML scope).</summary>
    public string Scope { get; } = scope;

    /// <summary>The <c>attr.type</c> attribute, or null.</summary>
    public string? Type { get; } = type;

    /// <summary>True for keys whose data is not an attribute value (yEd graphics and similar).</summary>
    public bool Ignored { get; } = ignored;

    public AgentField AgentField { get; } = Columns.Agent(name);

    public TransactionField TransactionField { get; } = Columns.Transaction(name);

    public string? Default { get; set; }

    /// <summary>The number of the last record that had data for this key (to apply defaults to the rest).</summary>
    public int Seen { get; set; }

    public bool ForNodes => Scope is "node" or "all";

    public bool ForEdges => Scope is "edge" or "all";
}
