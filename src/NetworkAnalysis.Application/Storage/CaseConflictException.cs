namespace NetworkAnalysis.Application.Storage;

/// <summary>A write that contradicts what is stored: a taken name, or an append whose id exists with other content.</summary>
public sealed class CaseConflictException : Exception
{
    /// <summary>Creates the exception with a message naming both sides of the conflict.</summary>
    public CaseConflictException(string message)
        : base(message)
    {
    }
}
