using System.Net;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Server.Endpoints;

namespace NetworkAnalysis.Server.Tests.Security;

/// <summary>
/// Every row of <see cref="EndpointTable"/> × every role × granted and not-granted case, and without
/// credentials, with a revoked and with an expired key. The expected outcome comes from the role matrix
/// below (the one in docs/security.md), written out independently of the policy code.
/// </summary>
[TestFixture]
[Category("Slow")]
public sealed class EndpointRoleMatrixTests
{
    private static readonly string[] RoleUsers = ["viewer", "analyst", "supervisor", "admin"];

    /// <summary>Per permission: whether it is about one case, and which roles may use it.</summary>
    private static readonly Dictionary<Permission, (bool CaseScoped, string[] Allowed)> Matrix = new()
    {
        [Permission.ListCases] = (false, ["viewer", "analyst", "supervisor", "admin"]),
        [Permission.CreateCase] = (false, ["analyst", "supervisor", "admin"]),
        [Permission.ReadCase] = (true, ["viewer", "analyst", "supervisor"]),
        [Permission.WriteCase] = (true, ["analyst", "supervisor"]),
        [Permission.RunAnalysis] = (true, ["analyst", "supervisor"]),
        [Permission.CancelJob] = (true, ["analyst", "supervisor"]),
        [Permission.DeleteCase] = (true, ["supervisor"]),
        [Permission.Unmask] = (true, ["supervisor"]),
        [Permission.ManageUsers] = (false, ["admin"]),
        [Permission.ReadAudit] = (false, ["admin"]),
    };

    private SecuredService _service = null!;
    private int _counter;

    public static IEnumerable<string> RowNames => EndpointTable.Rows.Select(r => r.Name);

    [OneTimeSetUp]
    public async Task StartAsync() => _service = await SecuredService.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _service.DisposeAsync();

    [TestCaseSource(nameof(RowNames))]
    public async Task Endpoint_EveryCaller_GetsTheMatrixOutcome(string name)
    {
        var row = EndpointTable.Rows.Single(r => r.Name == name);
        if (row.Permission == Permission.Anonymous)
        {
            foreach (var user in new string?[] { null, "viewer", "revoked" })
            {
                (await SendAsync(row, user, SecuredService.Granted)).Status.Should().Be(HttpStatusCode.OK, $"{name} is open to anyone");
            }

            return;
        }

        Matrix.TryGetValue(row.Permission, out var rule).Should().BeTrue($"{name} declares {row.Permission}, which the role matrix must list (deny by default)");
        var failures = new List<string>();
        foreach (var user in new string?[] { null, "revoked", "expired" })
        {
            var (status, body) = await SendAsync(row, user, SecuredService.Granted);
            Expect(failures, user ?? "no credentials", status == HttpStatusCode.Unauthorized, $"401, got {(int)status} {body}");
        }

        foreach (var user in RoleUsers)
        {
            var allowed = rule.Allowed.Contains(user);
            foreach (var granted in new[] { true, false })
            {
                var caseName = granted ? SecuredService.Granted : SecuredService.NotGranted;
                var (status, body) = await SendAsync(row, user, caseName);
                var label = $"{user} on {(granted ? "granted" : "not-granted")} case";
                if (!rule.CaseScoped)
                {
                    Expect(failures, label, allowed ? Passed(status, body) : status == HttpStatusCode.Forbidden, $"{(allowed ? "allowed" : "403")}, got {(int)status} {body}");
                }
                else if (!granted || user == "admin")
                {
                    var (missingStatus, missingBody) = await SendMissingAsync(row, user, caseName);
                    Expect(failures, label, status == HttpStatusCode.NotFound && missingStatus == status && Same(body, missingBody), $"the 404 of a missing case, got {(int)status} {body} vs {missingBody}");
                }
                else
                {
                    Expect(failures, label, allowed ? Passed(status, body) : status == HttpStatusCode.Forbidden, $"{(allowed ? "allowed" : "403")}, got {(int)status} {body}");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    private static void Expect(List<string> failures, string who, bool ok, string expected)
    {
        if (!ok)
        {
            failures.Add($"{who}: expected {expected}");
        }
    }

    /// <summary>Past the gate: neither refused by authentication/authorisation nor answered like a missing case.</summary>
    private static bool Passed(HttpStatusCode status, string body) =>
        status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests)
        && !body.Contains("no case '", StringComparison.Ordinal) && !body.Contains("no job '", StringComparison.Ordinal);

    /// <summary>Equal once the names differ no more (the missing case or job is named in the detail and instance).</summary>
    private bool Same(string body, string missingBody) =>
        Normalise(body) == Normalise(missingBody);

    private string Normalise(string body) => System.Text.RegularExpressions.Regex.Replace(body, "scratch-[0-9]+", "X")
        .Replace(SecuredService.NotGranted, "X", StringComparison.Ordinal).Replace(SecuredService.Granted, "X", StringComparison.Ordinal).Replace("nosuch", "X", StringComparison.Ordinal)
        .Replace(_service.Jobs[SecuredService.NotGranted], "J", StringComparison.Ordinal).Replace(_service.Jobs[SecuredService.Granted], "J", StringComparison.Ordinal).Replace(MissingJob, "J", StringComparison.Ordinal);

    private const string MissingJob = "ffffffffffffffffffffffffffffffff";

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(EndpointRow row, string? user, string caseName)
    {
        var n = Interlocked.Increment(ref _counter);
        if (row.Permission == Permission.DeleteCase && caseName == SecuredService.Granted)
        {
            // Deleting the shared case would end the matrix: each granted caller deletes a fresh case granted like the shared one.
            caseName = "scratch-" + n;
            (await _service.Inner.Client.PostAsync("/api/v1/cases", SecuredService.Json($$"""{"name":"{{caseName}}"}"""))).EnsureSuccessStatusCode();
            if (user is not null && user != "admin" && RoleWords.Parse(user) is { } role)
            {
                await _service.Store.GrantAsync(user, new CaseGrant(caseName, role));
            }
        }

        var job = caseName == SecuredService.NotGranted ? _service.Jobs[SecuredService.NotGranted] : _service.Jobs[SecuredService.Granted];
        return await SendToAsync(row, user, caseName, job, n);
    }

    private Task<(HttpStatusCode Status, string Body)> SendMissingAsync(EndpointRow row, string? user, string caseName) =>
        SendToAsync(row, user, "nosuch", MissingJob, Interlocked.Increment(ref _counter));

    private async Task<(HttpStatusCode Status, string Body)> SendToAsync(EndpointRow row, string? user, string caseName, string job, int n)
    {
        var path = row.Route
            .Replace("{caseName}", caseName, StringComparison.Ordinal)
            .Replace("{version}", "1", StringComparison.Ordinal)
            .Replace("{agentId}", "P01", StringComparison.Ordinal)
            .Replace("{jobId}", job, StringComparison.Ordinal)
            .Replace("{userName}", "target-" + n, StringComparison.Ordinal)
            .Replace("{keyId}", "0123456789abcdef", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), path);
        if (row.Method is "POST" or "PUT")
        {
            request.Content = SecuredService.Json(row.Name switch
            {
                "createCase" => $$"""{"name":"created-{{n}}"}""",
                "addUser" => $$"""{"name":"added-{{n}}","role":"viewer"}""",
                "grantCase" => """{"role":"viewer"}""",
                "unmask" => """{"reason":"checking the access matrix","minutes":"1"}""",
                _ => "{}",
            });
        }

        using var client = _service.Client(user);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
