namespace NetworkAnalysis.IO.Csv;

/// <summary>A file that cannot be tokenised further (unterminated quote, invalid UTF-8, a cap exceeded).</summary>
internal sealed class CsvSyntaxException : Exception
{
    public CsvSyntaxException(long line, string message)
        : base(message) => Line = line;

    public CsvSyntaxException()
    {
    }

    public CsvSyntaxException(string message)
        : base(message)
    {
    }

    public CsvSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The physical line of the problem.</summary>
    public long Line { get; }
}
