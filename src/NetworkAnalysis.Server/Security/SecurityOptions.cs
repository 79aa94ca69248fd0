namespace NetworkAnalysis.Server.Security;

/// <summary>Security settings, bound from <c>Netan:Security</c> (e.g. <c>Netan__Security__RequestsPerMinute=600</c>).</summary>
public sealed class SecurityOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Netan:Security";

    /// <summary>Requests one identity may make per minute (token bucket, default 600).</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Burst above the steady rate (default 100 requests).</summary>
    public int Burst { get; set; } = 100;

    /// <summary>Failed logins from one address per minute before every further attempt is refused unchecked (default 10).</summary>
    public int FailedLoginsPerMinute { get; set; } = 10;

    /// <summary>Delay added to each failed login, in milliseconds (default 250).</summary>
    public int FailedLoginDelayMilliseconds { get; set; } = 250;

    /// <summary>Longest unmask grant, in minutes (default 240; the default grant is 60).</summary>
    public int MaxUnmaskMinutes { get; set; } = 240;

    /// <summary>Longest life of a web session opened with <c>POST /api/session</c>, in hours (default 8; never past the key's expiry).</summary>
    public int SessionHours { get; set; } = 8;

    /// <summary>A web session unused this many minutes ends (default 30).</summary>
    public int SessionIdleMinutes { get; set; } = 30;

    /// <summary>Jobs one user may have queued or running at once; one more is refused with 429 (default 4).</summary>
    public int MaxJobsPerUser { get; set; } = 4;

    /// <summary>OpenID Connect bearer tokens (off unless <see cref="OidcOptions.Authority"/> is set).</summary>
    public OidcOptions Oidc { get; set; } = new();

    /// <summary>
    /// Whether the session cookie is marked <c>Secure</c>: true unless every address the server listens on is
    /// loopback (set at start from <c>--urls</c>, not from configuration).
    /// </summary>
    internal bool SecureCookies { get; set; } = true;
}

/// <summary>
/// OpenID Connect settings, bound from <c>Netan:Security:Oidc</c>. Tokens are validated by
/// Microsoft.AspNetCore.Authentication.JwtBearer against the authority's discovery document and keys.
/// </summary>
public sealed class OidcOptions
{
    /// <summary>The issuer (e.g. <c>https://login.example.org/realms/police</c>); null or empty: OIDC is off.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience every token must name (the client id registered for netan).</summary>
    public string? Audience { get; set; }

    /// <summary>The claim holding the user's roles (default <c>netan_roles</c>; see docs/security.md for the values).</summary>
    public string RoleClaim { get; set; } = "netan_roles";

    /// <summary>The claim naming the user (default <c>preferred_username</c>).</summary>
    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>Put before the name claim to form the netan user name (default <c>oidc.</c>), so an OIDC user can never be a local key user.</summary>
    public string UserPrefix { get; set; } = "oidc.";

    /// <summary>Whether the authority must be https (default true; only a loopback test authority may use http).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Whether OIDC is configured.</summary>
    public bool Enabled => Authority is { Length: > 0 };
}
