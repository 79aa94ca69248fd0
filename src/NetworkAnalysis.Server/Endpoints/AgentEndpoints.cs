using Microsoft.AspNetCore.Http;
using NetworkAnalysis.Application.Options;
using NetworkAnalysis.Application.Requests;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;
using NetworkAnalysis.Server.Hosting;
using NetworkAnalysis.Server.Problems;

namespace NetworkAnalysis.Server.Endpoints;

/// <summary>Handlers of the agent endpoints: the store's search and look-up, shown through <see cref="AgentViews"/>.</summary>
internal static class AgentEndpoints
{
    private static readonly HashSet<string> SearchFields = new(StringComparer.Ordinal) { "q", "prefix", "kind", "sphere", "group", "sort", "offset", "limit" };

    public static async Task<IResult> Search(string caseName, string version, HttpRequest request, CaseAccess cases, CancellationToken ct)
    {
        foreach (var key in request.Query.Keys.Where(k => !SearchFields.Contains(k)))
        {
            throw new OptionException(key, $"unknown option (expected one of {string.Join(", ", SearchFields)})");
        }

        var exact = await cases.ResolveAsync(caseName, version, ct).ConfigureAwait(false);
        var query = new AgentQuery
        {
            Contains = Text(request, "q"),
            Prefix = Text(request, "prefix"),
            Kind = Text(request, "kind") is { } k ? OptionParsing.AgentKinds(k, "--kind")!.Single() : null,
            Sphere = Text(request, "sphere") is { } s ? OptionParsing.Spheres(s, "--sphere")!.Single() : null,
            Group = Text(request, "group"),
            Sort = Text(request, "sort") switch
            {
                null or "case" => AgentSort.CaseOrder,
                "id" => AgentSort.Id,
                "name" => AgentSort.Name,
                var other => throw new OptionException("sort", $"unknown value '{other}' (expected case, id, name)"),
            },
            Offset = JsonBody.QueryInt(request, "offset", 0, 0, int.MaxValue),
            Limit = JsonBody.QueryInt(request, "limit", 50, 1, AgentQuery.MaxPageSize),
        };
        var page = await cases.Store.SearchAgentsAsync(exact, query, ct).ConfigureAwait(false);
        Security.Caller.CountRecords(request.HttpContext, page.Agents.Count);
        return Results.Ok(new
        {
            total = page.Total,
            offset = page.Offset,
            agents = page.Agents.Select(a => AgentViews.Of(a, cases.Protection)),
        });
    }

    public static async Task<IResult> Get(string caseName, string version, string agentId, CaseAccess cases, CancellationToken ct)
    {
        var exact = await cases.ResolveAsync(caseName, version, ct).ConfigureAwait(false);
        var display = await cases.DisplayAsync(exact, ct).ConfigureAwait(false);
        var id = display.RequireAgent(agentId);
        var detail = await cases.Store.GetAgentAsync(exact, id, ct).ConfigureAwait(false) ?? throw ProblemException.NotFound($"unknown agent '{agentId}'");
        return Results.Ok(new
        {
            agent = AgentViews.Of(detail.Agent, cases.Protection),
            transactions = detail.Transactions.Select(t => AgentViews.Of(t, display.Display)),
            groups = detail.Groups.Select(g => new { id = g.Id, name = g.Name, type = g.Type is { } type ? DomainWords.Format(type) : null }),
        });
    }

    private static string? Text(HttpRequest request, string name) => request.Query[name].ToString() is { Length: > 0 } text ? text : null;
}
