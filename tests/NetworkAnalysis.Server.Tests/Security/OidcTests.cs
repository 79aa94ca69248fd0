using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Server.Security;

namespace NetworkAnalysis.Server.Tests.Security;

/// <summary>
/// OpenID Connect bearer tokens against a real identity provider stand-in: a small Kestrel app on loopback
/// serving a discovery document and its JWKS, and tokens signed with a test RSA key. The service fetches the
/// keys over HTTP exactly as it would from a real authority.
/// </summary>
[TestFixture]
[Category("Slow")]
public sealed class OidcTests
{
    private const string Audience = "netan";
    private const string KeyId = "test-key-1";

    private readonly RSA _signing = RSA.Create(2048);
    private WebApplication _provider = null!;
    private ServiceUnderTest _service = null!;
    private string _authority = "";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _provider = builder.Build();
        _provider.MapGet("/.well-known/openid-configuration", (HttpContext c) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = _authority,
            ["jwks_uri"] = _authority + "/jwks",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        _provider.MapGet("/jwks", () =>
        {
            var p = _signing.ExportParameters(false);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) } } });
        });
        await _provider.StartAsync();
        _authority = _provider.Urls.Single().TrimEnd('/');
        _service = await ServiceUnderTest.StartAsync(
            null,
            "--Netan:Security:Oidc:Authority", _authority,
            "--Netan:Security:Oidc:Audience", Audience,
            "--Netan:Security:Oidc:RequireHttpsMetadata", "false",
            "--Netan:Security:FailedLoginDelayMilliseconds", "0");
        await _service.UploadSampleAsync("mare");
        (await _service.Client.PostAsync("/api/v1/cases", ServiceUnderTest.Json("""{"name":"other"}"""))).EnsureSuccessStatusCode();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _service.DisposeAsync();
        await _provider.StopAsync();
        await _provider.DisposeAsync();
        _signing.Dispose();
    }

    [Test]
    public async Task ValidToken_CaseRoleClaim_GivesThatRoleOnThatCaseOnly()
    {
        using var client = With(Token("carol", ["analyst@mare"]));
        (await client.GetAsync("/api/v1/cases/mare")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/cases/other")).StatusCode.Should().Be(HttpStatusCode.NotFound, "not granted answers as missing");
        (await client.DeleteAsync("/api/v1/cases/mare")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "an analyst may not delete");
        (await client.GetAsync("/api/v1/users")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var me = await client.GetStringAsync("/api/session");
        me.Should().Contain("\"user\":\"oidc.carol\"").And.Contain("\"name\":\"mare\",\"role\":\"analyst\"");
        var store = _service.App.Services.GetRequiredService<ISecurityStore>();
        (await store.ReadAsync(new AuditFilter(User: "oidc.carol"))).Should().Contain(e => e.Endpoint == "getCase" && e.Outcome == 200, "audited under the OIDC user's name");
    }

    [Test]
    public async Task ValidToken_AdminClaim_ManagesUsersButSeesNoCase()
    {
        using var client = With(Token("dave", ["admin"]));
        (await client.GetAsync("/api/v1/users")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/cases/mare")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Token_WrongAudienceExpiredBadSignatureOrWrongIssuer_401()
    {
        using var other = RSA.Create(2048);
        var tokens = new Dictionary<string, string>
        {
            ["wrong audience"] = Token("erin", ["supervisor@mare"], audience: "someone-else"),
            ["expired"] = Token("erin", ["supervisor@mare"], expires: DateTime.UtcNow.AddMinutes(-10)),
            ["bad signature"] = Token("erin", ["supervisor@mare"], key: other),
            ["wrong issuer"] = Token("erin", ["supervisor@mare"], issuer: "http://127.0.0.1:1"),
            ["not a token"] = "eyJhbGciOiJub25lIn0.e30.",
        };
        foreach (var (what, token) in tokens)
        {
            using var client = With(token);
            var response = await client.GetAsync("/api/v1/cases/mare");
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, what);
            (await response.Content.ReadAsStringAsync()).Should().Contain("urn:netan:problem:unauthorized", what);
        }
    }

    [Test]
    public async Task Token_OfALocallyRevokedUser_401()
    {
        var token = Token("frank", ["viewer@mare"]);
        using var client = With(token);
        (await client.GetAsync("/api/v1/cases/mare")).StatusCode.Should().Be(HttpStatusCode.OK);
        await _service.App.Services.GetRequiredService<ISecurityStore>().RevokeUserAsync("oidc.frank", DateTimeOffset.UtcNow);
        (await client.GetAsync("/api/v1/cases/mare")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public void MapRoles_WordsAndCaseGrants_HighestWins_UnknownIgnored()
    {
        var (role, grants) = OidcUsers.MapRoles(["viewer", "analyst", "viewer@mare", "supervisor@mare", "analyst@op: north", "admin@mare2", "boss", "viewer@"]);
        role.Should().Be(Role.Analyst);
        grants.Should().BeEquivalentTo([new CaseGrant("mare", Role.Supervisor), new CaseGrant("op: north", Role.Analyst)]);
    }

    private HttpClient With(string token)
    {
        var client = _service.App.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private string Token(string name, string[] roles, string audience = Audience, DateTime? expires = null, RSA? key = null, string? issuer = null)
    {
        var claims = new ClaimsIdentity([new Claim("sub", "id-" + name), new Claim("preferred_username", name)]);
        foreach (var role in roles)
        {
            claims.AddClaim(new Claim("netan_roles", role));
        }

        var end = expires ?? DateTime.UtcNow.AddMinutes(30);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? _authority,
            Audience = audience,
            Subject = claims,
            IssuedAt = end.AddMinutes(-60),
            NotBefore = end.AddMinutes(-60),
            Expires = end,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key ?? _signing) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }
}
