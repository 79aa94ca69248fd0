using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Server.Problems;

namespace NetworkAnalysis.Server.Security;

/// <summary>
/// Turns <c>Authorization: Bearer netan_…</c> into a <see cref="Caller"/>. Every failure answers the same
/// 401 (a missing, malformed, unknown, expired or revoked key cannot be told apart), waits a little, and
/// counts against the client address; past <see cref="SecurityOptions.FailedLoginsPerMinute"/> failures
/// further attempts from that address are refused with 429 without looking at the key at all.
/// </summary>
public sealed class Authenticator(ISecurityStore store, SecurityOptions options, TimeProvider time)
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
        new(401, SecurityProblems.Unauthorized, "Unauthorized", "missing, invalid, expired or revoked API key (send Authorization: Bearer netan_…)");

    /// <summary>The caller of <paramref name="context"/>; throws the 401 or 429 problem otherwise (the failure is audited by the caller of this method).</summary>
    public async Task<Caller> AuthenticateAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (_failures.GetStatistics(address) is { CurrentAvailablePermits: <= 0 })
        {
            throw TooManyFailures(context);
        }

        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
        if (ApiKeys.TryParse(token, out var keyId, out var secret)
            && await store.FindKeyAsync(keyId, context.RequestAborted).ConfigureAwait(false) is { } key
            && ApiKeys.Matches(key, secret)
            && ApiKeys.IsLive(key, time.GetUtcNow())
            && await store.FindUserAsync(key.User, context.RequestAborted).ConfigureAwait(false) is { Revoked: null } user)
        {
            return new Caller(user, key.KeyId);
        }

        using var lease = _failures.AttemptAcquire(address);
        if (!lease.IsAcquired)
        {
            throw TooManyFailures(context);
        }

        await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(0, options.FailedLoginDelayMilliseconds)), time, context.RequestAborted).ConfigureAwait(false);
        throw Unauthorized();
    }

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

    /// <summary>Rate limit or failed-login throttle.</summary>
    public const string TooManyRequests = ProblemTypes.Prefix + "too-many-requests";

    /// <summary>The audit entry could not be written, so the request was not answered.</summary>
    public const string AuditUnavailable = ProblemTypes.Prefix + "audit-unavailable";

    /// <summary>403 for a caller whose role on the case (or own role) is too low.</summary>
    public static ProblemException Forbidden403(string detail) => new(403, Forbidden, "Forbidden", detail);
}
