using System.Security.Cryptography;
using System.Text;

namespace NetworkAnalysis.Core;

/// <summary>
/// Keeps the identities of victims, witnesses and minors out of every output: a sensitive agent is
/// shown by a stable pseudonym instead of its id and name, unless the caller is allowed to
/// <see cref="Reveal"/> them.
/// </summary>
/// <remarks>
/// <para>The pseudonym of a sensitive agent is a prefix, a dash and the first 12 hex digits (48 bits)
/// of HMAC-SHA256(key, UTF-8 of the agent id). The prefix is <c>victim</c> for
/// <see cref="Sensitivity.Victim"/> and <c>protected</c> for witnesses and minors, so that a shared
/// report does not reveal who is a witness or a minor. Example: <c>victim-7f3a9c2e41b0</c>.</para>
/// <para>The same key gives the same pseudonym on every run and machine; analysts who share reports
/// should share a key. Without a key the value of the environment variable
/// <see cref="KeyEnvironmentVariable"/> is used, and without that the public
/// <see cref="DefaultKey"/>. With the public key anyone holding a candidate list of ids can test them
/// against a pseudonym, so set a secret key for reports that leave the team.</para>
/// <para>Non-sensitive agents are shown as they are. Thread-safe.</para>
/// </remarks>
public sealed class IdentityProtection
{
    /// <summary>The documented project key used when no key is given and the environment variable is unset.</summary>
    public const string DefaultKey = "NetworkAnalysis pseudonym key v1";

    /// <summary>The environment variable that overrides <see cref="DefaultKey"/>: <c>NETAN_PSEUDONYM_KEY</c>.</summary>
    public const string KeyEnvironmentVariable = "NETAN_PSEUDONYM_KEY";

    /// <summary>The number of hex digits of the pseudonym hash.</summary>
    public const int HashDigits = 12;

    private readonly byte[] _key;

    /// <summary>Creates the protection with <paramref name="key"/> (or the environment's, or the default key).</summary>
    /// <param name="key">The HMAC key; null to use <see cref="KeyEnvironmentVariable"/> or <see cref="DefaultKey"/>.</param>
    /// <param name="reveal">True to show real ids and names (for authorised users only).</param>
    public IdentityProtection(string? key = null, bool reveal = false)
    {
        if (key is { Length: 0 })
        {
            throw new ArgumentException("the pseudonym key must not be empty", nameof(key));
        }

        key ??= Environment.GetEnvironmentVariable(KeyEnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultKey;
        _key = Encoding.UTF8.GetBytes(key);
        Reveal = reveal;
    }

    /// <summary>Protection with the environment's or the default key, hiding sensitive identities.</summary>
    public static IdentityProtection Default { get; } = new();

    /// <summary>True when real ids and names are shown (no protection).</summary>
    public bool Reveal { get; }

    /// <summary>The id to show: the pseudonym for a sensitive agent (unless <see cref="Reveal"/>), else the id.</summary>
    public string DisplayId(Agent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return agent.IsSensitive && !Reveal ? Pseudonym(agent) : agent.Id;
    }

    /// <summary>
    /// The name to show: the pseudonym for a sensitive agent (unless <see cref="Reveal"/>; never the
    /// real name), else the name or, when it has none, the id.
    /// </summary>
    public string DisplayName(Agent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return agent.IsSensitive && !Reveal ? Pseudonym(agent) : agent.Name ?? agent.Id;
    }

    /// <summary>The pseudonym of <paramref name="agent"/>, whether or not it is sensitive (see the remarks for the rule).</summary>
    public string Pseudonym(Agent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return Pseudonym(agent.Id, agent.Sensitivity);
    }

    /// <summary>The pseudonym of an agent with id <paramref name="agentId"/> and sensitivity <paramref name="sensitivity"/>.</summary>
    public string Pseudonym(string agentId, Sensitivity sensitivity)
    {
        ArgumentNullException.ThrowIfNull(agentId);
        var prefix = sensitivity == Sensitivity.Victim ? "victim-" : "protected-";
        var idBytes = Encoding.UTF8.GetBytes(agentId);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, idBytes, hash);
        return string.Concat(prefix, Convert.ToHexStringLower(hash[..(HashDigits / 2)]));
    }
}
