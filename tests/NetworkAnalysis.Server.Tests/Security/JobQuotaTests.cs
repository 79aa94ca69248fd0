using System.Net;
using System.Text.Json.Nodes;
using NetworkAnalysis.Application.Jobs;
using NetworkAnalysis.Server.Jobs;
using NetworkAnalysis.Storage.Sqlite;
using NetworkAnalysis.Server.Problems;
using NetworkAnalysis.Server.Security;

namespace NetworkAnalysis.Server.Tests.Security;

/// <summary>The per-user job quota: over the real job store, and through the service.</summary>
[TestFixture]
public sealed class JobQuotaTests
{
    [Test]
    public async Task Submit_AtTheLimit_429NamingTheLimit_OtherUsersAndFinishedJobsDoNotCount()
    {
        var folder = Directory.CreateTempSubdirectory("netan-quota-").FullName;
        try
        {
            await using var jobs = await SqliteJobStore.OpenAsync(Path.Combine(folder, "cases.db"));
            var quota = new JobQuota(jobs, new SecurityOptions { MaxJobsPerUser = 2 });
            var first = await quota.SubmitAsync("alice", () => Queue(jobs), CancellationToken.None);
            await quota.SubmitAsync("alice", () => Queue(jobs), CancellationToken.None);
            var refused = () => quota.SubmitAsync("alice", () => Queue(jobs), CancellationToken.None);
            var problem = (await refused.Should().ThrowAsync<ProblemException>()).Which;
            problem.Status.Should().Be(429);
            problem.Type.Should().Be(SecurityProblems.JobQuota);
            problem.Message.Should().Contain("the limit is 2 per user").And.Contain("Netan:Security:MaxJobsPerUser");
            (await jobs.ListAsync("mare", 1)).Should().HaveCount(2, "nothing is queued for a refused submission");

            (await quota.SubmitAsync("bob", () => Queue(jobs), CancellationToken.None)).Should().NotBeNull("the quota is per user");
            await jobs.CancelAsync(first.Id);
            (await quota.SubmitAsync("alice", () => Queue(jobs), CancellationToken.None)).Should().NotBeNull("a finished job no longer counts");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Service_BurstOfJobsOverTheQuota_RefusedWith429AndAudited()
    {
        await using var service = await ServiceUnderTest.StartAsync(null, "--Netan:MaxConcurrentJobs", "1", "--Netan:Security:MaxJobsPerUser", "2");
        await service.UploadSampleAsync();
        // One slot and a burst of jobs: a third arrives while two are queued or running, unless the machine runs
        // each job before the next request arrives; then the burst is tried again, a few times.
        HttpResponseMessage? refused = null;
        for (var attempt = 0; attempt < 5 && refused is null; attempt++)
        {
            for (var i = 0; i < 10 && refused is null; i++)
            {
                var response = await service.Client.PostAsync("/api/v1/cases/mare/versions/latest/analyses/disrupt", ServiceUnderTest.Json("""{"strategy":"betweenness","steps":30}"""));
                response.StatusCode.Should().BeOneOf(HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests);
                refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
            }
        }

        refused.Should().NotBeNull("ten jobs in a row on one slot exceed a quota of two");
        var problem = JsonNode.Parse(await refused!.Content.ReadAsStringAsync())!;
        problem["type"]!.GetValue<string>().Should().Be("urn:netan:problem:job-quota");
        problem["detail"]!.GetValue<string>().Should().Contain("the limit is 2 per user");
        var store = service.App.Services.GetService(typeof(NetworkAnalysis.Application.Security.ISecurityStore)) as NetworkAnalysis.Application.Security.ISecurityStore;
        (await store!.ReadAsync(new NetworkAnalysis.Application.Security.AuditFilter(User: "tester", Limit: 100_000))).Should().Contain(e => e.Endpoint == "runDisrupt" && e.Outcome == 429);
    }

    private static Task<JobRecord> Queue(IJobStore jobs) =>
        jobs.AddAsync(new JobRecord(Guid.NewGuid().ToString("N"), "mare", 1, "keyplayers", new Dictionary<string, string?>(), JobState.Queued, "queued", 0, 1, DateTimeOffset.UtcNow, null, null, null));
}
