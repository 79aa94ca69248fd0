namespace NetworkAnalysis.Application.Security;

/// <summary>A user: a name, a role (the default role of its case grants; <see cref="Role.Admin"/> for administrators), and its state.</summary>
/// <param name="Name">Unique user name.</param>
/// <param name="Role">The user's role.</param>
/// <param name="Created">When it was added.</param>
/// <param name="Revoked">When it was revoked (every key stops working), or null.</param>
/// <param name="Grants">The cases it may see, with the role on each.</param>
public sealed record UserInfo(string Name, Role Role, DateTimeOffset Created, DateTimeOffset? Revoked, IReadOnlyList<CaseGrant> Grants);

/// <summary>Access to one case: the user holds <paramref name="Role"/> on <paramref name="Case"/>.</summary>
/// <param name="Case">The case name.</param>
/// <param name="Role">Viewer, analyst or supervisor.</param>
public sealed record CaseGrant(string Case, Role Role);

/// <summary>
/// One API key as stored: the public key id (looked up), a per-key salt and the salted hash of the secret
/// part (never the secret itself), with its expiry and revocation.
/// </summary>
/// <param name="KeyId">The public id (the token's middle part).</param>
/// <param name="User">Owner.</param>
/// <param name="Salt">Random per-key salt.</param>
/// <param name="Hash">HMAC-SHA-256 of the secret under the salt (see <see cref="ApiKeys"/>).</param>
/// <param name="Created">When it was issued.</param>
/// <param name="Expires">When it stops working, or null for never.</param>
/// <param name="Revoked">When it was revoked, or null.</param>
public sealed record ApiKeyRecord(string KeyId, string User, byte[] Salt, byte[] Hash, DateTimeOffset Created, DateTimeOffset? Expires, DateTimeOffset? Revoked);

/// <summary>Permission for <paramref name="User"/> to see real names of protected agents of <paramref name="Case"/> until <paramref name="Expires"/>.</summary>
/// <param name="User">The supervisor.</param>
/// <param name="Case">The case.</param>
/// <param name="Reason">The written reason (kept in the audit log too).</param>
/// <param name="Granted">When it was granted.</param>
/// <param name="Expires">When it lapses.</param>
public sealed record UnmaskGrant(string User, string Case, string Reason, DateTimeOffset Granted, DateTimeOffset Expires);

/// <summary>Raised when a user or key cannot be added, changed or found; the message is one line for the user.</summary>
public sealed class AccessStoreException(string message) : Exception(message);

/// <summary>The rule for user names: 1-64 ASCII letters, digits, '-', '_' or '.'.</summary>
public static class UserNames
{
    /// <summary>Whether <paramref name="name"/> is a valid user name.</summary>
    public static bool IsValid(string? name) =>
        name is { Length: > 0 and <= 64 } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
