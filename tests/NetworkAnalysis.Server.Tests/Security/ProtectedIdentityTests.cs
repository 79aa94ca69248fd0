using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Server.Endpoints;
using NetworkAnalysis.Server.Hosting;

namespace NetworkAnalysis.Server.Tests.Security;

/// <summary>
/// Protected identities (victims, witnesses, minors) never leave the server for a viewer: not in any
/// response, not in the logs, not in the audit log; a supervisor sees them only through an unmask grant
/// with a reason, which the audit log records. Also cross-case ids (IDOR).
/// </summary>
[TestFixture]
[Category("Slow")]
public sealed class ProtectedIdentityTests : SecuredServiceFixture
{
    [Test]
    public async Task Viewer_EveryReadEndpoint_NoRealNameOfAProtectedAgentAnywhere()
    {
        var network = await Service.App.Services.GetRequiredService<CaseAccess>().NetworkAsync(new CaseVersionRef(SecuredService.Granted, 1), CancellationToken.None);
        var secrets = network.Agents.Where(a => a.IsSensitive).SelectMany(a => new[] { a.Id, a.Name }).OfType<string>().Where(s => s.Length >= 3).Distinct().ToList();
        secrets.Should().NotBeEmpty("the sample has victims and witnesses");

        var bodies = new List<string>();
        using var viewer = Service.Client("viewer");
        foreach (var row in EndpointTable.Rows.Where(r => r.Method == "GET" && r.Permission == Permission.ReadCase))
        {
            var path = row.Route.Replace("{caseName}", SecuredService.Granted, StringComparison.Ordinal).Replace("{version}", "1", StringComparison.Ordinal)
                .Replace("{agentId}", "P01", StringComparison.Ordinal).Replace("{jobId}", Service.Jobs[SecuredService.Granted], StringComparison.Ordinal);
            var response = await viewer.GetAsync(path);
            bodies.Add(await response.Content.ReadAsStringAsync());
            response.StatusCode.Should().Be(HttpStatusCode.OK, path + " " + bodies[^1]);
        }

        var page = await viewer.GetStringAsync($"/api/v1/cases/{SecuredService.Granted}/versions/1/agents?limit=1000");
        bodies.Add(page);
        foreach (var agent in JsonDocument.Parse(page).RootElement.GetProperty("agents").EnumerateArray().Select(a => a.GetProperty("id").GetString()!))
        {
            bodies.Add(await viewer.GetStringAsync($"/api/v1/cases/{SecuredService.Granted}/versions/1/agents/{Uri.EscapeDataString(agent)}"));
        }

        var audit = new List<string>();
        await foreach (var entry in Service.Store.ReadAllAsync())
        {
            audit.Add(JsonSerializer.Serialize(entry));
        }

        audit.Should().Contain(e => e.Contains("\"User\":\"viewer\"", StringComparison.Ordinal), "the viewer's reads are audited");
        Service.Logs.Lines.Should().Contain(l => l.Contains("/agents/", StringComparison.Ordinal), "the request log is captured, so the search below can fail");
        foreach (var secret in secrets)
        {
            bodies.Should().NotContain(b => b.Contains(secret, StringComparison.Ordinal), $"'{secret}' is protected");
            Service.Logs.Lines.Should().NotContain(l => l.Contains(secret, StringComparison.Ordinal), $"'{secret}' is protected");
            audit.Should().NotContain(e => e.Contains(secret, StringComparison.Ordinal), $"'{secret}' is protected");
        }
    }

    [Test]
    public async Task Supervisor_UnmaskWithReason_RevealsTheRealNameAndAuditsTheReason()
    {
        var network = await Service.App.Services.GetRequiredService<CaseAccess>().NetworkAsync(new CaseVersionRef(SecuredService.Granted, 1), CancellationToken.None);
        var victim = network.Agents.First(a => a.IsSensitive);
        var pseudonym = Service.App.Services.GetRequiredService<CaseAccess>().Protection.Pseudonym(victim);
        using var supervisor = Service.Client("supervisor");
        var identity = $"/api/v1/cases/{SecuredService.Granted}/versions/1/agents/{pseudonym}/identity";

        (await supervisor.GetAsync(identity)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "no unmask grant yet");
        (await supervisor.PostAsync($"/api/v1/cases/{SecuredService.Granted}/unmask", SecuredService.Json("""{"reason":"short"}"""))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var grant = await supervisor.PostAsync($"/api/v1/cases/{SecuredService.Granted}/unmask", SecuredService.Json("""{"reason":"court order 2026/117: identify the witness","minutes":5}"""));
        grant.StatusCode.Should().Be(HttpStatusCode.Created, await grant.Content.ReadAsStringAsync());

        var revealed = await supervisor.GetStringAsync(identity);
        revealed.Should().Contain(victim.Name);
        var entries = await Service.Store.ReadAsync(new AuditFilter(User: "supervisor"));
        entries.Should().Contain(e => e.Endpoint == "revealAgent" && e.Outcome == 200 && e.Reason == "court order 2026/117: identify the witness");
        entries.Should().Contain(e => e.Endpoint == "unmask" && e.Outcome == 201 && e.Reason == "court order 2026/117: identify the witness");

        using var analyst = Service.Client("analyst");
        (await analyst.GetAsync(identity)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "only supervisors unmask");
    }

    [Test]
    public async Task Analyst_OtherCasesJobsVersionsAndAgents_AnswerLikeMissingOnes()
    {
        using var analyst = Service.Client("analyst");
        var otherJob = Service.Jobs[SecuredService.NotGranted];
        var missingJob = new string('e', 32);
        foreach (var (path, missing) in new[]
        {
            ($"/api/v1/jobs/{otherJob}", $"/api/v1/jobs/{missingJob}"),
            ($"/api/v1/jobs/{otherJob}/result", $"/api/v1/jobs/{missingJob}/result"),
            ($"/api/v1/cases/{SecuredService.NotGranted}/versions", "/api/v1/cases/nosuch/versions"),
            ($"/api/v1/cases/{SecuredService.NotGranted}/versions/1/agents/P01", "/api/v1/cases/nosuch/versions/1/agents/P01"),
        })
        {
            var response = await analyst.GetAsync(path);
            var expected = await analyst.GetAsync(missing);
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, path);
            (await response.Content.ReadAsStringAsync()).Replace(otherJob, "J", StringComparison.Ordinal).Replace(SecuredService.NotGranted, "C", StringComparison.Ordinal)
                .Should().Be((await expected.Content.ReadAsStringAsync()).Replace(missingJob, "J", StringComparison.Ordinal).Replace("nosuch", "C", StringComparison.Ordinal));
        }

        (await analyst.DeleteAsync($"/api/v1/jobs/{otherJob}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var cases = await analyst.GetStringAsync("/api/v1/cases");
        cases.Should().Contain($"\"{SecuredService.Granted}\"").And.NotContain($"\"{SecuredService.NotGranted}\"");
    }
}
