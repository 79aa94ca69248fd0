using Microsoft.AspNetCore.Http;
using NetworkAnalysis.Application.Jobs;
using NetworkAnalysis.Server.Hosting;
using NetworkAnalysis.Server.Jobs;
using NetworkAnalysis.Server.Problems;

namespace NetworkAnalysis.Server.Endpoints;

/// <summary>Handlers of the job endpoints: the queue in the case store, shared by every server on it.</summary>
internal static class JobEndpoints
{
    public static async Task<IResult> Get(string jobId, JobRunner runner, CancellationToken ct) =>
        Results.Ok(await runner.FindAsync(jobId, ct).ConfigureAwait(false));

    public static async Task<IResult> Cancel(string jobId, JobRunner runner, CancellationToken ct) =>
        Results.Accepted($"/api/v1/jobs/{jobId}", await runner.CancelAsync(jobId, ct).ConfigureAwait(false));

    public static async Task<IResult> ListForVersion(string caseName, string version, CaseAccess cases, IJobStore jobs, CancellationToken ct)
    {
        var exact = await cases.ResolveAsync(caseName, version, ct).ConfigureAwait(false);
        return Results.Ok(await jobs.ListAsync(exact.Case, exact.Version!.Value, ct).ConfigureAwait(false));
    }

    public static async Task<IResult> Result(string jobId, HttpContext context, JobRunner runner, IJobStore jobs, CancellationToken ct)
    {
        var job = await runner.FindAsync(jobId, ct).ConfigureAwait(false);
        if (job.State != JobState.Succeeded)
        {
            throw new ProblemException(409, ProblemTypes.Conflict, "Conflict", $"job {jobId} has no result: it is {JobRows.Word(job.State)}");
        }

        var result = await jobs.ReadResultAsync(jobId, ct).ConfigureAwait(false) ?? throw ProblemException.NotFound($"job {jobId} has no stored result");
        await ResultWriter.WriteAsync(context.Response, job.Analysis, job.Case, job.Version, json =>
        {
            using var document = System.Text.Json.JsonDocument.Parse(result);
            document.RootElement.WriteTo(json);
        }).ConfigureAwait(false);
        return Results.Empty;
    }
}
