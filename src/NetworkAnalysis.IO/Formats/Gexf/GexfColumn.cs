using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.Gexf;

/// <summary>A declared GEXF attribute column: title, type, default, and where it maps.</summary>
internal sealed class GexfColumn(string title, string? type, bool isNode)
{
    public string Title { get; } = title;

    public string? Type { get; } = type;

    public bool IsNode { get; } = isNode;

    public AgentField AgentField { get; } = Columns.Agent(title);

    public TransactionField TransactionField { get; } = Columns.Transaction(title);

    public string? Default { get; set; }

    /// <summary>The number of the last record that had a value for this column.</summary>
    public int Seen { get; set; }
}
