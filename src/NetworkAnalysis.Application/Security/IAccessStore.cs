namespace NetworkAnalysis.Application.Security;

/// <summary>
/// Users, API keys, case grants and unmask grants, kept next to the cases (same store, its own tables).
/// Implementations are thread-safe and every method is one transaction.
/// </summary>
public interface IAccessStore
{
    /// <summary>Adds a user. Throws <see cref="AccessStoreException"/> when the name is taken or not a valid name.</summary>
    Task AddUserAsync(string name, Role role, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The user, with its grants, or null.</summary>
    Task<UserInfo?> FindUserAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Every user, by name.</summary>
    Task<IReadOnlyList<UserInfo>> ListUsersAsync(CancellationToken cancellationToken = default);

    /// <summary>Revokes a user and all its keys (kept for the audit trail). False when there is no such user.</summary>
    Task<bool> RevokeUserAsync(string name, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Stores a new key for an existing user.</summary>
    Task AddKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken = default);

    /// <summary>The key with this id, or null.</summary>
    Task<ApiKeyRecord?> FindKeyAsync(string keyId, CancellationToken cancellationToken = default);

    /// <summary>Revokes one key. False when there is no such key.</summary>
    Task<bool> RevokeKeyAsync(string keyId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Grants (or changes) the user's role on a case.</summary>
    Task GrantAsync(string user, CaseGrant grant, CancellationToken cancellationToken = default);

    /// <summary>Removes the user's grant on a case. False when there was none.</summary>
    Task<bool> RemoveGrantAsync(string user, string caseName, CancellationToken cancellationToken = default);

    /// <summary>Records an unmask grant.</summary>
    Task AddUnmaskGrantAsync(UnmaskGrant grant, CancellationToken cancellationToken = default);

    /// <summary>The user's unmask grant on the case still valid at <paramref name="now"/>, or null.</summary>
    Task<UnmaskGrant?> FindUnmaskGrantAsync(string user, string caseName, DateTimeOffset now, CancellationToken cancellationToken = default);
}
