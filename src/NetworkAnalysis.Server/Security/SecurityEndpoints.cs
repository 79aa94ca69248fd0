using System.Globalization;
using Microsoft.AspNetCore.Http;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Server.Endpoints;
using NetworkAnalysis.Server.Hosting;
using NetworkAnalysis.Server.Problems;

namespace NetworkAnalysis.Server.Security;

/// <summary>
/// The security layer's rows of <see cref="EndpointTable"/>: the caller's own identity, user and grant
/// administration (admin), the audit log (admin), and unmasking (supervisor, with a reason, time-limited).
/// </summary>
public static class SecurityEndpoints
{
    private const string Users = EndpointTable.Api + "/users";
    private const string Version = EndpointTable.Api + "/cases/{caseName}/versions/{version}";

    /// <summary>The rows.</summary>
    public static IReadOnlyList<EndpointRow> Rows { get; } =
    [
        new("me", "GET", EndpointTable.Api + "/me", Permission.ListCases, AuditCategory.None, EndpointMode.Sync, "The caller: name, role and granted cases.", Me) { Tag = "security", Produces = typeof(UserView) },
        new("listUsers", "GET", Users, Permission.ManageUsers, AuditCategory.Administration, EndpointMode.Sync, "Every user with its role, state and case grants (admin).", ListUsers) { Tag = "security", Produces = typeof(UserView[]) },
        new("addUser", "POST", Users, Permission.ManageUsers, AuditCategory.Administration, EndpointMode.Sync, "Add a user: {\"name\", \"role\", \"expiresDays\"}; answers its API key once (admin).", AddUser) { Tag = "security", Produces = typeof(IssuedKey), SuccessStatus = 201 },
        new("revokeUser", "DELETE", Users + "/{userName}", Permission.ManageUsers, AuditCategory.Administration, EndpointMode.Sync, "Revoke a user and every key of it (admin).", RevokeUser) { Tag = "security", SuccessStatus = 204 },
        new("addKey", "POST", Users + "/{userName}/keys", Permission.ManageUsers, AuditCategory.Administration, EndpointMode.Sync, "Issue another key (rotation): {\"expiresDays\"}; answers it once (admin).", AddKey) { Tag = "security", Produces = typeof(IssuedKey), SuccessStatus = 201 },
        new("revokeKey", "DELETE", Users + "/{userName}/keys/{keyId}", Permission.ManageUsers, AuditCategory.Administration, EndpointMode.Sync, "Revoke one key (admin).", RevokeKey) { Tag = "security", SuccessStatus = 204 },
        new("grantCase", "PUT", Users + "/{userName}/cases/{caseName}", Permission.ManageUsers, AuditCategory.Administration, EndpointMode.Sync, "Grant a case: {\"role\": \"viewer|analyst|supervisor\"} (admin).", Grant) { Tag = "security", SuccessStatus = 204 },
        new("revokeCase", "DELETE", Users + "/{userName}/cases/{caseName}", Permission.ManageUsers, AuditCategory.Administration, EndpointMode.Sync, "Remove a case grant (admin).", Ungrant) { Tag = "security", SuccessStatus = 204 },
        new("readAudit", "GET", EndpointTable.Api + "/audit", Permission.ReadAudit, AuditCategory.Administration, EndpointMode.Sync, "Audit entries, oldest first (user, case, from, to, limit) (admin).", ReadAudit) { Tag = "security", Produces = typeof(AuditEntry[]) },
        new("unmask", "POST", EndpointTable.Api + "/cases/{caseName}/unmask", Permission.Unmask, AuditCategory.Unmask, EndpointMode.Sync, "Ask to see protected identities of a case: {\"reason\", \"minutes\"} (supervisor; audited).", Unmask) { Tag = "security", Produces = typeof(UnmaskGrant), SuccessStatus = 201 },
        new("revealAgent", "GET", Version + "/agents/{agentId}/identity", Permission.Unmask, AuditCategory.Unmask, EndpointMode.Sync, "The real id and name of a pseudonymised agent, under a live unmask grant (supervisor; audited).", Reveal) { Tag = "security" },
        .. SessionEndpoints.Rows,
    ];

    /// <summary>A user as shown by the API (no key material).</summary>
    /// <param name="Name">Name.</param>
    /// <param name="Role">Role word.</param>
    /// <param name="Revoked">Whether revoked.</param>
    /// <param name="Cases">Granted cases and roles.</param>
    public sealed record UserView(string Name, string Role, bool Revoked, IReadOnlyDictionary<string, string> Cases)
    {
        internal static UserView Of(UserInfo user) =>
            new(user.Name, RoleWords.Format(user.Role), user.Revoked is not null, user.Grants.ToDictionary(g => g.Case, g => RoleWords.Format(g.Role), StringComparer.Ordinal));
    }

    private static IResult Me(HttpContext context) => Results.Ok(UserView.Of(Caller.Require(context).User));

    private static async Task<IResult> ListUsers(ISecurityStore store, CancellationToken ct) =>
        Results.Ok((await store.ListUsersAsync(ct).ConfigureAwait(false)).Select(UserView.Of));

    private static async Task<IResult> AddUser(HttpRequest request, ISecurityStore store, ServerOptions options, TimeProvider time, CancellationToken ct)
    {
        var body = await Body(request, options, ["name", "role", "expiresDays"], ct).ConfigureAwait(false);
        var name = body.GetValueOrDefault("name") ?? throw ProblemException.BadRequest("name is required", "name");
        var role = RoleWords.Parse(body.GetValueOrDefault("role")) ?? throw ProblemException.BadRequest("role must be viewer, analyst, supervisor or admin", "role");
        var created = await Translate(() => UserAdministration.AddUserAsync(store, name, role, [], ExpiresDays(body), time.GetUtcNow(), ct)).ConfigureAwait(false);
        return Results.Created($"{Users}/{Uri.EscapeDataString(name)}", created);
    }

    private static async Task<IResult> AddKey(string userName, HttpRequest request, ISecurityStore store, ServerOptions options, TimeProvider time, CancellationToken ct)
    {
        var body = await Body(request, options, ["expiresDays"], ct).ConfigureAwait(false);
        return Results.Created($"{Users}/{Uri.EscapeDataString(userName)}", await Translate(() => UserAdministration.AddKeyAsync(store, userName, ExpiresDays(body), time.GetUtcNow(), ct)).ConfigureAwait(false));
    }

    private static async Task<IResult> RevokeUser(string userName, ISecurityStore store, TimeProvider time, CancellationToken ct) =>
        await store.RevokeUserAsync(userName, time.GetUtcNow(), ct).ConfigureAwait(false) ? Results.NoContent() : throw ProblemException.NotFound($"no user '{userName}'");

    private static async Task<IResult> RevokeKey(string userName, string keyId, ISecurityStore store, TimeProvider time, CancellationToken ct) =>
        await store.FindKeyAsync(keyId, ct).ConfigureAwait(false) is { } key && key.User == userName && await store.RevokeKeyAsync(keyId, time.GetUtcNow(), ct).ConfigureAwait(false)
            ? Results.NoContent()
            : throw ProblemException.NotFound($"user '{userName}' has no key '{keyId}'");

    private static async Task<IResult> Grant(string userName, string caseName, HttpRequest request, ISecurityStore store, ServerOptions options, CancellationToken ct)
    {
        var body = await Body(request, options, ["role"], ct).ConfigureAwait(false);
        var role = RoleWords.Parse(body.GetValueOrDefault("role")) is { } r and not Role.Admin ? r : throw ProblemException.BadRequest("role must be viewer, analyst or supervisor", "role");
        await Translate(async () =>
        {
            await store.GrantAsync(userName, new CaseGrant(caseName, role), ct).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
        return Results.NoContent();
    }

    private static async Task<IResult> Ungrant(string userName, string caseName, ISecurityStore store, CancellationToken ct) =>
        await store.RemoveGrantAsync(userName, caseName, ct).ConfigureAwait(false) ? Results.NoContent() : throw ProblemException.NotFound($"user '{userName}' has no grant on '{caseName}'");

    private static async Task<IResult> ReadAudit(HttpContext context, ISecurityStore store, CancellationToken ct)
    {
        var request = context.Request;
        var filter = new AuditFilter(
            Text(request, "user"),
            Text(request, "case"),
            Time(request, "from"),
            Time(request, "to"),
            JsonBody.QueryInt(request, "limit", 1000, 1, 100_000));
        var entries = await store.ReadAsync(filter, ct).ConfigureAwait(false);
        Caller.CountRecords(context, entries.Count);
        return Results.Ok(entries);
    }

    private static async Task<IResult> Unmask(string caseName, HttpContext context, ISecurityStore store, CaseAccess cases, ServerOptions options, SecurityOptions security, TimeProvider time, CancellationToken ct)
    {
        var body = await Body(context.Request, options, ["reason", "minutes"], ct).ConfigureAwait(false);
        var reason = body.GetValueOrDefault("reason")?.Trim() ?? "";
        if (reason.Length < 10)
        {
            throw ProblemException.BadRequest("a written reason of at least 10 characters is required", "reason");
        }

        Caller.Reason(context, reason);
        var minutes = body.GetValueOrDefault("minutes") is { } m
            ? int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1 && parsed <= security.MaxUnmaskMinutes
                ? parsed
                : throw ProblemException.BadRequest($"minutes must be a whole number from 1 to {security.MaxUnmaskMinutes}", "minutes")
            : 60;
        _ = await cases.Store.FindCaseAsync(caseName, ct).ConfigureAwait(false) ?? throw ProblemException.NotFound($"no case '{caseName}'");
        var now = time.GetUtcNow();
        var grant = new UnmaskGrant(Caller.Require(context).User.Name, caseName, reason, now, now.AddMinutes(minutes));
        await store.AddUnmaskGrantAsync(grant, ct).ConfigureAwait(false);
        return Results.Created($"{EndpointTable.Api}/cases/{Uri.EscapeDataString(caseName)}/unmask", grant);
    }

    private static async Task<IResult> Reveal(string caseName, string version, string agentId, HttpContext context, ISecurityStore store, CaseAccess cases, TimeProvider time, CancellationToken ct)
    {
        var grant = await store.FindUnmaskGrantAsync(Caller.Require(context).User.Name, caseName, time.GetUtcNow(), ct).ConfigureAwait(false)
            ?? throw SecurityProblems.Forbidden403($"no live unmask grant on case '{caseName}': POST {EndpointTable.Api}/cases/{caseName}/unmask with a reason first");
        Caller.Reason(context, grant.Reason);
        var exact = await cases.ResolveAsync(caseName, version, ct).ConfigureAwait(false);
        var display = await cases.DisplayAsync(exact, ct).ConfigureAwait(false);
        var agent = display.Network.Agents.FirstOrDefault(a => a.IsSensitive && cases.Protection.Pseudonym(a) == agentId)
            ?? throw ProblemException.NotFound($"no protected agent with pseudonym '{agentId}'");
        Caller.CountRecords(context, 1);
        return Results.Ok(new { pseudonym = agentId, id = agent.Id, name = agent.Name, country = agent.Country, grantExpires = grant.Expires });
    }

    private static async Task<Dictionary<string, string?>> Body(HttpRequest request, ServerOptions options, string[] allowed, CancellationToken ct)
    {
        var body = await JsonBody.ReadFlatAsync(request, options.MaxJsonBytes, ct).ConfigureAwait(false);
        foreach (var field in body.Keys.Where(k => !allowed.Contains(k, StringComparer.Ordinal)))
        {
            throw ProblemException.BadRequest($"unknown field '{field}' (expected {string.Join(", ", allowed)})", field);
        }

        return body;
    }

    private static int? ExpiresDays(Dictionary<string, string?> body) =>
        body.GetValueOrDefault("expiresDays") is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 3650
                ? days
                : throw ProblemException.BadRequest("expiresDays must be a whole number from 1 to 3650", "expiresDays")
            : null;

    private static string? Text(HttpRequest request, string name) => request.Query[name].ToString() is { Length: > 0 } text ? text : null;

    private static DateTimeOffset? Time(HttpRequest request, string name) =>
        Text(request, name) is { } text
            ? DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : throw new Application.Options.OptionException(name, $"'{text}' is not a date-time (ISO 8601)")
            : null;

    private static async Task<T> Translate<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (AccessStoreException ex)
        {
            throw ProblemException.BadRequest(ex.Message);
        }
    }
}
