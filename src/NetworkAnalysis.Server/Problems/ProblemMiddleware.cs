using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NetworkAnalysis.Application.Options;
using NetworkAnalysis.Application.Requests;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Server.Problems;

/// <summary>
/// Turns every failure into an RFC 9457 problem document (<c>application/problem+json</c>) with a stable
/// <c>type</c>: exceptions thrown by handlers, and bodiless 404/405/413/415 answers of the framework.
/// Messages are the Application's one-line messages (which name only what the user gave and show
/// protected agents by pseudonym); an unexpected exception is logged and answered with no detail.
/// </summary>
public sealed partial class ProblemMiddleware(RequestDelegate next, ILogger<ProblemMiddleware> logger)
{
    /// <summary>Runs the rest of the pipeline, answering failures with problem documents.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            if (ex is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
            {
                return;
            }

            var problem = Map(ex);
            if (problem.Status == 500)
            {
                LogUnexpected(logger, ex, context.Request.Path);
            }

            await WriteAsync(context, problem).ConfigureAwait(false);
            return;
        }

        if (!context.Response.HasStarted && context.Response.ContentLength is null && context.Response.ContentType is null
            && context.Response.StatusCode is 404 or 405 or 413 or 415)
        {
            await WriteAsync(context, context.Response.StatusCode switch
            {
                404 => ProblemException.NotFound($"no endpoint {context.Request.Path}"),
                405 => new ProblemException(405, ProblemTypes.MethodNotAllowed, "Method not allowed", $"{context.Request.Method} is not allowed on {context.Request.Path}"),
                413 => ProblemException.TooLarge("the request body is larger than allowed"),
                _ => ProblemException.Unsupported("the content type is not one this endpoint reads"),
            }).ConfigureAwait(false);
        }
    }

    /// <summary>The problem an exception is answered with.</summary>
    public static ProblemException Map(Exception exception) => exception switch
    {
        ProblemException p => p,
        OptionException o => new ProblemException(400, ProblemTypes.BadOption, "Bad option", o.Message, o.Option),
        CaseNotFoundException n => ProblemException.NotFound(n.Message),
        CaseConflictException c => new ProblemException(409, ProblemTypes.Conflict, "Conflict", c.Message),
        CaseStoreUnavailableException u => new ProblemException(503, ProblemTypes.Unavailable, "Store unavailable", u.Message),
        InputFormatException f => ProblemException.BadDataset(f.Message),
        KeyNotFoundException k => ProblemException.NotFound(k.Message),
        TimeoutException t => new ProblemException(422, ProblemTypes.TimeLimit, "Time limit", t.Message),
        BadHttpRequestException { StatusCode: 413 } => ProblemException.TooLarge("the request body is larger than allowed"),
        BadHttpRequestException b => ProblemException.BadRequest(b.Message),
        JsonException => ProblemException.BadRequest("the body is not valid JSON"),
        ArgumentException a => ProblemException.BadRequest(a.Message),
        _ => new ProblemException(500, ProblemTypes.Internal, "Internal error", "the server failed to answer; the failure is in its log"),
    };

    /// <summary>Writes <paramref name="problem"/> as the response.</summary>
    public static async Task WriteAsync(HttpContext context, ProblemException problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problem);
        context.Response.Clear();
        context.Response.StatusCode = problem.Status;
        context.Response.ContentType = "application/problem+json";
        var body = new Dictionary<string, object?>
        {
            ["type"] = problem.Type,
            ["title"] = problem.Title,
            ["status"] = problem.Status,
            ["detail"] = problem.Message,
            ["instance"] = context.Request.Path.Value,
        };
        if (problem.Field is not null)
        {
            body["errors"] = new Dictionary<string, string[]> { [problem.Field] = [problem.Message] };
        }

        await JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "unexpected failure on {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string path);
}
