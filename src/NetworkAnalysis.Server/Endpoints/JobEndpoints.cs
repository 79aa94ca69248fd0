using Microsoft.AspNetCore.Http;
using NetworkAnalysis.Server.Hosting;
using NetworkAnalysis.Server.Jobs;
using NetworkAnalysis.Server.Problems;

namespace NetworkAnalysis.Server.Endpoints;

/// <summary>Handlers of the job endpoints.</summary>
internal static class JobEndpoints
{
    public static IResult Get(string jobId, JobStore jobs) => Results.Ok(Find(jobs, jobId));

    public static IResult Cancel(string jobId, JobRunner runner) => Results.Accepted($"/api/v1/jobs/{jobId}", runner.Cancel(jobId));

    public static async Task<IResult> ListForVersion(string caseName, string version, CaseAccess cases, JobStore jobs, CancellationToken ct)
    {
        var exact = await cases.ResolveAsync(caseName, version, ct).ConfigureAwait(false);
        return Results.Ok(jobs.All.Where(j => j.Case == exact.Case && j.Version == exact.Version));
    }

    public static async Task<IResult> Result(string jobId, HttpContext context, JobStore jobs)
    {
        var job = Find(jobs, jobId);
        if (job.State != JobState.Succeeded)
        {
            throw new ProblemException(409, ProblemTypes.Conflict, "Conflict", $"job {jobId} has no result: it is {job.State.ToString().ToLowerInvariant()}");
        }

        await using var result = jobs.OpenResult(jobId) ?? throw ProblemException.NotFound($"job {jobId} has no stored result");
        await ResultWriter.WriteAsync(context.Response, job.Analysis, job.Case, job.Version, json =>
        {
            using var document = System.Text.Json.JsonDocument.Parse(result);
            document.RootElement.WriteTo(json);
        }).ConfigureAwait(false);
        return Results.Empty;
    }

    private static JobRecord Find(JobStore jobs, string id) =>
        (id.Length == 32 && id.All(char.IsAsciiHexDigitLower) ? jobs.Find(id) : null) ?? throw ProblemException.NotFound($"no job '{id}'");
}
