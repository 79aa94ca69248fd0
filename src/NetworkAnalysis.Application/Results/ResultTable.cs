namespace NetworkAnalysis.Application.Results;

/// <summary>
/// The shape of one analysis result as every host shows it: named columns and rows of cells (string,
/// int, long, double, decimal, bool or null). Built once per analysis in <see cref="CaseTables"/> and
/// <see cref="GraphTables"/> with every agent id already passed through <see cref="AgentDisplay"/>, so the
/// CLI's TSV/CSV/JSON and the service's JSON are the same table. Rows are enumerated lazily, once.
/// </summary>
/// <param name="Columns">Column names, in output order.</param>
/// <param name="Rows">One array per row, cells in column order.</param>
public sealed record ResultTable(IReadOnlyList<string> Columns, IEnumerable<object?[]> Rows);
