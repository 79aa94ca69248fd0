using System.Security.Cryptography;
using System.Text;

namespace NetworkAnalysis.Application.Security;

/// <summary>
/// API keys: <c>netan_&lt;id&gt;_&lt;secret&gt;</c>, a public 16-hex-digit id (to find the stored row) and a
/// 256-bit random secret (base64url). Only HMAC-SHA-256(salt, secret) with a random per-key salt is stored.
/// A slow hash (PBKDF2) protects low-entropy passwords; a 256-bit random secret cannot be guessed, so one
/// keyed hash is as safe and keeps every request's check to microseconds. Comparison is constant-time.
/// </summary>
public static class ApiKeys
{
    /// <summary>The token prefix.</summary>
    public const string Prefix = "netan_";

    private const int IdBytes = 8;
    private const int SecretBytes = 32;
    private const int SaltBytes = 16;

    /// <summary>A new key for <paramref name="user"/>: the token to show once, and the record to store.</summary>
    public static (string Token, ApiKeyRecord Record) Create(string user, DateTimeOffset now, DateTimeOffset? expires)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdBytes));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return (Prefix + id + "_" + secret, new ApiKeyRecord(id, user, salt, Hash(salt, secret), now, expires, null));
    }

    /// <summary>Splits a token into its id and secret; false when it is not shaped like a key (nothing is looked up then).</summary>
    public static bool TryParse(string? token, out string keyId, out string secret)
    {
        keyId = secret = "";
        if (token is null || token.Length > 128 || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = token.AsSpan(Prefix.Length);
        var cut = rest.IndexOf('_');
        if (cut != IdBytes * 2 || !IsHexLower(rest[..cut]) || rest.Length - cut - 1 < 16)
        {
            return false;
        }

        keyId = rest[..cut].ToString();
        secret = rest[(cut + 1)..].ToString();
        return true;
    }

    /// <summary>Whether <paramref name="secret"/> hashes to the stored hash (constant-time in the hash).</summary>
    public static bool Matches(ApiKeyRecord key, string secret)
    {
        ArgumentNullException.ThrowIfNull(key);
        return CryptographicOperations.FixedTimeEquals(Hash(key.Salt, secret), key.Hash);
    }

    /// <summary>Whether the key may be used at <paramref name="now"/>: not revoked, not expired.</summary>
    public static bool IsLive(ApiKeyRecord key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Revoked is null && (key.Expires is not { } e || now < e);
    }

    private static byte[] Hash(byte[] salt, string secret) => HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(secret));

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool IsHexLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
