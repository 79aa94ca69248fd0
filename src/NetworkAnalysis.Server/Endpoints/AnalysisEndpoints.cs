using Microsoft.AspNetCore.Http;
using NetworkAnalysis.Application.Requests;
using NetworkAnalysis.Server.Hosting;
using NetworkAnalysis.Server.Jobs;

namespace NetworkAnalysis.Server.Endpoints;

/// <summary>The handler of one analysis endpoint: validate the options, then answer (sync) or start a job (202).</summary>
internal static class AnalysisEndpoints
{
    public static Delegate Handler(AnalysisDefinition analysis) =>
        async (string caseName, string version, HttpContext context, CaseAccess cases, JobRunner runner, IJobQuota quota, ServerOptions options, CancellationToken ct) =>
        {
            var given = await JsonBody.ReadFlatAsync(context.Request, options.MaxJsonBytes, ct).ConfigureAwait(false);
            var values = new OptionValues(analysis.Options, given);
            var exact = await cases.ResolveAsync(caseName, version, ct).ConfigureAwait(false);
            if (analysis.Execution == AnalysisExecution.Synchronous)
            {
                var display = await cases.DisplayAsync(exact, ct).ConfigureAwait(false);
                var output = analysis.Run(display, values, ct);
                await ResultWriter.WriteAsync(context.Response, analysis.Name, exact.Case, exact.Version!.Value, output).ConfigureAwait(false);
                return Results.Empty;
            }

            var summary = await cases.Store.SummarizeAsync(exact, ct).ConfigureAwait(false);
            var job = await quota.SubmitAsync(
                Security.Caller.Require(context).User.Name,
                () => runner.SubmitAsync(exact, analysis, given, summary.Agents, summary.Transactions, ct),
                ct).ConfigureAwait(false);
            return Results.Accepted($"/api/v1/jobs/{job.Id}", job);
        };
}
