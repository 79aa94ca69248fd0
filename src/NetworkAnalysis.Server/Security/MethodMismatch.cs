using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace NetworkAnalysis.Server.Security;

/// <summary>
/// Recognises routing's answer to a known path with a method no endpoint of that path accepts (the 405 with
/// an <c>Allow</c> header that routing selects itself). That endpoint carries no metadata at all, so it is
/// recognised by what it means rather than by its name: the request's endpoint declares no HTTP method, and
/// the path matches the route of at least one mapped endpoint while none of those accepts the method.
/// </summary>
public sealed class MethodMismatch(EndpointDataSource endpoints)
{
    private Route[]? _routes;

    /// <summary>Whether <paramref name="endpoint"/>, selected for <paramref name="context"/>, is routing's method-mismatch answer.</summary>
    public bool IsMethodMismatch(HttpContext context, Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(endpoint);
        if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not null)
        {
            return false;
        }

        _routes ??= [.. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is { HttpMethods.Count: > 0 })
            .Select(e => new Route(new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary(e.RoutePattern.Defaults)), e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods))];
        var pathKnown = false;
        foreach (var route in _routes)
        {
            if (route.Matcher.TryMatch(context.Request.Path, []))
            {
                if (route.Methods.Any(m => HttpMethods.Equals(m, context.Request.Method)))
                {
                    return false;
                }

                pathKnown = true;
            }
        }

        return pathKnown;
    }

    private sealed record Route(TemplateMatcher Matcher, IReadOnlyList<string> Methods);
}
