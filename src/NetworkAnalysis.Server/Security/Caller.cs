using Microsoft.AspNetCore.Http;
using NetworkAnalysis.Application.Security;

namespace NetworkAnalysis.Server.Security;

/// <summary>The authenticated user of a request, with the key it used; kept in <see cref="HttpContext.Items"/>.</summary>
/// <param name="User">The user, with its grants.</param>
/// <param name="KeyId">The public id of the key (never the secret); <c>oidc</c> for an OpenID Connect token.</param>
public sealed record Caller(UserInfo User, string KeyId)
{
    /// <summary>The session id (cookie value) when the request was authenticated by the session cookie, else null.</summary>
    public string? SessionId { get; init; }

    /// <summary>When the credential stops working (the session's or key's end), or null when it does not expire.</summary>
    public DateTimeOffset? Expires { get; init; }

    private const string ItemKey = "netan.caller";
    private const string RecordsKey = "netan.audit.records";
    private const string ReasonKey = "netan.audit.reason";

    /// <summary>The caller of <paramref name="context"/>, or null when the endpoint is anonymous.</summary>
    public static Caller? Of(HttpContext context) => context?.Items[ItemKey] as Caller;

    /// <summary>The caller of <paramref name="context"/>; the endpoint must require authentication.</summary>
    public static Caller Require(HttpContext context) => Of(context) ?? throw new InvalidOperationException("the endpoint was reached without authentication");

    /// <summary>Only the cases of <paramref name="all"/> granted to the caller.</summary>
    public static IEnumerable<T> Visible<T>(HttpContext context, IEnumerable<T> all, Func<T, string> caseName)
    {
        var caller = Require(context);
        return all.Where(item => AccessPolicy.RoleOn(caller.User, caseName(item)) is not null);
    }

    /// <summary>Records how many records the response returns, for the audit entry.</summary>
    public static void CountRecords(HttpContext context, long records) => context.Items[RecordsKey] = records;

    /// <summary>Records the unmask reason for the audit entry.</summary>
    public static void Reason(HttpContext context, string reason) => context.Items[ReasonKey] = reason;

    internal static long? RecordsOf(HttpContext context) => context.Items[RecordsKey] as long?;

    internal static string? ReasonOf(HttpContext context) => context.Items[ReasonKey] as string;

    internal void Attach(HttpContext context) => context.Items[ItemKey] = this;
}
