using System.Net;
using System.Text.Json.Nodes;
using NetworkAnalysis.Application.Jobs;

namespace NetworkAnalysis.Server.Tests;

public class JobTests
{
    [Test]
    public async Task Job_OverMemoryBudget_IsRefusedBeforeItStarts()
    {
        await using var service = await ServiceUnderTest.StartAsync(null, "--Netan:MemoryBudgetBytes", "1000");
        await service.UploadSampleAsync();
        var response = await service.Client.PostAsync("/api/v1/cases/mare/versions/latest/analyses/keyplayers", ServiceUnderTest.Json("{}"));
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<string>().Should().Be("urn:netan:problem:over-memory-budget");
        JsonNode.Parse(await service.Client.GetStringAsync("/api/v1/cases/mare/versions/1/jobs"))!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task Job_Cancelled_EndsCancelledWithoutResult()
    {
        // Up to 5 rounds of 10 submissions: more than the per-identity rate limit and the per-user job quota allow by default.
        await using var service = await ServiceUnderTest.StartAsync(null, "--Netan:MaxConcurrentJobs", "1", "--Netan:Security:RequestsPerMinute", "1000000", "--Netan:Security:MaxJobsPerUser", "100");
        await service.UploadSampleAsync();
        // One slot and a queue of jobs: the last one waits behind the others, unless the machine is so fast that
        // the whole queue ran before the cancel arrived (then 409); try again with a fresh queue, a few times.
        var ids = new List<string>();
        HttpResponseMessage? cancel = null;
        for (var attempt = 0; attempt < 5 && cancel?.StatusCode != HttpStatusCode.Accepted; attempt++)
        {
            ids.Clear();
            for (var i = 0; i < 10; i++)
            {
                var accepted = await service.Client.PostAsync("/api/v1/cases/mare/versions/latest/analyses/disrupt", ServiceUnderTest.Json("""{"strategy":"betweenness","steps":30}"""));
                accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
                ids.Add(JsonNode.Parse(await accepted.Content.ReadAsStringAsync())!["id"]!.GetValue<string>());
            }

            cancel = await service.Client.DeleteAsync($"/api/v1/jobs/{ids[^1]}");
            cancel.StatusCode.Should().BeOneOf(HttpStatusCode.Accepted, HttpStatusCode.Conflict);
        }

        cancel!.StatusCode.Should().Be(HttpStatusCode.Accepted, "a queued job can be cancelled");
        var last = ids[^1];
        await Jobs.WaitAsync(service.Client, last, "cancelled");
        (await service.Client.GetAsync($"/api/v1/jobs/{last}/result")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        var first = await Jobs.WaitAsync(service.Client, ids[0], "succeeded");
        first["progress"]!.GetValue<double>().Should().Be(1);
        first["estimatedBytes"]!.GetValue<long>().Should().BeGreaterThan(0);
        (await service.Client.DeleteAsync($"/api/v1/jobs/{ids[0]}")).StatusCode.Should().Be(HttpStatusCode.Conflict, "a finished job cannot be cancelled");
    }

    [Test]
    public async Task Restart_JobsLeftRunning_QueuedAgainOnceThenFailedWithReason()
    {
        var folder = Directory.CreateTempSubdirectory("netan-server-tests-").FullName;
        var service = await ServiceUnderTest.StartAsync(folder);
        await service.UploadSampleAsync();
        await service.App.StopAsync();
        await service.App.DisposeAsync();

        // What killed servers leave behind, made through the store's own queue operations: job c was started twice
        // (both servers died), job a once, job b is still queued. Leases of zero have expired already.
        var options = new Dictionary<string, string?> { ["k"] = "2" };
        string Id(char c) => new(c, 32);
        JobRecord Queued(char c) => new(Id(c), "mare", 1, "keyplayers", options, JobState.Queued, "queued", 0, 1, default, null, null, null);
        await using (var store = await NetworkAnalysis.Storage.Sqlite.SqliteJobStore.OpenAsync(Path.Combine(folder, "cases.db")))
        {
            await store.AddAsync(Queued('c'));
            (await store.ClaimAsync("dead:1:x/0", TimeSpan.Zero))!.Id.Should().Be(Id('c'));
            await Task.Delay(10);
            (await store.RecoverAsync()).Should().Be(1);
            (await store.ClaimAsync("dead:2:y/0", TimeSpan.Zero))!.Attempts.Should().Be(2);
            await store.AddAsync(Queued('a'));
            (await store.ClaimAsync("dead:2:y/1", TimeSpan.Zero))!.Id.Should().Be(Id('a'));
            await store.AddAsync(Queued('b'));
            await Task.Delay(10);
        }

        await using var restarted = await ServiceUnderTest.StartAsync(folder);
        var abandoned = await Jobs.WaitAsync(restarted.Client, Id('c'), "failed");
        abandoned["error"]!.GetValue<string>().Should().Be(JobStoreLimits.AbandonedMessage);
        abandoned["stage"]!.GetValue<string>().Should().Be("interrupted");
        var retried = await Jobs.WaitAsync(restarted.Client, Id('a'), "succeeded");
        retried["attempts"]!.GetValue<int>().Should().Be(2);
        retried["worker"]!.GetValue<string>().Should().StartWith($"{Environment.MachineName}:{Environment.ProcessId}:", "this process finished it");
        await Jobs.WaitAsync(restarted.Client, Id('b'), "succeeded");
        var result = JsonNode.Parse(await restarted.Client.GetStringAsync($"/api/v1/jobs/{Id('a')}/result"))!;
        result["result"]!.AsArray().Count.Should().Be(2);
    }
}
