using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Server.Endpoints;
using NetworkAnalysis.Server.Hosting;
using NetworkAnalysis.Application.Jobs;
using NetworkAnalysis.Server.Problems;

namespace NetworkAnalysis.Server.Security;

/// <summary>Marks an endpoint outside <see cref="EndpointTable"/> as open to anyone (the OpenAPI document, the reference page).</summary>
public sealed class PublicEndpoint;

/// <summary>
/// Runs after routing, before every endpoint: authenticates (<see cref="Authenticator"/>), applies the
/// per-identity rate limit, checks the endpoint row's <see cref="Permission"/> through <see cref="AccessPolicy"/>
/// (a case not granted answers exactly like a missing one), and, for rows with an <see cref="AuditCategory"/>,
/// appends the audit entry before the response leaves: the response is buffered, and if the entry cannot
/// be written the client gets a 500 problem instead of the data. Endpoints with no row and no
/// <see cref="PublicEndpoint"/> mark are refused.
/// </summary>
public sealed class SecurityMiddleware(
    RequestDelegate next, Authenticator authenticator, ISecurityStore store, IJobStore jobs, CaseAccess cases, SecurityOptions options, MethodMismatch methods, TimeProvider time)
{
    private readonly PartitionedRateLimiter<string> _perIdentity = PartitionedRateLimiter.Create<string, string>(identity =>
        RateLimitPartition.GetTokenBucketLimiter(identity, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, options.Burst),
            TokensPerPeriod = Math.Max(1, options.RequestsPerMinute),
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Handles one request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.GetEndpoint();
        var row = endpoint?.Metadata.GetMetadata<EndpointRow>();
        // Routing answers a known route with the wrong method through its own endpoint (405 with Allow): it runs
        // no handler and tells only that the route exists, so it passes like an unmatched path (which gets 404).
        if (endpoint is null
            || (row is null && endpoint.Metadata.GetMetadata<PublicEndpoint>() is not null)
            || (row is null && methods.IsMethodMismatch(context, endpoint)))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var rule = row is null ? new AccessRule(Requirement.Deny) : AccessPolicy.For(row.Permission);
        if (rule.Requirement == Requirement.Anyone)
        {
            if (row!.Audit == AuditCategory.None)
            {
                await next(context).ConfigureAwait(false);
            }
            else
            {
                // Open to anyone but audited (the web login): the handler attaches the caller it authenticated.
                await RunAuditedAsync(context, row, null, rule, null).ConfigureAwait(false);
            }

            return;
        }

        if (rule.Requirement == Requirement.Deny)
        {
            throw SecurityProblems.Forbidden403("this endpoint declares no permission");
        }

        Caller caller;
        try
        {
            caller = await authenticator.AuthenticateAsync(context).ConfigureAwait(false);
        }
        catch (ProblemException failed)
        {
            await AppendAsync(context, row!, "", null, failed.Status).ConfigureAwait(false);
            throw;
        }

        caller.Attach(context);
        using (var lease = _perIdentity.AttemptAcquire(caller.User.Name))
        {
            if (!lease.IsAcquired)
            {
                context.Response.Headers.RetryAfter = "60";
                throw new ProblemException(429, SecurityProblems.TooManyRequests, "Too many requests", $"more than {options.RequestsPerMinute} requests a minute: slow down");
            }
        }

        var caseName = await CaseOfAsync(context).ConfigureAwait(false);
        if (row!.Audit == AuditCategory.None)
        {
            Authorize(caller, rule, caseName, context);
            await next(context).ConfigureAwait(false);
            return;
        }

        await RunAuditedAsync(context, row, caller, rule, caseName).ConfigureAwait(false);
    }

    private async Task RunAuditedAsync(HttpContext context, EndpointRow row, Caller? caller, AccessRule rule, string? caseName)
    {
        // The response is kept until its audit entry is stored. Handlers may write to Body or BodyWriter, so the
        // whole body feature is swapped and completed (which flushes the pipe) before the bytes are sent.
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var buffer = new MemoryStream();
        var buffered = new StreamResponseBodyFeature(buffer, original);
        context.Features.Set<IHttpResponseBodyFeature>(buffered);
        ExceptionDispatchInfo? failure = null;
        int status;
        try
        {
            Authorize(caller, rule, caseName, context);
            await next(context).ConfigureAwait(false);
            status = context.Response.StatusCode;
        }
        catch (ProblemException problem)
        {
            status = problem.Status;
            failure = ExceptionDispatchInfo.Capture(problem);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            status = ex is Application.Options.OptionException or KeyNotFoundException ? 400 : 500;
            failure = ExceptionDispatchInfo.Capture(ex);
        }
        finally
        {
            await buffered.CompleteAsync().ConfigureAwait(false);
            context.Features.Set(original);
        }

        var version = await VersionOfAsync(context, caseName, status).ConfigureAwait(false);
        await AppendAsync(context, row, (caller ?? Caller.Of(context))?.User.Name ?? "", version, status).ConfigureAwait(false);
        failure?.Throw();
        if (caller is not null && status is >= 200 and < 300)
        {
            await AfterSuccessAsync(context, row, caller, caseName, buffer).ConfigureAwait(false);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original.Stream, context.RequestAborted).ConfigureAwait(false);
    }

    private static void Authorize(Caller? caller, AccessRule rule, string? caseName, HttpContext context)
    {
        if (caller is null)
        {
            return; // an open row (Requirement.Anyone)
        }

        // The session cookie rides along on any request the browser makes, even one a hostile page triggers; the
        // token proves the request came from a page of ours that read it. Bearer credentials are never ambient.
        if (caller.SessionId is { } session && SessionCookie.ChangesState(context.Request.Method)
            && !Sessions.CsrfMatches(session, context.Request.Headers[SessionCookie.CsrfHeader].ToString()))
        {
            throw new ProblemException(403, SecurityProblems.Csrf, "Forbidden", $"a request that changes state and is sent with the session cookie needs the session's {SessionCookie.CsrfHeader} header (GET /api/session answers it)");
        }

        switch (rule.Requirement)
        {
            case Requirement.Authenticated:
                return;
            case Requirement.UserRole when AccessPolicy.Meets(caller.User.Role, rule.Role):
                return;
            case Requirement.UserRole:
                throw SecurityProblems.Forbidden403($"this needs the {RoleWords.Format(rule.Role)} role");
            case Requirement.CaseRole when caseName is not null:
                var role = AccessPolicy.RoleOn(caller.User, caseName) ?? throw NotGranted(context, caseName);
                if (!AccessPolicy.Meets(role, rule.Role))
                {
                    throw SecurityProblems.Forbidden403($"this needs the {RoleWords.Format(rule.Role)} role on case '{caseName}'; you are {RoleWords.Format(role)}");
                }

                return;
            default:
                throw SecurityProblems.Forbidden403("this endpoint names no case");
        }
    }

    /// <summary>The same 404 the handler answers for a case or job that does not exist.</summary>
    private static ProblemException NotGranted(HttpContext context, string caseName) =>
        context.Request.RouteValues.TryGetValue("jobId", out var job) && !context.Request.RouteValues.ContainsKey("caseName")
            ? ProblemException.NotFound($"no job '{job}'")
            : ProblemException.NotFound($"no case '{caseName}'");

    /// <summary>The case the request names: its <c>caseName</c>, or the case of its <c>jobId</c> (an unknown job counts as a case nobody is granted).</summary>
    private async Task<string?> CaseOfAsync(HttpContext context)
    {
        var values = context.Request.RouteValues;
        if (values.TryGetValue("caseName", out var name) && name is string caseName)
        {
            return caseName;
        }

        if (values.TryGetValue("jobId", out var id) && id is string jobId)
        {
            return (await JobAsync(jobId, context.RequestAborted).ConfigureAwait(false))?.Case ?? "\u0000no job";
        }

        return null;
    }

    private async Task<int?> VersionOfAsync(HttpContext context, string? caseName, int status)
    {
        if (context.Request.RouteValues.TryGetValue("version", out var value) && value is string version)
        {
            if (int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            if (status < 400 && caseName is not null && version == "latest")
            {
                return (await cases.Store.FindCaseAsync(caseName, context.RequestAborted).ConfigureAwait(false))?.LatestVersion;
            }
        }

        if (context.Request.RouteValues.TryGetValue("jobId", out var job) && job is string jobId)
        {
            return (await JobAsync(jobId, context.RequestAborted).ConfigureAwait(false))?.Version;
        }

        return null;
    }

    private async Task<JobRecord?> JobAsync(string jobId, CancellationToken cancellationToken) =>
        JobRecord.IsId(jobId) ? await jobs.FindAsync(jobId, cancellationToken).ConfigureAwait(false) : null;

    private async Task AppendAsync(HttpContext context, EndpointRow row, string user, int? version, int status)
    {
        var caseName = context.Request.RouteValues.TryGetValue("caseName", out var c) ? c as string : null;
        if (caseName is null && context.Request.RouteValues.TryGetValue("jobId", out var j) && j is string jobId)
        {
            caseName = (await JobAsync(jobId, CancellationToken.None).ConfigureAwait(false))?.Case;
        }

        var entry = new AuditEntry(0, time.GetUtcNow(), user, caseName, version, row.Name, Parameters(context), Caller.RecordsOf(context), status, Caller.ReasonOf(context), "", "");
        try
        {
            await store.AppendAsync(entry, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not ProblemException)
        {
            throw new ProblemException(500, SecurityProblems.AuditUnavailable, "Audit log unavailable", "the audit entry could not be written, so the request was not answered");
        }
    }

    /// <summary>Route and query parameters, sorted, as <c>k=v&amp;k=v</c> (never headers, never bodies: no secrets, no uploads).</summary>
    private static string Parameters(HttpContext context)
    {
        var pairs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in context.Request.RouteValues)
        {
            pairs[key] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        }

        foreach (var (key, value) in context.Request.Query)
        {
            pairs["?" + key] = value.ToString();
        }

        var text = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            text.Append(text.Length == 0 ? "" : "&").Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return text.ToString();
    }

    /// <summary>Keeps grants in step with cases: the creator of a case is granted it; a deleted case's grants go.</summary>
    private async Task AfterSuccessAsync(HttpContext context, EndpointRow row, Caller caller, string? caseName, MemoryStream body)
    {
        if (row.Permission == Permission.CreateCase && caller.User.Role is Role.Analyst or Role.Supervisor)
        {
            body.Position = 0;
            using var created = await System.Text.Json.JsonDocument.ParseAsync(body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            if (created.RootElement.TryGetProperty("name", out var name) && name.GetString() is { } createdName)
            {
                await store.GrantAsync(caller.User.Name, new CaseGrant(createdName, caller.User.Role), CancellationToken.None).ConfigureAwait(false);
            }
        }
        else if (row.Permission == Permission.DeleteCase && caseName is not null)
        {
            foreach (var user in await store.ListUsersAsync(CancellationToken.None).ConfigureAwait(false))
            {
                await store.RemoveGrantAsync(user.Name, caseName, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}
