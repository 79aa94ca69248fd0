using System.Text.Json;
using NetworkAnalysis.Application.Results;

namespace NetworkAnalysis.Application.Requests;

/// <summary>What an analysis produced: a result table (most analyses) or a JSON document (the case report).</summary>
public abstract record AnalysisOutput
{
    /// <summary>Writes the output as JSON: a table as the CLI's <c>--format json</c> array, a document as is.</summary>
    public abstract void WriteJson(Utf8JsonWriter json);
}

/// <summary>A result table; its JSON is the CLI's <c>--format json</c> output.</summary>
/// <param name="Table">The table.</param>
public sealed record TableOutput(ResultTable Table) : AnalysisOutput
{
    /// <inheritdoc />
    public override void WriteJson(Utf8JsonWriter json) => ResultTableWriter.WriteJsonRows(json, Table);
}

/// <summary>A JSON document (the case report's <c>report.json</c>).</summary>
/// <param name="Json">The document's text.</param>
public sealed record DocumentOutput(string Json) : AnalysisOutput
{
    /// <inheritdoc />
    public override void WriteJson(Utf8JsonWriter json) => json.WriteRawValue(Json, skipInputValidation: true);
}
