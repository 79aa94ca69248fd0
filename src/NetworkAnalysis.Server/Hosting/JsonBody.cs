using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NetworkAnalysis.Server.Problems;

namespace NetworkAnalysis.Server.Hosting;

/// <summary>
/// Reads a small JSON request body as a flat object of option values (string, number or boolean), with a
/// size limit; nested values, duplicates and non-JSON content types are refused naming the field.
/// </summary>
public static class JsonBody
{
    /// <summary>The body's fields as text (numbers as written, booleans as <c>true</c>/<c>false</c>, null as absent). An empty body is an empty object.</summary>
    public static async Task<Dictionary<string, string?>> ReadFlatAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (request.ContentLength == 0 || (request.ContentLength is null && request.ContentType is null))
        {
            return fields;
        }

        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw ProblemException.Unsupported($"send the options as application/json, not {request.ContentType ?? "no content type"}");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw ProblemException.TooLarge($"the JSON body is larger than {maxBytes} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return fields;
        }

        using var document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 4 });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw ProblemException.BadRequest("the body must be a JSON object of option values");
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Null => null,
                _ => throw ProblemException.BadRequest($"{property.Name}: give a string, number or boolean", property.Name),
            };
            if (!fields.TryAdd(property.Name, value))
            {
                throw ProblemException.BadRequest($"{property.Name}: given twice", property.Name);
            }
        }

        return fields;
    }

    /// <summary>A query-string parameter as an integer within bounds, or the default; 400 naming it otherwise.</summary>
    public static int QueryInt(HttpRequest request, string name, int defaultValue, int minimum, int maximum)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return defaultValue;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum
            ? value
            : throw new ProblemException(400, ProblemTypes.BadOption, "Bad option", $"{name} must be a whole number from {minimum} to {maximum}", name);
    }
}
