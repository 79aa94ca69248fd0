using Microsoft.AspNetCore.Http;
using NetworkAnalysis.Server.Hosting;

namespace NetworkAnalysis.Server.Endpoints;

/// <summary>Liveness (the process answers) and readiness (the case store answers).</summary>
internal static class HealthEndpoints
{
    public static IResult Live() => Results.Ok(new { status = "live" });

    public static async Task<IResult> Ready(CaseAccess cases, CancellationToken ct)
    {
        await cases.Store.ListCasesAsync(ct).ConfigureAwait(false);
        return Results.Ok(new { status = "ready", store = cases.Store.Description });
    }
}
