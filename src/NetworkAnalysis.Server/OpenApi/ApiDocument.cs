using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NetworkAnalysis.Application.Requests;
using NetworkAnalysis.Server.Endpoints;

namespace NetworkAnalysis.Server.OpenApi;

/// <summary>
/// The OpenAPI description generated from <see cref="EndpointTable"/>: each row's responses, its permission
/// and mode (as <c>x-permission</c>, <c>x-audit</c> and <c>x-mode</c> extensions), and for an analysis the
/// request body schema built from its <see cref="OptionSpec"/>s (names, types, defaults, ranges) with an example.
/// </summary>
public static class ApiDocument
{
    /// <summary>Document-level settings.</summary>
    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "netan service",
                Version = "v1",
                Description = "Criminal transaction-network analysis over a case store. Errors are RFC 9457 problem documents "
                    + "with stable type URIs (urn:netan:problem:...). Victims, witnesses and minors appear only by pseudonym.",
            };
            return Task.CompletedTask;
        });
    }

    /// <summary>Declares the responses and request body of one row's endpoint.</summary>
    public static void Describe(RouteHandlerBuilder endpoint, EndpointRow row)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(row);
        if (row.Produces is { } type)
        {
            endpoint.Produces(row.SuccessStatus, type);
        }
        else
        {
            endpoint.Produces(row.SuccessStatus);
        }

        foreach (var status in new[] { 400, 404, 409, 413, 415, 422, 500, 503 })
        {
            endpoint.ProducesProblem(status);
        }

        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions["x-permission"] = new JsonNodeExtension(JsonValue.Create(row.Permission.ToString()));
            operation.Extensions["x-audit"] = new JsonNodeExtension(JsonValue.Create(row.Audit.ToString()));
            operation.Extensions["x-mode"] = new JsonNodeExtension(JsonValue.Create(row.Mode.ToString()));
            if (row.Analysis is { } analysis)
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = analysis.Options.Any(o => o.Required),
                    Description = "The options, named as the CLI's (without --), with the CLI's defaults.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = OptionsSchema(analysis), Example = Example(analysis) },
                    },
                };
            }

            return Task.CompletedTask;
        });
    }

    private static OpenApiSchema OptionsSchema(AnalysisDefinition analysis)
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            AdditionalPropertiesAllowed = false,
            Properties = new Dictionary<string, IOpenApiSchema>(),
            Required = new HashSet<string>(analysis.Options.Where(o => o.Required).Select(o => o.Name)),
        };
        foreach (var option in analysis.Options)
        {
            var property = new OpenApiSchema
            {
                Description = option.Description,
                Type = option.Type switch
                {
                    OptionType.Integer => JsonSchemaType.Integer,
                    OptionType.Number => JsonSchemaType.Number,
                    OptionType.Boolean => JsonSchemaType.Boolean,
                    _ => JsonSchemaType.String,
                },
                Format = option.Type == OptionType.Date ? "date-time" : null,
                Default = option.Default is { } d ? JsonValue.Create(d is string s ? s : d) : null,
                Minimum = option.Minimum is { } min && min > int.MinValue ? min.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                Maximum = option.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            if (option.Type == OptionType.Choice)
            {
                property.Enum = [.. option.Choices.Select(c => (JsonNode)JsonValue.Create(c))];
            }

            schema.Properties[option.Name] = property;
        }

        return schema;
    }

    private static JsonObject Example(AnalysisDefinition analysis)
    {
        var example = new JsonObject();
        foreach (var option in analysis.Options)
        {
            if (option.Required)
            {
                example[option.Name] = option.Type == OptionType.Choice ? option.Choices[0] : "P01";
            }
            else if (option.Default is int i)
            {
                example[option.Name] = i;
            }
        }

        return example;
    }
}
