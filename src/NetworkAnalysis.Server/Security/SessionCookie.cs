using Microsoft.AspNetCore.Http;

namespace NetworkAnalysis.Server.Security;

/// <summary>
/// The web login's cookie <c>netan_session</c>: <c>HttpOnly</c> (no script reads it), <c>SameSite=Strict</c>
/// (no other site's page sends it), <c>Path=/</c>, and <c>Secure</c> unless the server listens on loopback only
/// (<see cref="SecurityOptions.SecureCookies"/>). Its value is the session id; the server keeps only its hash.
/// </summary>
public static class SessionCookie
{
    /// <summary>The cookie's name.</summary>
    public const string Name = "netan_session";

    /// <summary>The header a cookie-authenticated state-changing request must carry, holding the session's CSRF token.</summary>
    public const string CsrfHeader = "X-CSRF-Token";

    /// <summary>Sets the cookie to <paramref name="id"/> until <paramref name="expires"/>.</summary>
    public static void Append(HttpResponse response, string id, DateTimeOffset expires, SecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(options);
        response.Cookies.Append(Name, id, Options(options, expires));
    }

    /// <summary>Tells the browser to drop the cookie.</summary>
    public static void Delete(HttpResponse response, SecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(options);
        response.Cookies.Delete(Name, Options(options, null));
    }

    /// <summary>Whether a request with this method changes state (and so needs the CSRF token when sent with the cookie).</summary>
    public static bool ChangesState(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static CookieOptions Options(SecurityOptions options, DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        Secure = options.SecureCookies,
        Expires = expires,
        IsEssential = true,
    };
}
