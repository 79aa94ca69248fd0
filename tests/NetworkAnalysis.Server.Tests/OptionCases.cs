using System.Globalization;
using System.Text.Json.Nodes;
using NetworkAnalysis.Application.Options;
using NetworkAnalysis.Application.Requests;

namespace NetworkAnalysis.Server.Tests;

/// <summary>
/// One bad option of one analysis, as a request body and as netan arguments: generated from the
/// catalogue's options and their rules in the one option table, so a new option or rule is covered
/// without writing a case.
/// </summary>
internal sealed record OptionCases(string Analysis, string Option, string Body, string[] CliArguments, string What)
{
    public static IEnumerable<OptionCases> All()
    {
        foreach (var analysis in AnalysisCatalog.All)
        {
            foreach (var spec in analysis.Options)
            {
                if (spec.Rule is not { } rule)
                {
                    continue;
                }

                if (rule.IsNumeric)
                {
                    foreach (var value in Outside(rule, spec.Type))
                    {
                        yield return Make(analysis, spec, value, Applying(rule), "out of range");
                    }
                }

                if (NotApplying(analysis, rule) is { } selector)
                {
                    yield return Make(analysis, spec, Inside(rule, spec), selector, "not applicable");
                }
            }
        }
    }

    public override string ToString() => $"{Analysis} --{Option} ({What}) {Body}";

    // Values just outside the range (an exclusive bound itself), NaN for numbers; none beyond 2^53 (a seed's long range).
    private static IEnumerable<string> Outside(OptionRule rule, OptionType type)
    {
        var step = type == OptionType.Integer ? 1 : 0.5;
        if (rule.Minimum is { } min && min > -1e15)
        {
            yield return Text(rule.MinimumExclusive ? min : min - step);
        }

        if (rule.Maximum is { } max && max < 1e16)
        {
            yield return Text(rule.MaximumExclusive ? max : max + step);
        }

        if (type == OptionType.Number)
        {
            yield return "NaN";
        }
    }

    private static string Inside(OptionRule rule, OptionSpec spec) => spec.Type switch
    {
        OptionType.Boolean => "true",
        OptionType.Choice => spec.Choices[0],
        _ when rule.Minimum is { } min && !rule.MinimumExclusive && min > -1e15 => Text(min),
        _ when rule.Minimum is { } min && rule.Maximum is { } max => Text((min + max) / 2),
        _ => "1",
    };

    // Selector settings under which the rule applies: its first measure, or its flag set as it needs.
    private static (string Name, string? Value)[] Applying(OptionRule rule) => rule.Selector switch
    {
        null => [],
        var selector when rule.AppliesTo is ["true"] => [(selector, "true")],
        _ when rule.AppliesTo is ["false"] => [],
        var selector => [(selector, rule.AppliesTo[0])],
    };

    // Selector settings under which the rule does not apply, or null when every setting applies.
    private static (string Name, string? Value)[]? NotApplying(AnalysisDefinition analysis, OptionRule rule)
    {
        if (rule.Selector is not { } selector)
        {
            return null;
        }

        if (rule.AppliesTo is ["true"])
        {
            return [];
        }

        if (rule.AppliesTo is ["false"])
        {
            return [(selector, "true")];
        }

        var choices = analysis.Options.Single(o => o.Name == selector).Choices;
        return choices.FirstOrDefault(c => !rule.AppliesTo.Contains(c, StringComparer.OrdinalIgnoreCase)) is { } other ? [(selector, other)] : null;
    }

    private static OptionCases Make(AnalysisDefinition analysis, OptionSpec spec, string value, (string Name, string? Value)[] selectors, string what)
    {
        var body = new JsonObject();
        var cli = new List<string>();
        // Required options first: positional arguments in the CLI (agents) or the selector's default choice.
        foreach (var required in analysis.Options.Where(o => o.Required))
        {
            var given = selectors.FirstOrDefault(s => s.Name == required.Name).Value ?? (required.Type == OptionType.Choice ? required.Choices[0] : AgentFor(required.Name));
            body[required.Name] = given;
            if (required.Type == OptionType.Choice)
            {
                cli.AddRange(["--" + required.Name, given]);
            }
            else
            {
                cli.Add(given);
            }
        }

        foreach (var (name, selectorValue) in selectors.Where(s => analysis.Options.Single(o => o.Name == s.Name) is { Required: false }))
        {
            body[name] = JsonValue(analysis.Options.Single(o => o.Name == name), selectorValue!);
            cli.AddRange(["--" + name, selectorValue!]);
        }

        body[spec.Name] = JsonValue(spec, value);
        cli.AddRange(["--" + spec.Name, value]);
        return new OptionCases(analysis.Name, spec.Name, body.ToJsonString(), [.. cli], what);
    }

    private static string AgentFor(string option) => option == "target" ? "P01" : "P11";

    private static JsonNode? JsonValue(OptionSpec spec, string value) => spec.Type switch
    {
        OptionType.Boolean => System.Text.Json.Nodes.JsonValue.Create(value == "true"),
        OptionType.Integer or OptionType.Number when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) =>
            JsonNode.Parse(value),
        _ => System.Text.Json.Nodes.JsonValue.Create(value),
    };

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
