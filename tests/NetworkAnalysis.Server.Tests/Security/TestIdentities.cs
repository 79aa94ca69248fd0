using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NetworkAnalysis.Application.Security;

namespace NetworkAnalysis.Server.Tests.Security;

/// <summary>
/// Users and keys for tests, created in the service's own security store (the real one, no fakes). Tests
/// of other features authorise their client through <see cref="AuthorizeAsync"/> instead of weakening the default.
/// </summary>
internal static class TestIdentities
{
    /// <summary>Creates user <paramref name="name"/> with <paramref name="role"/> (granted <paramref name="cases"/>) and returns its key.</summary>
    public static async Task<string> AddAsync(WebApplication app, string name, Role role, params string[] cases)
    {
        var store = app.Services.GetRequiredService<ISecurityStore>();
        return (await UserAdministration.AddUserAsync(store, name, role, cases, null, DateTimeOffset.UtcNow)).Key;
    }

    /// <summary>Sends <paramref name="key"/> as the bearer token of every request of <paramref name="client"/>.</summary>
    public static HttpClient With(HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>
    /// Gives <paramref name="client"/> the key of a new supervisor (all case powers on the cases it creates, no
    /// administration): what the service's functional tests use.
    /// </summary>
    public static async Task AuthorizeAsync(WebApplication app, HttpClient client, string name = "tester")
    {
        var store = app.Services.GetRequiredService<ISecurityStore>();
        var key = await store.FindUserAsync(name) is null
            ? await AddAsync(app, name, Role.Supervisor)
            : (await UserAdministration.AddKeyAsync(store, name, null, DateTimeOffset.UtcNow)).Key;
        With(client, key);
    }
}
