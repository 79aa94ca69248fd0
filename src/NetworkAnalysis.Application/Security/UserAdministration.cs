namespace NetworkAnalysis.Application.Security;

/// <summary>A key just issued: the token is shown this once and never stored.</summary>
/// <param name="User">Owner.</param>
/// <param name="KeyId">Public id (to revoke it).</param>
/// <param name="Key">The secret token (<c>Authorization: Bearer …</c>).</param>
/// <param name="Expires">Expiry, or null for none.</param>
public sealed record IssuedKey(string User, string KeyId, string Key, DateTimeOffset? Expires);

/// <summary>Adding users and issuing keys: the one implementation behind <c>netan users</c> and the admin endpoints.</summary>
public static class UserAdministration
{
    /// <summary>Adds a user, grants it <paramref name="cases"/> with its role, and issues its first key.</summary>
    /// <exception cref="AccessStoreException">The name is taken or invalid, or a grant's role is not a case role.</exception>
    public static async Task<IssuedKey> AddUserAsync(IAccessStore store, string name, Role role, IReadOnlyList<string> cases, int? expiresDays, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(cases);
        if (role == Role.Admin && cases.Count > 0)
        {
            throw new AccessStoreException("an admin is granted no case by --case: grant cases with a case role separately (an admin sees no case data by its role)");
        }

        await store.AddUserAsync(name, role, now, cancellationToken).ConfigureAwait(false);
        foreach (var caseName in cases)
        {
            await store.GrantAsync(name, new CaseGrant(caseName, role), cancellationToken).ConfigureAwait(false);
        }

        return await AddKeyAsync(store, name, expiresDays, now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Issues another key for an existing, unrevoked user (key rotation: issue, switch, revoke the old one).</summary>
    /// <exception cref="AccessStoreException">No such user, or it is revoked.</exception>
    public static async Task<IssuedKey> AddKeyAsync(IAccessStore store, string name, int? expiresDays, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var user = await store.FindUserAsync(name, cancellationToken).ConfigureAwait(false) ?? throw new AccessStoreException($"no user '{name}'");
        if (user.Revoked is not null)
        {
            throw new AccessStoreException($"user '{name}' is revoked");
        }

        var expires = expiresDays is { } days ? now.AddDays(days) : (DateTimeOffset?)null;
        var (token, record) = ApiKeys.Create(name, now, expires);
        await store.AddKeyAsync(record, cancellationToken).ConfigureAwait(false);
        return new IssuedKey(name, record.KeyId, token, expires);
    }
}
