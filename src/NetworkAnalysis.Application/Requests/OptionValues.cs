using System.Globalization;

namespace NetworkAnalysis.Application.Requests;

/// <summary>
/// The validated option values of one request: given as text (from a JSON body or a query string),
/// checked against the analysis' <see cref="OptionSpec"/>s. Unknown names, wrong types, values out of range
/// and missing required values throw <see cref="OptionException"/> naming the field, with the CLI's wording.
/// </summary>
public sealed class OptionValues
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    /// <summary>Validates <paramref name="given"/> (name → text, null meaning absent) against <paramref name="specs"/>.</summary>
    public OptionValues(IReadOnlyList<OptionSpec> specs, IReadOnlyDictionary<string, string?> given)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(given);
        foreach (var name in given.Keys)
        {
            if (!specs.Any(s => s.Name == name))
            {
                throw new OptionException(name, $"unknown option '{name}' (expected one of {string.Join(", ", specs.Select(s => s.Name))})");
            }
        }

        foreach (var spec in specs)
        {
            _values[spec.Name] = given.TryGetValue(spec.Name, out var text) && text is not null
                ? Parse(spec, text)
                : spec.Required ? throw new OptionException(spec.Name, $"{spec.Name} is required") : spec.Default;
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
        var option = "--" + spec.Name;
        switch (spec.Type)
        {
            case OptionType.Integer:
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
                {
                    throw new OptionException(spec.Name, $"{option}: '{text}' is not a whole number");
                }

                if (spec.Minimum is { } min)
                {
                    OptionParsing.AtLeast(i, min, option);
                }

                if (spec.Maximum is { } max)
                {
                    OptionParsing.AtMost(i, max, option);
                }

                return i;
            case OptionType.Number:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
                    && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                    ? text
                    : throw new OptionException(spec.Name, $"{option}: '{text}' is not a number");
            case OptionType.Boolean:
                return text switch
                {
                    "true" => true,
                    "false" => false,
                    _ => throw new OptionException(spec.Name, $"{option}: '{text}' is not true or false"),
                };
            case OptionType.Choice:
                return spec.Choices.Contains(text, StringComparer.Ordinal)
                    ? text
                    : throw new OptionException(spec.Name, $"{option}: unknown value '{text}' (expected {string.Join(", ", spec.Choices)})");
            case OptionType.Date:
                OptionParsing.Date(text, option);
                return text;
            default:
                return text.Length <= 10_000 ? text : throw new OptionException(spec.Name, $"{option}: longer than 10000 characters");
        }
    }
}
