using Microsoft.AspNetCore.Http;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Server.Endpoints;
using NetworkAnalysis.Server.Hosting;
using NetworkAnalysis.Server.Problems;

namespace NetworkAnalysis.Server.Security;

/// <summary>
/// The web login: <c>POST /api/session</c> exchanges an API key for the <see cref="SessionCookie"/> and a CSRF
/// token, <c>GET /api/session</c> tells the page who is logged in, <c>DELETE /api/session</c> logs out. The
/// session is the key's: it ends when the key or its user is revoked or expires, after
/// <see cref="SecurityOptions.SessionHours"/>, or after <see cref="SecurityOptions.SessionIdleMinutes"/> unused.
/// </summary>
public static class SessionEndpoints
{
    /// <summary>The route of the three session endpoints.</summary>
    public const string Route = "/api/session";

    /// <summary>The rows (part of <see cref="SecurityEndpoints.Rows"/>).</summary>
    public static IReadOnlyList<EndpointRow> Rows { get; } =
    [
        new("login", "POST", Route, Permission.Login, AuditCategory.Session, EndpointMode.Sync, "Log in with an API key: {\"key\"}; sets the netan_session cookie and answers the CSRF token.", LoginAsync) { Tag = "session", Produces = typeof(SessionView) },
        new("getSession", "GET", Route, Permission.OwnSession, AuditCategory.None, EndpointMode.Sync, "The logged-in user, the session's end, its CSRF token and the granted cases (cookie or bearer).", Get) { Tag = "session", Produces = typeof(SessionView) },
        new("logout", "DELETE", Route, Permission.OwnSession, AuditCategory.Session, EndpointMode.Sync, "End the session server-side and drop the cookie (with the cookie: needs X-CSRF-Token).", LogoutAsync) { Tag = "session", SuccessStatus = 204 },
    ];

    /// <summary>What the session endpoints answer.</summary>
    /// <param name="User">The user's name.</param>
    /// <param name="Expires">When the session ends at the latest (a bearer caller: when its key or token expires; null: never).</param>
    /// <param name="CsrfToken">The value for <c>X-CSRF-Token</c> (null for a bearer caller, which needs none).</param>
    /// <param name="Cases">The granted cases with the role on each.</param>
    public sealed record SessionView(string User, DateTimeOffset? Expires, string? CsrfToken, IReadOnlyList<CaseRole> Cases)
    {
        internal static SessionView Of(Caller caller) =>
            new(caller.User.Name, caller.Expires, caller.SessionId is { } id ? Sessions.CsrfTokenOf(id) : null, [.. caller.User.Grants.Select(g => new CaseRole(g.Case, RoleWords.Format(g.Role)))]);
    }

    /// <summary>One granted case.</summary>
    /// <param name="Name">The case.</param>
    /// <param name="Role">viewer, analyst or supervisor.</param>
    public sealed record CaseRole(string Name, string Role);

    private static async Task<IResult> LoginAsync(HttpContext context, Authenticator authenticator, ISecurityStore store, ServerOptions options, SecurityOptions security, TimeProvider time, CancellationToken ct)
    {
        var body = await JsonBody.ReadFlatAsync(context.Request, options.MaxJsonBytes, ct).ConfigureAwait(false);
        foreach (var field in body.Keys.Where(k => k != "key"))
        {
            throw ProblemException.BadRequest($"unknown field '{field}' (expected key)", field);
        }

        var (caller, key) = await authenticator.LoginAsync(context, body.GetValueOrDefault("key")).ConfigureAwait(false);
        var (id, session) = Sessions.Create(key, time.GetUtcNow(), TimeSpan.FromHours(Math.Max(1, security.SessionHours)));
        await store.AddSessionAsync(session, ct).ConfigureAwait(false);
        var opened = caller with { SessionId = id, Expires = session.Expires };
        opened.Attach(context);
        SessionCookie.Append(context.Response, id, session.Expires, security);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Ok(SessionView.Of(opened));
    }

    private static IResult Get(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        return Results.Ok(SessionView.Of(Caller.Require(context)));
    }

    private static async Task<IResult> LogoutAsync(HttpContext context, ISecurityStore store, SecurityOptions security, TimeProvider time, CancellationToken ct)
    {
        if (Caller.Require(context).SessionId is { } id)
        {
            await store.EndSessionAsync(Sessions.HashOf(id), time.GetUtcNow(), ct).ConfigureAwait(false);
        }

        SessionCookie.Delete(context.Response, security);
        return Results.NoContent();
    }
}
