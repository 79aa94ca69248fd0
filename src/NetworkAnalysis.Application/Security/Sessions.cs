using System.Security.Cryptography;
using System.Text;

namespace NetworkAnalysis.Application.Security;

/// <summary>
/// One web session as stored: only the SHA-256 of its random id (the cookie value) is kept, so a copy of the
/// database cannot be replayed as a cookie. A session is opened with an API key and lives no longer than that
/// key, its user, its absolute expiry or its idle timeout allow.
/// </summary>
/// <param name="IdHash">Hex SHA-256 of the session id (the cookie value).</param>
/// <param name="User">The user.</param>
/// <param name="KeyId">The API key it was opened with: revoking or expiring that key ends the session.</param>
/// <param name="Created">When it was opened.</param>
/// <param name="Expires">Absolute end (never after the key's expiry).</param>
/// <param name="LastSeen">Last request (kept to the minute), for the idle timeout.</param>
/// <param name="Ended">When it was ended by logout, or null.</param>
public sealed record SessionRecord(string IdHash, string User, string KeyId, DateTimeOffset Created, DateTimeOffset Expires, DateTimeOffset LastSeen, DateTimeOffset? Ended);

/// <summary>Server-side web sessions, kept beside the users (see <see cref="SessionRecord"/>).</summary>
public interface ISessionStore
{
    /// <summary>Stores a new session (and forgets sessions that ended or expired more than a day before <see cref="SessionRecord.Created"/>).</summary>
    Task AddSessionAsync(SessionRecord session, CancellationToken cancellationToken = default);

    /// <summary>The session whose id hashes to <paramref name="idHash"/>, or null.</summary>
    Task<SessionRecord?> FindSessionAsync(string idHash, CancellationToken cancellationToken = default);

    /// <summary>Records a request at <paramref name="now"/> (for the idle timeout).</summary>
    Task TouchSessionAsync(string idHash, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Ends the session (logout). False when there is no such live session.</summary>
    Task<bool> EndSessionAsync(string idHash, DateTimeOffset now, CancellationToken cancellationToken = default);
}

/// <summary>
/// Session ids and their CSRF tokens. The id is 256 random bits (base64url), stored only as its SHA-256. The
/// CSRF token is HMAC-SHA-256 of a fixed label under the id, so it is bound to the session, needs no storage,
/// and reveals nothing of the id (a page script may read it; the HttpOnly cookie it cannot).
/// </summary>
public static class Sessions
{
    private const int IdBytes = 32;
    private static readonly byte[] CsrfLabel = Encoding.ASCII.GetBytes("netan-csrf-v1");

    /// <summary>A new session for <paramref name="key"/>'s user: the cookie value, and the record to store.</summary>
    /// <param name="key">The API key the user logged in with (its expiry caps the session).</param>
    /// <param name="now">Now.</param>
    /// <param name="lifetime">The longest a session lives.</param>
    public static (string Id, SessionRecord Record) Create(ApiKeyRecord key, DateTimeOffset now, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(key);
        var id = ApiKeys.Base64Url(RandomNumberGenerator.GetBytes(IdBytes));
        var expires = now + lifetime;
        if (key.Expires is { } keyExpires && keyExpires < expires)
        {
            expires = keyExpires;
        }

        return (id, new SessionRecord(HashOf(id), key.User, key.KeyId, now, expires, now, null));
    }

    /// <summary>Whether <paramref name="id"/> is shaped like a session id (nothing is looked up otherwise).</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 43 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The stored form of a session id.</summary>
    public static string HashOf(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(id)));

    /// <summary>The CSRF token of the session <paramref name="id"/>.</summary>
    public static string CsrfTokenOf(string id) => ApiKeys.Base64Url(HMACSHA256.HashData(Encoding.ASCII.GetBytes(id), CsrfLabel));

    /// <summary>Whether <paramref name="sent"/> is the CSRF token of session <paramref name="id"/> (constant-time).</summary>
    public static bool CsrfMatches(string id, string? sent) =>
        sent is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(CsrfTokenOf(id)), Encoding.ASCII.GetBytes(sent));

    /// <summary>Whether the session may be used at <paramref name="now"/>: not ended, not past its expiry, not idle longer than <paramref name="idle"/>.</summary>
    public static bool IsLive(SessionRecord session, DateTimeOffset now, TimeSpan idle)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Ended is null && now < session.Expires && now < session.LastSeen + idle;
    }
}
