using System.Globalization;
using NetworkAnalysis.Application.Options;

namespace NetworkAnalysis.Application.Requests;

/// <summary>
/// The validated option values of one request: given as text (from a JSON body or a query string),
/// checked against the analysis' <see cref="OptionSpec"/>s. Unknown names, wrong types, values out of range
/// and missing required values throw <see cref="OptionException"/> naming the field, with the CLI's wording.
/// </summary>
public sealed class OptionValues
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    /// <summary>
    /// Validates <paramref name="given"/> (name → text, null meaning absent) against <paramref name="specs"/>:
    /// types here, then ranges and applicability from the option table (<see cref="OptionRules.CheckRequest"/>,
    /// the same check the CLI makes), all before any work starts.
    /// </summary>
    public OptionValues(IReadOnlyList<OptionSpec> specs, IReadOnlyDictionary<string, string?> given)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(given);
        foreach (var name in given.Keys)
        {
            if (!specs.Any(s => s.Name == name))
            {
                throw new OptionException(name, $"unknown option (expected one of {string.Join(", ", specs.Select(s => s.Name))})");
            }
        }

        var parsed = new List<KeyValuePair<string, object?>>();
        foreach (var (name, text) in given)
        {
            if (text is not null)
            {
                var spec = specs.First(s => s.Name == name);
                parsed.Add(new(name, Parse(spec, text)));
            }
        }

        if (specs.Select(s => s.Rule?.Command).FirstOrDefault(c => c is not null) is { } command)
        {
            OptionRules.CheckRequest(command, parsed);
        }

        foreach (var spec in specs)
        {
            // A number keeps its text, so a decimal option (an amount) is read without a detour through double.
            _values[spec.Name] = parsed.Find(p => p.Key == spec.Name) is { Key: not null } value
                ? spec.Type == OptionType.Number ? given[spec.Name] : value.Value
                : spec.Required ? throw new OptionException(spec.Name, "is required") : spec.Default;
        }
    }

    /// <summary>An integer option's value.</summary>
    public int Int(string name) => (int)_values[name]!;

    /// <summary>An optional integer option's value.</summary>
    public int? IntOrNull(string name) => (int?)_values[name];

    /// <summary>A number option's value, or null.</summary>
    public double? Number(string name) => _values[name] is string text ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    /// <summary>A number option's value as a decimal, or null.</summary>
    public decimal? Decimal(string name) => _values[name] is string text ? decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    /// <summary>A boolean option's value (false when absent without default).</summary>
    public bool Bool(string name) => _values[name] is true;

    /// <summary>An optional boolean option's value.</summary>
    public bool? BoolOrNull(string name) => (bool?)_values[name];

    /// <summary>A text, choice or date option's text, or null.</summary>
    public string? Text(string name) => (string?)_values[name];

    private static object Parse(OptionSpec spec, string text)
    {
        switch (spec.Type)
        {
            case OptionType.Integer:
                return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
                    ? i
                    : throw OptionRules.Unparsable(spec.Rule?.Command ?? string.Empty, spec.Name, text, whole: true);
            case OptionType.Number:
                // NaN and infinities parse: the option table's range refuses them with the CLI's words.
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    ? d
                    : throw OptionRules.Unparsable(spec.Rule?.Command ?? string.Empty, spec.Name, text, whole: false);
            case OptionType.Boolean:
                return text switch
                {
                    "true" => true,
                    "false" => false,
                    _ => throw new OptionException(spec.Name, $"'{text}' is not true or false"),
                };
            case OptionType.Choice:
                return spec.Choices.Contains(text, StringComparer.Ordinal)
                    ? text
                    : throw new OptionException(spec.Name, $"unknown value '{text}' (expected {string.Join(", ", spec.Choices)})");
            case OptionType.Date:
                OptionParsing.Date(text, "--" + spec.Name);
                return text;
            default:
                return text.Length <= 10_000 ? text : throw new OptionException(spec.Name, "longer than 10000 characters");
        }
    }
}
