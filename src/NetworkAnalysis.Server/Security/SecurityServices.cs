using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Server.Security;

/// <summary>Wires the security layer into the host: the security store, the authenticator, the middleware, and the start-up checks.</summary>
public static class SecurityServices
{
    /// <summary>Registers the security services and refuses to configure a server outside loopback with the public pseudonym key.</summary>
    /// <exception cref="InvalidOperationException">Bound outside loopback while <c>NETAN_PSEUDONYM_KEY</c> is unset or the built-in default.</exception>
    public static void Add(WebApplicationBuilder builder, ServerOptions options, string urls)
    {
        ArgumentNullException.ThrowIfNull(builder);
        RequireSecretPseudonymKey(urls, Environment.GetEnvironmentVariable(IdentityProtection.KeyEnvironmentVariable));
        var security = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        security.SecureCookies = !ListensOnLoopbackOnly(urls);
        builder.Services.AddSingleton(security);
        OidcUsers.Register(builder.Services, security.Oidc);
        builder.Services.AddSingleton<OidcUsers>();
        builder.Services.AddSingleton<MethodMismatch>();
        builder.Services.AddSingleton<Jobs.IJobQuota, Jobs.JobQuota>();
        builder.Services.AddSqliteSecurityStore();
        builder.Services.AddPostgresSecurityStore();
        builder.Services.AddSingleton<SecurityStoreOpener>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<SecurityStoreOpener>().OpenAsync(options.Store).GetAwaiter().GetResult());
        builder.Services.AddSingleton<Authenticator>();
    }

    /// <summary>Adds the middleware (after routing) and prints the first-run hint when the store has no users yet.</summary>
    public static void Use(WebApplication app, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRouting();
        app.UseMiddleware<SecurityMiddleware>();
        var store = app.Services.GetRequiredService<ISecurityStore>();
        if (store.ListUsersAsync().GetAwaiter().GetResult().Count == 0)
        {
            app.Logger.LogWarning(
                "No users yet: every API call except health answers 401. Create the first admin with: netan users add NAME --role admin{Store}",
                options.Store is { Length: > 0 } s ? " --store " + s : "");
        }
    }

    /// <summary>Opens the security store of <paramref name="store"/> (a <c>--store</c> value; null: the default) outside a host, for the CLI.</summary>
    public static Task<ISecurityStore> OpenStoreAsync(string? store, CancellationToken cancellationToken = default) =>
        new SecurityStoreOpener([new NetworkAnalysis.Storage.Sqlite.SqliteSecurityStoreProvider(), new NetworkAnalysis.Storage.Postgres.PostgresSecurityStoreProvider()]).OpenAsync(store, cancellationToken);

    /// <summary>Throws when <paramref name="urls"/> reach beyond loopback and <paramref name="key"/> is not a secret of the operator's.</summary>
    public static void RequireSecretPseudonymKey(string urls, string? key)
    {
        ArgumentNullException.ThrowIfNull(urls);
        if (key is { Length: > 0 } && key != IdentityProtection.DefaultKey)
        {
            return;
        }

        if (!ListensOnLoopbackOnly(urls))
        {
            throw new InvalidOperationException(
                $"refusing to listen on {urls} with the public pseudonym key: set {IdentityProtection.KeyEnvironmentVariable} to a secret (e.g. `openssl rand -base64 32`) — see docs/security.md");
        }
    }

    /// <summary>Whether every address of <paramref name="urls"/> (<c>;</c>-separated) is loopback.</summary>
    public static bool ListensOnLoopbackOnly(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(IsLoopback);

    private static bool IsLoopback(string url)
    {
        var host = Uri.TryCreate(url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri.Host : "";
        return host == "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
