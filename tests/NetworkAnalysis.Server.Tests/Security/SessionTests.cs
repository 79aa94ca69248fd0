using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NetworkAnalysis.Application.Security;

namespace NetworkAnalysis.Server.Tests.Security;

/// <summary>The web login (<c>/api/session</c>): cookie attributes, CSRF, logout, and sessions ending with their key.</summary>
[TestFixture]
public sealed class SessionTests : SecuredServiceFixture
{
    [Test]
    public async Task Login_GoodKey_SetsAStrictHttpOnlyCookieAndAnswersUserExpiryAndCsrfToken()
    {
        var client = Service.App.GetTestClient();
        using var response = await client.PostAsync("/api/session", SecuredService.Json($$"""{"key":"{{Service.Keys["viewer"]}}"}"""));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body.GetProperty("user").GetString().Should().Be("viewer");
        DateTimeOffset.Parse(body.GetProperty("expires").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Should().BeCloseTo(DateTimeOffset.UtcNow.AddHours(8), TimeSpan.FromMinutes(5));
        body.GetProperty("csrfToken").GetString().Should().HaveLength(43);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("netan_session=", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.Should().Contain("; httponly").And.Contain("; samesite=strict").And.Contain("; path=/").And.NotContain("secure", "this server listens on loopback only");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Test]
    public async Task Login_ServerListeningBeyondLoopback_MarksTheCookieSecure()
    {
        var previous = Environment.GetEnvironmentVariable(Core.IdentityProtection.KeyEnvironmentVariable);
        Environment.SetEnvironmentVariable(Core.IdentityProtection.KeyEnvironmentVariable, "a-secret-of-the-operator-for-this-test");
        try
        {
            await using var service = await ServiceUnderTest.StartAsync(null, "--urls", "http://0.0.0.0:5999");
            var key = await TestIdentities.AddAsync(service.App, "remote", Role.Viewer);
            var session = await WebSession.LoginAsync(service.App.GetTestClient(), key);
            session.SetCookie.ToLowerInvariant().Should().Contain("; secure");
        }
        finally
        {
            Environment.SetEnvironmentVariable(Core.IdentityProtection.KeyEnvironmentVariable, previous);
        }
    }

    [TestCase("revoked")]
    [TestCase("expired")]
    [TestCase("no such key")]
    public async Task Login_BadKey_401ProblemAndAudited(string who)
    {
        var key = Service.Keys.GetValueOrDefault(who, "netan_0123456789abcdef_" + new string('x', 43));
        var before = (await Service.Store.ReadAsync(new AuditFilter(Limit: 100_000))).Count;
        using var response = await Service.App.GetTestClient().PostAsync("/api/session", SecuredService.Json($$"""{"key":"{{key}}"}"""));
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Contain("urn:netan:problem:unauthorized");
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
        var entries = await Service.Store.ReadAsync(new AuditFilter(Limit: 100_000));
        entries.Skip(before).Should().ContainSingle(e => e.Endpoint == "login" && e.Outcome == 401 && e.User == "");
    }

    [Test]
    public async Task Login_ManyBadKeys_ThrottledLikeBearerKeys_EvenTheGoodKeyWaits()
    {
        await using var service = await ServiceUnderTest.StartAsync(null, "--Netan:Security:FailedLoginsPerMinute", "3", "--Netan:Security:FailedLoginDelayMilliseconds", "0");
        var good = await TestIdentities.AddAsync(service.App, "alice", Role.Viewer);
        var client = service.App.GetTestClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var bad = await client.PostAsync("/api/session", SecuredService.Json($$"""{"key":"netan_0123456789abcdef_guess{{i}}guessguessguessguess"}"""));
            statuses.Add(bad.StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests);
        using var goodNow = await client.PostAsync("/api/session", SecuredService.Json($$"""{"key":"{{good}}"}"""));
        goodNow.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "past the limit the key is not even looked at");
    }

    [Test]
    public async Task GetSession_WithCookie_AnswersTheSameTokenAndTheGrantedCases()
    {
        var session = await Service.LoginAsync("viewer");
        var body = await SendAsync(HttpMethod.Get, "/api/session", session with { Csrf = null }, HttpStatusCode.OK);
        body.GetProperty("user").GetString().Should().Be("viewer");
        body.GetProperty("csrfToken").GetString().Should().Be(session.Csrf);
        body.GetProperty("cases").EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("role").GetString()))
            .Should().Equal(("mare", "viewer"));
    }

    [Test]
    public async Task GetSession_WithBearer_AnswersNoCsrfToken_WithoutCredentials_401()
    {
        var body = JsonDocument.Parse(await Service.Client("viewer").GetStringAsync("/api/session")).RootElement;
        body.GetProperty("user").GetString().Should().Be("viewer");
        body.GetProperty("csrfToken").ValueKind.Should().Be(JsonValueKind.Null);
        (await Service.App.GetTestClient().GetAsync("/api/session")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/api/session");
        forged.Headers.Add("Cookie", "netan_session=" + new string('A', 43));
        (await Service.App.GetTestClient().SendAsync(forged)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task CookieCall_ChangingStateWithoutOrWithWrongCsrfToken_403_WithTheToken_Allowed()
    {
        var session = await Service.LoginAsync("analyst");
        const string path = "/api/v1/cases";
        var refused = await SendRawAsync(HttpMethod.Post, path, session with { Csrf = null }, """{"name":"by-cookie-1"}""");
        refused.Status.Should().Be(HttpStatusCode.Forbidden);
        refused.Body.Should().Contain("urn:netan:problem:csrf").And.Contain("X-CSRF-Token");
        (await SendRawAsync(HttpMethod.Post, path, session with { Csrf = session.Csrf![..^1] + (session.Csrf[^1] == 'A' ? 'B' : 'A') }, """{"name":"by-cookie-2"}""")).Status.Should().Be(HttpStatusCode.Forbidden);
        var other = await Service.LoginAsync("analyst");
        (await SendRawAsync(HttpMethod.Post, path, session with { Csrf = other.Csrf }, """{"name":"by-cookie-3"}""")).Status.Should().Be(HttpStatusCode.Forbidden, "another session's token does not fit");
        (await SendRawAsync(HttpMethod.Post, path, session, """{"name":"by-cookie-4"}""")).Status.Should().Be(HttpStatusCode.Created);
        var cases = Service.App.Services.GetRequiredService<NetworkAnalysis.Application.Storage.ICaseStore>();
        foreach (var refusedName in new[] { "by-cookie-1", "by-cookie-2", "by-cookie-3" })
        {
            (await cases.FindCaseAsync(refusedName)).Should().BeNull("a refused request changes nothing");
        }
        (await SendRawAsync(HttpMethod.Get, $"/api/v1/cases/{SecuredService.Granted}", session with { Csrf = null }, null)).Status.Should().Be(HttpStatusCode.OK, "a read needs no token");
        (await Service.Client("analyst").PostAsync(path, SecuredService.Json("""{"name":"by-bearer"}"""))).StatusCode.Should().Be(HttpStatusCode.Created, "a bearer caller needs no token");
    }

    [Test]
    public async Task Logout_NeedsTheCsrfToken_ThenEndsTheSessionServerSide()
    {
        var session = await Service.LoginAsync("viewer");
        (await SendRawAsync(HttpMethod.Delete, "/api/session", session with { Csrf = null }, null)).Status.Should().Be(HttpStatusCode.Forbidden);
        await SendAsync(HttpMethod.Get, "/api/session", session, HttpStatusCode.OK);
        var (status, _, cookies) = await SendRawAsync(HttpMethod.Delete, "/api/session", session, null);
        status.Should().Be(HttpStatusCode.NoContent);
        cookies.Should().Contain(c => c.StartsWith("netan_session=;", StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal));
        (await SendRawAsync(HttpMethod.Get, "/api/session", session, null)).Status.Should().Be(HttpStatusCode.Unauthorized, "the browser may keep the cookie; the server forgot it");
    }

    [Test]
    public async Task RevokingTheKeyOrTheUser_EndsTheirSessions()
    {
        var key = await UserAdministration.AddUserAsync(Service.Store, "short-lived", Role.Viewer, [SecuredService.Granted], null, DateTimeOffset.UtcNow);
        var byKey = await WebSession.LoginAsync(Service.App.GetTestClient(), key.Key);
        var second = await UserAdministration.AddKeyAsync(Service.Store, "short-lived", null, DateTimeOffset.UtcNow);
        var byUser = await WebSession.LoginAsync(Service.App.GetTestClient(), second.Key);
        await SendAsync(HttpMethod.Get, "/api/session", byKey, HttpStatusCode.OK);

        await Service.Store.RevokeKeyAsync(key.KeyId, DateTimeOffset.UtcNow);
        (await SendRawAsync(HttpMethod.Get, "/api/session", byKey, null)).Status.Should().Be(HttpStatusCode.Unauthorized);
        await SendAsync(HttpMethod.Get, "/api/session", byUser, HttpStatusCode.OK);
        await Service.Store.RevokeUserAsync("short-lived", DateTimeOffset.UtcNow);
        (await SendRawAsync(HttpMethod.Get, "/api/session", byUser, null)).Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Session_StoredOnlyAsAHash_TheCookieValueIsNowhereInTheDatabase()
    {
        var session = await Service.LoginAsync("supervisor");
        SqliteConnection.ClearAllPools();
        var file = await File.ReadAllBytesAsync(Path.Combine(Service.Inner.Folder, "cases.db"));
        var wal = Path.Combine(Service.Inner.Folder, "cases.db-wal");
        var all = System.Text.Encoding.ASCII.GetString(file) + (File.Exists(wal) ? System.Text.Encoding.ASCII.GetString(await File.ReadAllBytesAsync(wal)) : "");
        all.Should().NotContain(session.Cookie).And.NotContain(session.Csrf!);
        (await Service.Store.FindSessionAsync(Sessions.HashOf(session.Cookie))).Should().NotBeNull();
    }

    [Test]
    public void Sessions_EndAtTheirExpiryTheKeysExpiryOrWhenIdle()
    {
        var now = DateTimeOffset.UtcNow;
        var (_, key) = ApiKeys.Create("alice", now, now.AddHours(2));
        var (id, session) = Sessions.Create(key, now, TimeSpan.FromHours(8));
        session.Expires.Should().Be(now.AddHours(2), "a session never outlives its key");
        Sessions.IsWellFormed(id).Should().BeTrue();
        session.IdHash.Should().Be(Sessions.HashOf(id)).And.NotContain(id);
        var idle = TimeSpan.FromMinutes(30);
        Sessions.IsLive(session, now.AddMinutes(29), idle).Should().BeTrue();
        Sessions.IsLive(session, now.AddMinutes(31), idle).Should().BeFalse("unused for longer than the idle timeout");
        Sessions.IsLive(session with { LastSeen = now.AddMinutes(110) }, now.AddMinutes(119), idle).Should().BeTrue();
        Sessions.IsLive(session with { LastSeen = now.AddMinutes(110) }, now.AddMinutes(121), idle).Should().BeFalse("past the key's expiry");
        Sessions.IsLive(session with { Ended = now }, now.AddMinutes(1), idle).Should().BeFalse("logged out");
        Sessions.CsrfMatches(id, Sessions.CsrfTokenOf(id)).Should().BeTrue();
        Sessions.CsrfMatches(id, null).Should().BeFalse();
        Sessions.CsrfMatches(id, "").Should().BeFalse();
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, WebSession session, HttpStatusCode expected)
    {
        var (status, body, _) = await SendRawAsync(method, path, session, null);
        status.Should().Be(expected, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<(HttpStatusCode Status, string Body, IReadOnlyList<string> Cookies)> SendRawAsync(HttpMethod method, string path, WebSession session, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = SecuredService.Json(json);
        }

        session.Apply(request);
        using var response = await Service.App.GetTestClient().SendAsync(request);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), cookies);
    }
}
