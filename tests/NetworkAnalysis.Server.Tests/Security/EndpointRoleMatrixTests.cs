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
public sealed class EndpointRoleMatrixTests : SecuredServiceFixture
{
    private static readonly string[] RoleUsers = ["viewer", "analyst", "supervisor", "admin"];

    /// <summary>Per permission: whether it is about one case, and which roles may use it.</summary>
    private static readonly Dictionary<Permission, (bool CaseScoped, string[] Allowed)> Matrix = new()
    {
        [Permission.ListCases] = (false, ["viewer", "analyst", "supervisor", "admin"]),
        [Permission.OwnSession] = (false, ["viewer", "analyst", "supervisor", "admin"]),
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

    private int _counter;

    public static IEnumerable<string> RowNames => EndpointTable.Rows.Select(r => r.Name);

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

        if (row.Permission == Permission.Login)
        {
            // Open to anyone, but only a live key of a live user opens a session.
            foreach (var user in new string?[] { null, "revoked", "expired", "viewer", "analyst", "supervisor", "admin" })
            {
                var expected = user is null or "revoked" or "expired" ? HttpStatusCode.Unauthorized : HttpStatusCode.OK;
                var (status, body) = await SendAsync(row, user, SecuredService.Granted);
                status.Should().Be(expected, $"{user ?? "no key"} logging in: {body}");
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

    /// <summary>
    /// The same matrix for a browser: each role logs in (<c>POST /api/session</c>) and calls every endpoint with only the
    /// session cookie, on its granted case. With the session's <c>X-CSRF-Token</c> the outcome is the bearer's; a
    /// state-changing request without it is refused with the CSRF problem whatever the role, a read is not.
    /// </summary>
    [TestCaseSource(nameof(RowNames))]
    public async Task Endpoint_CookieCaller_GetsTheMatrixOutcome_StateChangesNeedTheCsrfToken(string name)
    {
        var row = EndpointTable.Rows.Single(r => r.Name == name);
        if (row.Permission is Permission.Anonymous or Permission.Login)
        {
            Assert.Pass($"{name} needs no credentials");
        }

        var rule = Matrix[row.Permission];
        var failures = new List<string>();
        foreach (var user in RoleUsers)
        {
            var changes = row.Method is "POST" or "PUT" or "PATCH" or "DELETE";
            if (changes)
            {
                var session = await Service.LoginAsync(user);
                var (status, body) = await SendAsync(row, user, SecuredService.Granted, session with { Csrf = null });
                Expect(failures, $"{user} by cookie without the CSRF token", status == HttpStatusCode.Forbidden && body.Contains("urn:netan:problem:csrf", StringComparison.Ordinal), $"403 csrf, got {(int)status} {body}");
            }

            {
                var session = await Service.LoginAsync(user);
                var (status, body) = await SendAsync(row, user, SecuredService.Granted, session);
                var allowed = rule.Allowed.Contains(user);
                var label = $"{user} by cookie{(changes ? " with the CSRF token" : "")}";
                if (rule.CaseScoped && user == "admin")
                {
                    Expect(failures, label, status == HttpStatusCode.NotFound, $"404 (admin is granted no case), got {(int)status} {body}");
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
        .Replace(Service.Jobs[SecuredService.NotGranted], "J", StringComparison.Ordinal).Replace(Service.Jobs[SecuredService.Granted], "J", StringComparison.Ordinal).Replace(MissingJob, "J", StringComparison.Ordinal);

    private const string MissingJob = "ffffffffffffffffffffffffffffffff";

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(EndpointRow row, string? user, string caseName, WebSession? session = null)
    {
        var n = Interlocked.Increment(ref _counter);
        if (row.Permission == Permission.DeleteCase && caseName == SecuredService.Granted)
        {
            // Deleting the shared case would end the matrix: each granted caller deletes a fresh case granted like the shared one.
            caseName = "scratch-" + n;
            (await Service.Inner.Client.PostAsync("/api/v1/cases", SecuredService.Json($$"""{"name":"{{caseName}}"}"""))).EnsureSuccessStatusCode();
            if (user is not null && user != "admin" && RoleWords.Parse(user) is { } role)
            {
                await Service.Store.GrantAsync(user, new CaseGrant(caseName, role));
            }
        }

        var job = caseName == SecuredService.NotGranted ? Service.Jobs[SecuredService.NotGranted] : Service.Jobs[SecuredService.Granted];
        return await SendToAsync(row, user, caseName, job, n, session);
    }

    private Task<(HttpStatusCode Status, string Body)> SendMissingAsync(EndpointRow row, string? user, string caseName) =>
        SendToAsync(row, user, "nosuch", MissingJob, Interlocked.Increment(ref _counter));

    private async Task<(HttpStatusCode Status, string Body)> SendToAsync(EndpointRow row, string? user, string caseName, string job, int n, WebSession? session = null)
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
                "login" => user is null ? "{}" : $$"""{"key":"{{Service.Keys[user]}}"}""",
                _ => "{}",
            });
        }

        using var client = Service.Client(session is null ? user : null);
        session?.Apply(request);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
