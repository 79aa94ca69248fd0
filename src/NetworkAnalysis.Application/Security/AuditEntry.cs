namespace NetworkAnalysis.Application.Security;

/// <summary>
/// One audit log entry: who did what to which case, when, with what outcome. <see cref="Sequence"/>,
/// <see cref="PreviousHash"/> and <see cref="Hash"/> are set by the log when appending (see <see cref="AuditChain"/>).
/// </summary>
/// <param name="Sequence">Position in the log (1, 2, ...).</param>
/// <param name="Time">When the request was answered (UTC).</param>
/// <param name="User">Who asked (empty when unauthenticated).</param>
/// <param name="Case">The case touched, or null.</param>
/// <param name="Version">The case version, or null.</param>
/// <param name="Endpoint">The endpoint's operation name (e.g. <c>searchAgents</c>) or CLI action.</param>
/// <param name="Parameters">The request's route and query parameters, canonical <c>k=v&amp;k=v</c> (sorted).</param>
/// <param name="Records">Number of records returned, or null when not counted.</param>
/// <param name="Outcome">The HTTP status answered.</param>
/// <param name="Reason">The written reason of an unmask request, or null.</param>
/// <param name="PreviousHash">Hex SHA-256 of the previous entry (64 zeros for the first).</param>
/// <param name="Hash">Hex SHA-256 of this entry's canonical form.</param>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset Time,
    string User,
    string? Case,
    int? Version,
    string Endpoint,
    string Parameters,
    long? Records,
    int Outcome,
    string? Reason,
    string PreviousHash,
    string Hash);

/// <summary>Which entries to read: all fields optional, combined with AND.</summary>
/// <param name="User">Only this user.</param>
/// <param name="Case">Only this case.</param>
/// <param name="From">At or after this time.</param>
/// <param name="To">Before this time.</param>
/// <param name="Limit">At most this many entries (oldest first).</param>
public sealed record AuditFilter(string? User = null, string? Case = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int Limit = 1000);

/// <summary>
/// The append-only audit log. <see cref="AppendAsync"/> links the entry to the last one under the store's
/// write lock, so concurrent writers (several server processes) still form one chain.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends <paramref name="entry"/> (its sequence and hashes are ignored and set here); returns the stored entry.</summary>
    Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Entries matching <paramref name="filter"/>, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Every entry in stored order (by sequence), for verification and export.</summary>
    IAsyncEnumerable<AuditEntry> ReadAllAsync(CancellationToken cancellationToken = default);
}

/// <summary>The access store, the web sessions and the audit log of one case store location.</summary>
public interface ISecurityStore : IAccessStore, ISessionStore, IAuditLog, IAsyncDisposable
{
}

/// <summary>Opens the <see cref="ISecurityStore"/> of one kind of case store location (<c>sqlite</c>, <c>postgres</c>).</summary>
public interface ISecurityStoreProvider
{
    /// <summary>The location kind it opens.</summary>
    string Kind { get; }

    /// <summary>Opens (creating its tables when needed) the security store at <paramref name="location"/>.</summary>
    Task<ISecurityStore> OpenAsync(Storage.CaseStoreLocation location, CancellationToken cancellationToken = default);
}
