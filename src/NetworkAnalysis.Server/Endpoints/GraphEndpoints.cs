using Microsoft.AspNetCore.Http;
using NetworkAnalysis.Application.Options;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Application.Requests;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Server.Hosting;

namespace NetworkAnalysis.Server.Endpoints;

/// <summary>The graph of a case version as column arrays, filtered like a projection.</summary>
internal static class GraphEndpoints
{
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal) { "transaction-kinds", "kinds", "spheres", "groups", "from", "to", "undirected", "measures" };

    public static async Task<IResult> Get(string caseName, string version, HttpRequest request, CaseAccess cases, CancellationToken ct)
    {
        foreach (var key in request.Query.Keys.Where(k => !Fields.Contains(k)))
        {
            throw new OptionException(key, $"unknown option (expected one of {string.Join(", ", Fields)})");
        }

        string? Text(string name) => request.Query[name].ToString() is { Length: > 0 } text ? text : null;
        var projection = ProjectionOptions.Default with
        {
            TransactionKinds = OptionParsing.TransactionKinds(Text("transaction-kinds"), "--transaction-kinds"),
            AgentKinds = OptionParsing.AgentKinds(Text("kinds"), "--kinds"),
            Spheres = OptionParsing.Spheres(Text("spheres"), "--spheres"),
            Groups = Text("groups")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
            From = OptionParsing.Date(Text("from"), "--from"),
            To = OptionParsing.Date(Text("to"), "--to"),
            Directed = Text("undirected") switch
            {
                null or "false" => true,
                "true" => false,
                var other => throw new OptionException("undirected", $"'{other}' is not true or false"),
            },
        };
        var measures = Text("measures")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var exact = await cases.ResolveAsync(caseName, version, ct).ConfigureAwait(false);
        var network = await cases.NetworkAsync(exact, ct).ConfigureAwait(false);
        var graph = NetworkProjection.Project(network, projection);
        return Results.Ok(GraphColumns.Of(graph, cases.Protection, measures, ct));
    }
}
