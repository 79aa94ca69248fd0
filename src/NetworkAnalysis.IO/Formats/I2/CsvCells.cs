namespace NetworkAnalysis.IO.Formats.I2;

/// <summary>CSV cells for spreadsheet tools: formula injection neutralised, then RFC 4180 quoting.</summary>
internal static class CsvCells
{
    /// <summary>
    /// Prefixes <c>'</c> to a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
    /// carriage return, so Excel and Analyst's Notebook read it as text instead of a formula (CWE-1236):
    /// names in seized data are chosen by the people under investigation.
    /// </summary>
    public static string Neutralise(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    /// <summary>The cell as written: neutralised, and quoted when it holds a comma, quote, line break or surrounding space.</summary>
    public static string Format(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var cell = Neutralise(value);
        var quote = cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1]);
        return quote ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
