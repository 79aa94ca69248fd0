namespace NetworkAnalysis.Application.Storage;

/// <summary>
/// The store cannot be used: file not writable, disk full, database down, authentication failed,
/// schema newer than this program. The message is one line, fit for a user, and names the store
/// (never a password).
/// </summary>
public sealed class CaseStoreUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CaseStoreUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
