namespace NetworkAnalysis.Server.Endpoints;

/// <summary>
/// One endpoint of the service: the single place its route, method, handler, permission, audit category and
/// mode are declared. The route mapping, the OpenAPI document and (with the security layer) the
/// authorisation policy and the endpoint × role test matrix are all generated from these rows.
/// </summary>
/// <param name="Name">Unique operation id (OpenAPI <c>operationId</c>).</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Route">Route template.</param>
/// <param name="Permission">What the caller must be allowed.</param>
/// <param name="Audit">How the request is audited.</param>
/// <param name="Mode">Sync or job.</param>
/// <param name="Summary">One line for the documentation.</param>
/// <param name="Handler">The minimal-API handler (a thin call into Application).</param>
public sealed record EndpointRow(
    string Name,
    string Method,
    string Route,
    Permission Permission,
    AuditCategory Audit,
    EndpointMode Mode,
    string Summary,
    Delegate Handler)
{
    /// <summary>The analysis this endpoint runs, or null.</summary>
    public Application.Requests.AnalysisDefinition? Analysis { get; init; }

    /// <summary>The tag grouping it in the reference page.</summary>
    public string Tag { get; init; } = "cases";

    /// <summary>The response body type on success, for the OpenAPI document (null: described by hand).</summary>
    public Type? Produces { get; init; }

    /// <summary>The success status code.</summary>
    public int SuccessStatus { get; init; } = 200;
}
