using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NetworkAnalysis.Application.Security;

namespace NetworkAnalysis.Server.Security;

/// <summary>
/// OpenID Connect bearer tokens as callers. The token is validated by ASP.NET Core's JwtBearer handler
/// (signature against the authority's published keys, issuer, audience, lifetime); this class maps it to a
/// netan user: the name is <see cref="OidcOptions.UserPrefix"/> + the <see cref="OidcOptions.NameClaim"/>, and
/// each value of the <see cref="OidcOptions.RoleClaim"/> is either a role word (<c>viewer</c>, <c>analyst</c>,
/// <c>supervisor</c>, <c>admin</c>: the user's own role, the highest one wins) or <c>ROLE@CASE</c> (a grant
/// on one case; case names hold no '@'). The user gets a row in the users table on first sight (so audit
/// entries and unmask grants name it and an admin can revoke it locally); grants an admin adds there count
/// too, the token's grant winning for the same case.
/// </summary>
public sealed class OidcUsers(ISecurityStore store, SecurityOptions options, TimeProvider time)
{
    /// <summary>Whether OIDC tokens are accepted.</summary>
    public bool Enabled => options.Oidc.Enabled;

    /// <summary>Registers the JwtBearer handler when OIDC is configured; refuses a configuration that cannot be safe.</summary>
    /// <exception cref="InvalidOperationException">No audience, or an http authority outside loopback.</exception>
    public static void Register(IServiceCollection services, OidcOptions oidc)
    {
        ArgumentNullException.ThrowIfNull(oidc);
        if (!oidc.Enabled)
        {
            return;
        }

        if (oidc.Audience is not { Length: > 0 })
        {
            throw new InvalidOperationException("Netan:Security:Oidc:Authority is set but Netan:Security:Oidc:Audience is not: name the audience netan's tokens are issued for");
        }

        if (!Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && !(oidc.RequireHttpsMetadata == false && IsLoopback(authority))))
        {
            throw new InvalidOperationException($"Netan:Security:Oidc:Authority must be an https URL (http only for a loopback test authority with RequireHttpsMetadata=false): {oidc.Authority}");
        }

        services.AddAuthentication().AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            o.Authority = oidc.Authority;
            o.Audience = oidc.Audience;
            o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
            o.MapInboundClaims = false;
            o.TokenValidationParameters.NameClaimType = oidc.NameClaim;
            o.TokenValidationParameters.RoleClaimType = oidc.RoleClaim;
            o.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(1);
        });
    }

    /// <summary>The caller of a valid token, or null (invalid, expired, wrong audience, unusable name, locally revoked).</summary>
    public async Task<Caller?> AuthenticateAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme).ConfigureAwait(false);
        if (!result.Succeeded || result.Principal is not { } principal)
        {
            return null;
        }

        var name = options.Oidc.UserPrefix + principal.FindFirst(options.Oidc.NameClaim)?.Value;
        if (principal.FindFirst(options.Oidc.NameClaim) is null || !UserNames.IsValid(name))
        {
            return null;
        }

        var (role, grants) = MapRoles(principal.FindAll(options.Oidc.RoleClaim).Select(c => c.Value));
        var stored = await store.FindUserAsync(name, context.RequestAborted).ConfigureAwait(false);
        if (stored is null)
        {
            try
            {
                await store.AddUserAsync(name, role, time.GetUtcNow(), context.RequestAborted).ConfigureAwait(false);
            }
            catch (AccessStoreException)
            {
                // Another request added it first.
            }

            stored = await store.FindUserAsync(name, context.RequestAborted).ConfigureAwait(false);
        }

        if (stored is not { Revoked: null })
        {
            return null;
        }

        var merged = new Dictionary<string, CaseGrant>(StringComparer.Ordinal);
        foreach (var grant in stored.Grants.Concat(grants))
        {
            merged[grant.Case] = grant;
        }

        var expires = principal.FindFirst("exp")?.Value is { } exp && long.TryParse(exp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : (DateTimeOffset?)null;
        return new Caller(stored with { Role = role, Grants = [.. merged.Values.OrderBy(g => g.Case, StringComparer.Ordinal)] }, "oidc") { Expires = expires };
    }

    /// <summary>The own role (highest role word; viewer when none) and the case grants (<c>ROLE@CASE</c>) of the role claim's values; other values are ignored.</summary>
    public static (Role Role, IReadOnlyList<CaseGrant> Grants) MapRoles(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var own = Role.Viewer;
        var grants = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var at = value.IndexOf('@', StringComparison.Ordinal);
            if (at < 0)
            {
                if (RoleWords.Parse(value) is { } word && word > own)
                {
                    own = word;
                }
            }
            else if (RoleWords.Parse(value[..at]) is { } caseRole and not Role.Admin && value.Length > at + 1)
            {
                var caseName = value[(at + 1)..];
                grants[caseName] = grants.TryGetValue(caseName, out var held) && held > caseRole ? held : caseRole;
            }
        }

        return (own, [.. grants.Select(g => new CaseGrant(g.Key, g.Value))]);
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
