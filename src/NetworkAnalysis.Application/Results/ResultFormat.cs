namespace NetworkAnalysis.Application.Results;

/// <summary>How a <see cref="ResultTable"/> is written by <see cref="ResultTableWriter"/>.</summary>
public enum ResultFormat
{
    /// <summary>Tab-separated, header line first; tabs and newlines inside a cell become spaces.</summary>
    Tsv,

    /// <summary>RFC 4180 comma-separated, header line first.</summary>
    Csv,

    /// <summary>A JSON array of objects, one per row, keys = column names.</summary>
    Json,
}
