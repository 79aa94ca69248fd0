using System.Text.Json.Nodes;

namespace NetworkAnalysis.Server.Tests;

internal static class Jobs
{
    /// <summary>Polls a job until it reaches a finished state (60 s at most) and checks it is <paramref name="expected"/>.</summary>
    public static Task<JsonNode> WaitAsync(HttpClient client, string id, string expected) => WaitAsync(client, id, expected, TimeSpan.FromSeconds(60));

    /// <summary>Polls a job until it reaches a finished state (<paramref name="timeout"/> at most) and checks it is <paramref name="expected"/>.</summary>
    public static async Task<JsonNode> WaitAsync(HttpClient client, string id, string expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var job = JsonNode.Parse(await client.GetStringAsync($"/api/v1/jobs/{id}"))!;
            var state = job["state"]!.GetValue<string>();
            if (state is "succeeded" or "failed" or "cancelled")
            {
                state.Should().Be(expected, job.ToJsonString());
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"job {id} did not finish in {timeout.TotalSeconds} s");
    }
}
