using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Server.Hosting;

namespace NetworkAnalysis.Server.Tests.Security;

/// <summary>Guessing keys over a real loopback socket with the default limits: throttled, audited, never successful.</summary>
[TestFixture]
[Category("Slow")]
public sealed class BruteForceTests
{
    [Test]
    public async Task Login_ThousandBadKeysOverLoopback_AreThrottledAndNoneSucceeds()
    {
        var folder = Directory.CreateTempSubdirectory("netan-brute-").FullName;
        try
        {
            await using var app = ServerApp.Build(["--urls", "http://127.0.0.1:0", "--Netan:Store", Path.Combine(folder, "cases.db"), "--Netan:DataDirectory", Path.Combine(folder, "data")]);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            var real = await TestIdentities.AddAsync(app, "alice", Role.Analyst);
            ApiKeys.TryParse(real, out var realId, out _).Should().BeTrue();

            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
            var statuses = new Dictionary<HttpStatusCode, int>();
            for (var i = 0; i < 1000; i++)
            {
                // Half random keys, half the real key's id with guessed secrets.
                var (guess, _) = ApiKeys.Create("nobody", DateTimeOffset.UtcNow, null);
                if (i % 2 == 1)
                {
                    guess = ApiKeys.Prefix + realId + guess[(ApiKeys.Prefix.Length + 16)..];
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cases");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", guess);
                using var response = await client.SendAsync(request);
                statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            }

            statuses.Keys.Should().BeSubsetOf([HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);
            statuses.GetValueOrDefault(HttpStatusCode.Unauthorized).Should().BeLessThanOrEqualTo(10, "only the first failures per minute are even checked");
            statuses.GetValueOrDefault(HttpStatusCode.TooManyRequests).Should().BeGreaterThanOrEqualTo(990);
            var audited = await app.Services.GetRequiredService<ISecurityStore>().ReadAsync(new AuditFilter(User: "", Limit: 5000));
            audited.Count(e => e.Outcome is 401 or 429).Should().Be(1000, "every failed login is audited");
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
