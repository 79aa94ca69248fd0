namespace NetworkAnalysis.Core;

/// <summary>
/// One problem found in an input: where it is and what is wrong.
/// </summary>
/// <param name="File">The file (or, for an in-memory network, the record list: <c>agents</c>, <c>transactions</c>, <c>groups</c>).</param>
/// <param name="Line">The 1-based physical line where the offending record starts, or null when not from a file.</param>
/// <param name="Column">The column (field) name, or null when the problem is not about one column.</param>
/// <param name="Message">What is wrong, in words for the person who owns the data.</param>
public sealed record InputProblem(string File, long? Line, string? Column, string Message)
{
    /// <summary>Formats as <c>file:line: column 'x': message</c>, leaving out the parts that are null.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line}" : File;
        return Column is null ? $"{where}: {Message}" : $"{where}: column '{Column}': {Message}";
    }
}
