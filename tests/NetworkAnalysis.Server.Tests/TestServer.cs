using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using NetworkAnalysis.Server.Hosting;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Server.Tests;

/// <summary>
/// The real service pipeline in process (ASP.NET Core's TestServer from Microsoft.AspNetCore.Mvc.Testing)
/// over a fresh SQLite store in a folder deleted on dispose, or over the PostgreSQL store given as
/// <c>--Netan:Store URL</c> among the settings.
/// </summary>
internal sealed class ServiceUnderTest : IAsyncDisposable
{
    private ServiceUnderTest(WebApplication app, string folder)
    {
        App = app;
        Folder = folder;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public string Folder { get; }

    public HttpClient Client { get; }

    public static async Task<ServiceUnderTest> StartAsync(string? folder = null, params string[] settings)
    {
        folder ??= Directory.CreateTempSubdirectory("netan-server-tests-").FullName;
        // A "--Netan:Store" among the settings (a PostgreSQL URL) comes later and wins.
        string[] args = ["--Netan:Store", Path.Combine(folder, "cases.db"), .. settings];
        var app = ServerApp.Build(args, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        var service = new ServiceUnderTest(app, folder);
        await Security.TestIdentities.AuthorizeAsync(app, service.Client);
        return service;
    }

    public static string Sample => Path.Combine(SharedData.RepositoryRoot, "samples", "operation-mare-nostrum");

    /// <summary>Creates case <paramref name="name"/> and uploads the bundled sample as its version 1.</summary>
    public async Task UploadSampleAsync(string name = "mare")
    {
        (await Client.PostAsync("/api/v1/cases", Json($$"""{"name":"{{name}}"}"""))).EnsureSuccessStatusCode();
        using var form = new MultipartFormDataContent();
        foreach (var file in new[] { "agents.csv", "transactions.csv", "groups.csv" })
        {
            var content = new ByteArrayContent(File.ReadAllBytes(Path.Combine(Sample, file)));
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(content, "files", file);
        }

        var response = await Client.PostAsync($"/api/v1/cases/{name}/versions", form);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>Runs the built <c>netan</c> as a separate process, as a user would.</summary>
internal static class Netan
{
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => NetanProcesses.Run(args);
}
