using Microsoft.AspNetCore.Http;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Server.Hosting;
using NetworkAnalysis.Application.Jobs;
using NetworkAnalysis.Server.Problems;
using NetworkAnalysis.Server.Uploads;

namespace NetworkAnalysis.Server.Endpoints;

/// <summary>Handlers of the case endpoints: thin calls into <see cref="ICaseStore"/>.</summary>
internal static class CaseEndpoints
{
    public static async Task<IResult> Create(HttpRequest request, CaseAccess cases, ServerOptions options, CancellationToken ct)
    {
        var body = await JsonBody.ReadFlatAsync(request, options.MaxJsonBytes, ct).ConfigureAwait(false);
        foreach (var field in body.Keys.Where(k => k is not ("name" or "description" or "classification")))
        {
            throw ProblemException.BadRequest($"unknown field '{field}' (expected name, description, classification)", field);
        }

        var name = body.GetValueOrDefault("name") ?? throw ProblemException.BadRequest("name is required", "name");
        try
        {
            CaseNames.Validate(name);
        }
        catch (ArgumentException ex)
        {
            throw ProblemException.BadRequest(ex.Message, "name");
        }

        var info = await cases.Store.CreateCaseAsync(new NewCase(name, body.GetValueOrDefault("description") ?? string.Empty, body.GetValueOrDefault("classification") ?? string.Empty, "api"), ct).ConfigureAwait(false);
        return Results.Created($"/api/v1/cases/{Uri.EscapeDataString(info.Name)}", info);
    }

    public static async Task<IResult> List(HttpContext context, CaseAccess cases, CancellationToken ct) =>
        Results.Ok(Security.Caller.Visible(context, await cases.Store.ListCasesAsync(ct).ConfigureAwait(false), c => c.Name));

    public static async Task<IResult> Get(string caseName, CaseAccess cases, CancellationToken ct) =>
        Results.Ok(await cases.Store.FindCaseAsync(caseName, ct).ConfigureAwait(false) ?? throw ProblemException.NotFound($"no case '{caseName}'"));

    public static async Task<IResult> Delete(string caseName, CaseAccess cases, IJobStore jobs, CancellationToken ct)
    {
        if (!await cases.Store.DeleteCaseAsync(caseName, ct).ConfigureAwait(false))
        {
            throw ProblemException.NotFound($"no case '{caseName}'");
        }

        cases.Forget(caseName);
        await jobs.DeleteCaseAsync(caseName, ct).ConfigureAwait(false);
        return Results.NoContent();
    }

    public static async Task<IResult> Upload(string caseName, HttpRequest request, CaseAccess cases, UploadReader uploads, CancellationToken ct)
    {
        var mode = request.Query["mode"].ToString() switch
        {
            "" or "replace" => ImportMode.Replace,
            "append" => ImportMode.Append,
            var other => throw new ProblemException(400, ProblemTypes.BadOption, "Bad option", $"--mode: unknown value '{other}' (expected replace, append)", "mode"),
        };
        _ = await cases.Store.FindCaseAsync(caseName, ct).ConfigureAwait(false) ?? throw ProblemException.NotFound($"no case '{caseName}'");
        var (network, files) = await uploads.ReadAsync(request, ct).ConfigureAwait(false);
        var version = await cases.Store.ImportAsync(caseName, network, new ImportRequest(mode, "api", files), ct).ConfigureAwait(false);
        return Results.Created($"/api/v1/cases/{Uri.EscapeDataString(caseName)}/versions/{version.Version}", version);
    }

    public static async Task<IResult> Versions(string caseName, CaseAccess cases, CancellationToken ct) =>
        Results.Ok(await cases.Store.ListVersionsAsync(caseName, ct).ConfigureAwait(false));

    public static async Task<IResult> Version(string caseName, string version, CaseAccess cases, CancellationToken ct)
    {
        var exact = await cases.ResolveAsync(caseName, version, ct).ConfigureAwait(false);
        return Results.Ok(await cases.Store.SummarizeAsync(exact, ct).ConfigureAwait(false));
    }
}
