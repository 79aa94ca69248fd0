namespace NetworkAnalysis.Application.Storage;

/// <summary>No such case, or no such version of it.</summary>
public sealed class CaseNotFoundException : Exception
{
    /// <summary>Creates the exception with a message naming what is missing.</summary>
    public CaseNotFoundException(string message)
        : base(message)
    {
    }
}
