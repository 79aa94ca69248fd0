namespace NetworkAnalysis.Application;

/// <summary>
/// The analysis cannot give a result for this input with these options: a power iteration that does
/// not converge, a measure that grows without bound, an estimate above the configured cost limits.
/// Not a bug: the message says what happened and which option changes it. Hosts show it as a
/// bad-input failure (the CLI exits 1; the service answers 422 with the same text).
/// </summary>
public sealed class AnalysisException : Exception
{
    /// <summary>Creates the exception with a plain-words message.</summary>
    public AnalysisException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a plain-words message and the failure behind it.</summary>
    public AnalysisException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
