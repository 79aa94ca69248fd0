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

    /// <summary>Transactions over time (buckets, transaction-kinds), for the time filter's histogram.</summary>
    public static async Task<IResult> Timeline(string caseName, string version, HttpRequest request, CaseAccess cases, CancellationToken ct)
    {
        foreach (var key in request.Query.Keys.Where(k => k is not ("buckets" or "transaction-kinds")))
        {
            throw new OptionException(key, "unknown option (expected one of buckets, transaction-kinds)");
        }

        var buckets = request.Query["buckets"].ToString() is { Length: > 0 } text
            ? int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var b) && b is >= 1 and <= TransactionTimeline.MaxBuckets
                ? b
                : throw new OptionException("buckets", $"'{text}' is not a whole number from 1 to {TransactionTimeline.MaxBuckets}")
            : 60;
        var kinds = OptionParsing.TransactionKinds(request.Query["transaction-kinds"].ToString() is { Length: > 0 } k ? k : null, "--transaction-kinds");
        var exact = await cases.ResolveAsync(caseName, version, ct).ConfigureAwait(false);
        var network = await cases.NetworkAsync(exact, ct).ConfigureAwait(false);
        return Results.Ok(TransactionTimeline.Of(network, buckets, kinds));
    }
}
