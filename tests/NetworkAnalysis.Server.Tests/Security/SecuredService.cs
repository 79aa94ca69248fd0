using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetworkAnalysis.Application.Security;

namespace NetworkAnalysis.Server.Tests.Security;

/// <summary>
/// The real service in process (<see cref="ServiceUnderTest"/>) with two cases holding the bundled sample:
/// <c>mare</c> (granted to the role users) and <c>other</c> (granted only to its owner), one finished job on
/// each, and one user per role plus a revoked and an expired one. Every log line is kept in <see cref="Logs"/>.
/// </summary>
internal sealed class SecuredService : IAsyncDisposable
{
    public const string Granted = "mare";
    public const string NotGranted = "other";

    private SecuredService(ServiceUnderTest inner, LogSink logs)
    {
        Inner = inner;
        Logs = logs;
    }

    /// <summary>The service; its client is the owner of both cases (a supervisor who created them).</summary>
    public ServiceUnderTest Inner { get; }

    public WebApplication App => Inner.App;

    public LogSink Logs { get; }

    public Dictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Jobs { get; } = new(StringComparer.Ordinal);

    public ISecurityStore Store => App.Services.GetRequiredService<ISecurityStore>();

    public static async Task<SecuredService> StartAsync(params string[] settings)
    {
        var logs = new LogSink();
        var inner = await ServiceUnderTest.StartAsync(
            null,
            [
                "--Netan:Security:FailedLoginsPerMinute", "1000000", "--Netan:Security:FailedLoginDelayMilliseconds", "0", "--Netan:Security:RequestsPerMinute", "1000000",
                "--Netan:Security:MaxJobsPerUser", "1000000",
                // The request log must be captured (the viewer test searches it for protected names); the server keeps
                // only the framework's warnings unless this category is configured.
                "--Logging:LogLevel:Default", "Debug", "--Logging:LogLevel:Microsoft.AspNetCore", "Information", .. settings,
            ]);
        inner.App.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        var service = new SecuredService(inner, logs);
        await service.SeedAsync();
        return service;
    }

    public HttpClient Client(string? user)
    {
        var client = App.GetTestClient();
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Keys[user]);
        }

        return client;
    }

    public static StringContent Json(string json) => ServiceUnderTest.Json(json);

    /// <summary>Logs <paramref name="user"/> in with its key, as the login page does.</summary>
    public async Task<WebSession> LoginAsync(string user) => await WebSession.LoginAsync(App.GetTestClient(), Keys[user]);

    private async Task SeedAsync()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var role in new[] { Role.Viewer, Role.Analyst, Role.Supervisor })
        {
            Keys[RoleWords.Format(role)] = await TestIdentities.AddAsync(App, RoleWords.Format(role), role);
        }

        Keys["admin"] = await TestIdentities.AddAsync(App, "admin", Role.Admin);
        Keys["revoked"] = await TestIdentities.AddAsync(App, "revoked", Role.Supervisor);
        await Store.AddUserAsync("expired", Role.Supervisor, now);
        var (expiredKey, expiredRecord) = ApiKeys.Create("expired", now.AddDays(-2), now.AddDays(-1));
        await Store.AddKeyAsync(expiredRecord);
        Keys["expired"] = expiredKey;

        foreach (var name in new[] { Granted, NotGranted })
        {
            await Inner.UploadSampleAsync(name);
            Jobs[name] = await RunJobAsync(Inner.Client, name);
        }

        foreach (var user in new[] { "viewer", "analyst", "supervisor", "revoked", "expired" })
        {
            var role = user is "viewer" ? Role.Viewer : user is "analyst" ? Role.Analyst : Role.Supervisor;
            await Store.GrantAsync(user, new CaseGrant(Granted, role));
        }

        await Store.RevokeUserAsync("revoked", now);
    }

    private static async Task<string> RunJobAsync(HttpClient client, string name)
    {
        var analysis = NetworkAnalysis.Application.Requests.AnalysisCatalog.All.First(a => a.Execution == NetworkAnalysis.Application.Requests.AnalysisExecution.Job);
        var response = await client.PostAsync($"/api/v1/cases/{name}/versions/1/analyses/{analysis.Name}", Json("{}"));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Accepted, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        await NetworkAnalysis.Server.Tests.Jobs.WaitAsync(client, id, "succeeded");
        return id;
    }

    public ValueTask DisposeAsync() => Inner.DisposeAsync();
}

/// <summary>A web login: the session cookie's value and the CSRF token, sent as a browser on our page would.</summary>
internal sealed record WebSession(string Cookie, string? Csrf, string SetCookie)
{
    public static async Task<WebSession> LoginAsync(HttpClient client, string key)
    {
        using var response = await client.PostAsync("/api/session", SecuredService.Json($$"""{"key":"{{key}}"}"""));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, body);
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("netan_session=", StringComparison.Ordinal));
        var cookie = setCookie["netan_session=".Length..setCookie.IndexOf(';', StringComparison.Ordinal)];
        return new WebSession(cookie, JsonDocument.Parse(body).RootElement.GetProperty("csrfToken").GetString(), setCookie);
    }

    /// <summary>Adds the cookie, and the CSRF header when there is a token.</summary>
    public void Apply(HttpRequestMessage request)
    {
        request.Headers.Add("Cookie", "netan_session=" + Cookie);
        if (Csrf is not null)
        {
            request.Headers.Add("X-CSRF-Token", Csrf);
        }
    }
}

/// <summary>A logger provider keeping every formatted line (with exceptions) in memory, to search what the server logged.</summary>
internal sealed class LogSink : ILoggerProvider
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

    public IEnumerable<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink._lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
    }
}
