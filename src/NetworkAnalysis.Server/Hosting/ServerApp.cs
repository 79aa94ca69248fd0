using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NetworkAnalysis.Application.Jobs;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Server.Endpoints;
using NetworkAnalysis.Server.Jobs;
using NetworkAnalysis.Server.OpenApi;
using NetworkAnalysis.Server.Problems;
using NetworkAnalysis.Server.Security;
using NetworkAnalysis.Server.Uploads;
using Scalar.AspNetCore;

namespace NetworkAnalysis.Server.Hosting;

/// <summary>
/// Builds and runs the service: the Generic Host with Kestrel, the case store opened through
/// <see cref="CaseStoreOpener"/>, the job runner, problem documents, response compression, the OpenAPI
/// document at <c>/openapi/v1.json</c>, the reference page at <c>/scalar/v1</c>, and every row of
/// <see cref="EndpointTable"/>. Default address: <c>http://127.0.0.1:5080</c> (loopback only).
/// </summary>
public static class ServerApp
{
    /// <summary>The default listening address.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Builds the application from command-line style <paramref name="args"/> (<c>--urls</c>, <c>--Netan:Store</c>, ...).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(ServerApp).Assembly.GetName().Name });
        if (builder.Configuration["urls"] is null)
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        configure?.Invoke(builder);

        // One log line per request (ASP.NET Core's Information level) costs more than a small query under load;
        // keep the framework's warnings and errors unless the operator asks for more (Logging:LogLevel:Microsoft.AspNetCore).
        if (builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null)
        {
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        }

        var options = builder.Configuration.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxUploadBytes + (1 << 20));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSqliteCaseStore();
        builder.Services.AddPostgresCaseStore();
        builder.Services.AddSingleton<CaseStoreOpener>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<CaseStoreOpener>().OpenAsync(options.Store).GetAwaiter().GetResult());
        builder.Services.AddSingleton<CaseAccess>();
        builder.Services.AddSingleton<IJobStoreProvider, NetworkAnalysis.Storage.Sqlite.SqliteJobStoreProvider>();
        builder.Services.AddSingleton<IJobStoreProvider, NetworkAnalysis.Storage.Postgres.PostgresJobStoreProvider>();
        builder.Services.AddSingleton<JobStoreOpener>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<JobStoreOpener>().OpenAsync(options.Store).GetAwaiter().GetResult());
        builder.Services.AddSingleton<JobRunner>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        builder.Services.AddSingleton<UploadReader>();
        SecurityServices.Add(builder, options, builder.Configuration["urls"] ?? DefaultUrls);
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.AddOpenApi(o => ApiDocument.Configure(o));
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));

        var app = builder.Build();
        app.UseMiddleware<ProblemMiddleware>();
        app.UseResponseCompression();
        UseWorkbench(app);
        SecurityServices.Use(app, options);
        app.MapOpenApi("/openapi/{documentName}.json").WithMetadata(new PublicEndpoint());
        app.MapScalarApiReference().WithMetadata(new PublicEndpoint());
        foreach (var row in EndpointTable.Rows)
        {
            var endpoint = app.MapMethods(row.Route, [row.Method], row.Handler)
                .WithName(row.Name)
                .WithSummary(row.Summary)
                .WithTags(row.Tag)
                .WithMetadata(row);
            ApiDocument.Describe(endpoint, row);
        }

        return app;
    }

    /// <summary>Builds and runs the service until it is stopped (Ctrl+C, SIGTERM).</summary>
    public static async Task RunAsync(string[] args)
    {
        await using var app = Build(args);
        await app.RunAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Serves the analyst's workbench (web/dist, copied to wwwroot/ next to the assembly by the build) at <c>/</c>.
    /// Static files hold no case data, so they need no permission; every figure the page shows comes from the API.
    /// Absent in a build made with <c>-p:SkipWebBuild=true</c>: then only the API is served.
    /// </summary>
    private static void UseWorkbench(WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            return;
        }

        var files = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
    }
}
