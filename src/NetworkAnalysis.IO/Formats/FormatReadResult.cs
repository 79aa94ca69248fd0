using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats;

/// <summary>The outcome of reading a graph file.</summary>
/// <param name="Network">The network read. For an undirected file each undirected edge is one transaction, from the endpoint written first to the one written second.</param>
/// <param name="Directed">
/// False when the file described an undirected graph (GraphML <c>edgedefault="undirected"</c>, GEXF
/// <c>defaultedgetype="undirected"</c>, Pajek <c>*Edges</c> only, a symmetric UCINET DL full matrix, JSON
/// <c>undirected</c> options); analyses should then ignore the direction of the transactions.
/// </param>
/// <param name="Warnings">What the reader ignored or changed, one message per kind with counts (never the contents of sensitive fields).</param>
public sealed record FormatReadResult(TransactionNetwork Network, bool Directed, IReadOnlyList<string> Warnings);
