using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Server.Problems;

namespace NetworkAnalysis.Server.Security;

/// <summary>
/// Turns a request's credentials into a <see cref="Caller"/>: <c>Authorization: Bearer netan_…</c> (an API
/// key), <c>Authorization: Bearer</c> with an OpenID Connect token (<see cref="OidcUsers"/>, when configured),
/// or the <see cref="SessionCookie"/> of a web login. Every failed key or token answers the same 401 (a
/// missing, malformed, unknown, expired or revoked key cannot be told apart), waits a little, and counts
/// against the client address; past <see cref="SecurityOptions.FailedLoginsPerMinute"/> failures further
/// attempts from that address are refused with 429 without looking at the credential at all. A stale
/// session cookie answers 401 at once and is not counted: a 256-bit session id cannot be guessed, and a
/// page with an old cookie must not lock its user out of logging in again.
/// </summary>
public sealed class Authenticator(ISecurityStore store, SecurityOptions options, OidcUsers oidc, TimeProvider time)
{
    private const string Scheme = "Bearer ";

    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.FailedLoginsPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>The problem answered for every failed authentication.</summary>
    public static ProblemException Unauthorized() =>
        new(401, SecurityProblems.Unauthorized, "Unauthorized", "missing, invalid, expired or revoked credentials (send Authorization: Bearer netan_… or log in with POST /api/session)");

    /// <summary>The caller of <paramref name="context"/>; throws the 401 or 429 problem otherwise (the failure is audited by the caller of this method).</summary>
    public async Task<Caller> AuthenticateAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        RefuseWhenThrottled(context);
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0 && context.Request.Cookies.TryGetValue(SessionCookie.Name, out var cookie))
        {
            return await SessionCallerAsync(cookie, context.RequestAborted).ConfigureAwait(false) ?? throw Unauthorized();
        }

        var token = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
        if (token is not null && !token.StartsWith(ApiKeys.Prefix, StringComparison.Ordinal) && oidc.Enabled)
        {
            return await oidc.AuthenticateAsync(context).ConfigureAwait(false) ?? throw await FailedAsync(context).ConfigureAwait(false);
        }

        return await KeyCallerAsync(token, context.RequestAborted).ConfigureAwait(false) ?? throw await FailedAsync(context).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks the API key a web login sends (throttled, delayed and counted exactly like a bearer key); returns
    /// the caller and its key record, or throws the 401 or 429 problem.
    /// </summary>
    public async Task<(Caller Caller, ApiKeyRecord Key)> LoginAsync(HttpContext context, string? token)
    {
        ArgumentNullException.ThrowIfNull(context);
        RefuseWhenThrottled(context);
        if (await KeyCallerAsync(token, context.RequestAborted).ConfigureAwait(false) is { } caller
            && await store.FindKeyAsync(caller.KeyId, context.RequestAborted).ConfigureAwait(false) is { } key)
        {
            return (caller, key);
        }

        throw await FailedAsync(context).ConfigureAwait(false);
    }

    private async Task<Caller?> KeyCallerAsync(string? token, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return ApiKeys.TryParse(token, out var keyId, out var secret)
            && await store.FindKeyAsync(keyId, cancellationToken).ConfigureAwait(false) is { } key
            && ApiKeys.Matches(key, secret)
            && ApiKeys.IsLive(key, now)
            && await store.FindUserAsync(key.User, cancellationToken).ConfigureAwait(false) is { Revoked: null } user
            ? new Caller(user, key.KeyId) { Expires = key.Expires }
            : null;
    }

    /// <summary>The caller of a live session whose key and user are live too; records the use for the idle timeout (to the minute).</summary>
    private async Task<Caller?> SessionCallerAsync(string id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!Sessions.IsWellFormed(id)
            || await store.FindSessionAsync(Sessions.HashOf(id), cancellationToken).ConfigureAwait(false) is not { } session
            || !Sessions.IsLive(session, now, TimeSpan.FromMinutes(Math.Max(1, options.SessionIdleMinutes)))
            || await store.FindKeyAsync(session.KeyId, cancellationToken).ConfigureAwait(false) is not { } key
            || !ApiKeys.IsLive(key, now)
            || await store.FindUserAsync(session.User, cancellationToken).ConfigureAwait(false) is not { Revoked: null } user)
        {
            return null;
        }

        if (now - session.LastSeen >= TimeSpan.FromMinutes(1))
        {
            await store.TouchSessionAsync(session.IdHash, now, cancellationToken).ConfigureAwait(false);
        }

        return new Caller(user, key.KeyId) { SessionId = id, Expires = session.Expires };
    }

    private void RefuseWhenThrottled(HttpContext context)
    {
        if (_failures.GetStatistics(Address(context)) is { CurrentAvailablePermits: <= 0 })
        {
            throw TooManyFailures(context);
        }
    }

    /// <summary>Counts a failure against the address, waits the failed-login delay, and returns the 401 (or the 429 once over the limit).</summary>
    private async Task<ProblemException> FailedAsync(HttpContext context)
    {
        using var lease = _failures.AttemptAcquire(Address(context));
        if (!lease.IsAcquired)
        {
            return TooManyFailures(context);
        }

        await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(0, options.FailedLoginDelayMilliseconds)), time, context.RequestAborted).ConfigureAwait(false);
        return Unauthorized();
    }

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static ProblemException TooManyFailures(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "60";
        return new ProblemException(429, SecurityProblems.TooManyRequests, "Too many requests", "too many failed logins from this address: wait a minute");
    }
}

/// <summary>The security layer's problem types (see <see cref="ProblemTypes"/>).</summary>
public static class SecurityProblems
{
    /// <summary>No valid credentials.</summary>
    public const string Unauthorized = ProblemTypes.Prefix + "unauthorized";

    /// <summary>Authenticated but not allowed.</summary>
    public const string Forbidden = ProblemTypes.Prefix + "forbidden";

    /// <summary>A state-changing request authenticated by the session cookie without the session's <c>X-CSRF-Token</c>.</summary>
    public const string Csrf = ProblemTypes.Prefix + "csrf";

    /// <summary>Rate limit or failed-login throttle.</summary>
    public const string TooManyRequests = ProblemTypes.Prefix + "too-many-requests";

    /// <summary>The user already has as many queued or running jobs as allowed.</summary>
    public const string JobQuota = ProblemTypes.Prefix + "job-quota";

    /// <summary>The audit entry could not be written, so the request was not answered.</summary>
    public const string AuditUnavailable = ProblemTypes.Prefix + "audit-unavailable";

    /// <summary>403 for a caller whose role on the case (or own role) is too low.</summary>
    public static ProblemException Forbidden403(string detail) => new(403, Forbidden, "Forbidden", detail);
}
