using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using NetworkAnalysis.Application.Jobs;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Server.Tests;

/// <summary>The real thing: <c>netan serve</c> as a separate process on a loopback port, killed and restarted.</summary>
[Category("Slow")]
public class LoopbackProcessTests
{
    // Short leases so a job left running by a killed server is recovered within seconds, not the default 30.
    internal static readonly Dictionary<string, string> QuickLeases = new() { ["Netan__JobLeaseSeconds"] = "3", ["Netan__JobHeartbeatSeconds"] = "0.5", ["Netan__MaxConcurrentJobs"] = "1" };

    [Test]
    public async Task Serve_UploadRunKillRestart_JobsSurvive()
    {
        var folder = Directory.CreateTempSubdirectory("netan-serve-").FullName;
        var store = Path.Combine(folder, "cases.db");
        var address = new Uri($"http://127.0.0.1:{NetanProcesses.FreePort()}");
        using var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", NetanProcesses.AddUser(store));
        var server = NetanProcesses.StartServe(store, address, QuickLeases);
        try
        {
            await NetanProcesses.WaitReadyAsync(address, server, TimeSpan.FromMinutes(3));
            await UploadSampleAsync(client, "mare");
            var done = await SubmitAsync(client, "mare", "keyplayers", """{"k":3}""");
            await Jobs.WaitAsync(client, done, "succeeded");
            var slow = await SubmitAsync(client, "mare", "keyplayers", """{"k":5,"distance-weighted":true}""");
            var cancelled = await SubmitAsync(client, "mare", "keyplayers", """{"k":4}""");
            (await client.DeleteAsync($"/api/v1/jobs/{cancelled}")).StatusCode.Should().BeOneOf(HttpStatusCode.Accepted, HttpStatusCode.Conflict);
            var before = JsonNode.Parse(await client.GetStringAsync($"/api/v1/jobs/{slow}"))!["state"]!.GetValue<string>();

            await NetanProcesses.KillAsync(server);
            server.Dispose();
            server = NetanProcesses.StartServe(store, address, QuickLeases);
            await NetanProcesses.WaitReadyAsync(address, server, TimeSpan.FromMinutes(3));

            (await Jobs.WaitAsync(client, done, "succeeded"))["progress"]!.GetValue<double>().Should().Be(1);
            var result = JsonNode.Parse(await client.GetStringAsync($"/api/v1/jobs/{done}/result"))!;
            result["result"]!.AsArray().Count.Should().Be(3, "the result is kept across the restart");

            // A job the killed server was running is queued again once its lease expires, and the restarted server finishes it.
            var after = await Jobs.WaitAsync(client, slow, "succeeded");
            after["attempts"]!.GetValue<int>().Should().Be(before == "running" ? 2 : 1, $"it was {before} when the server was killed");
            JsonNode.Parse(await client.GetStringAsync($"/api/v1/jobs/{slow}/result"))!["result"]!.AsArray().Count.Should().Be(5);
        }
        finally
        {
            await NetanProcesses.KillAsync(server);
            server.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static async Task<string> SubmitAsync(HttpClient client, string caseName, string analysis, string body)
    {
        var response = await client.PostAsync($"/api/v1/cases/{caseName}/versions/latest/analyses/{analysis}", ServiceUnderTest.Json(body));
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    internal static async Task UploadSampleAsync(HttpClient client, string caseName, string? folder = null)
    {
        folder ??= ServiceUnderTest.Sample;
        (await client.PostAsync("/api/v1/cases", ServiceUnderTest.Json($$"""{"name":"{{caseName}}"}"""))).EnsureSuccessStatusCode();
        using var form = new MultipartFormDataContent();
        foreach (var file in Directory.GetFiles(folder, "*.csv"))
        {
            form.Add(new ByteArrayContent(File.ReadAllBytes(file)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "files", Path.GetFileName(file));
        }

        var uploaded = await client.PostAsync($"/api/v1/cases/{caseName}/versions", form);
        uploaded.StatusCode.Should().Be(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
    }
}
