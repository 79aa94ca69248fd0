using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NetworkAnalysis.Application.Requests;

namespace NetworkAnalysis.Server.Hosting;

/// <summary>Writes an analysis result envelope: <c>{"analysis", "case", "version", "result"}</c>, where result is the CLI's JSON.</summary>
public static class ResultWriter
{
    /// <summary>Streams the envelope as the response; <paramref name="writeResult"/> writes the result value.</summary>
    public static async Task WriteAsync(HttpResponse response, string analysis, string caseName, int version, Action<Utf8JsonWriter> writeResult)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(writeResult);
        response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(response.BodyWriter);
        json.WriteStartObject();
        json.WriteString("analysis", analysis);
        json.WriteString("case", caseName);
        json.WriteNumber("version", version);
        json.WritePropertyName("result");
        writeResult(json);
        json.WriteEndObject();
        await json.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Writes an <see cref="AnalysisOutput"/>.</summary>
    public static Task WriteAsync(HttpResponse response, string analysis, string caseName, int version, AnalysisOutput output) =>
        WriteAsync(response, analysis, caseName, version, output.WriteJson);
}
