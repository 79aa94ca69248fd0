using NetworkAnalysis.Application.Options;

namespace NetworkAnalysis.Application.Requests;

/// <summary>The type of an option value as a request gives it.</summary>
public enum OptionType
{
    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A floating-point or decimal number.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c> (a CLI flag).</summary>
    Boolean,

    /// <summary>Free text (an agent id, a currency, a comma-separated list of domain words).</summary>
    Text,

    /// <summary>One of <see cref="OptionSpec.Choices"/>.</summary>
    Choice,

    /// <summary>An ISO 8601 date or date-time.</summary>
    Date,
}

/// <summary>
/// One option of an analysis request: the CLI's <c>--name</c> without dashes, its type, default and
/// range. The service validates request fields against these and documents them in OpenAPI.
/// </summary>
/// <param name="Name">The name, as the CLI spells it without <c>--</c> (e.g. <c>top</c>, <c>transaction-kinds</c>).</param>
/// <param name="Type">The value's type.</param>
/// <param name="Description">One sentence for the documentation.</param>
public sealed record OptionSpec(string Name, OptionType Type, string Description)
{
    /// <summary>The value used when the request leaves the option out (null: none).</summary>
    public object? Default { get; init; }

    /// <summary>
    /// The option's rule in the one option table (<see cref="OptionRules"/>): range, documented default and
    /// the measures it applies to; set by <see cref="AnalysisCatalog"/> from the analysis and option names.
    /// </summary>
    public OptionRule? Rule { get; init; }

    /// <summary>The smallest value allowed (from <see cref="Rule"/>), or null.</summary>
    public double? Minimum => Rule?.Minimum;

    /// <summary>The largest value allowed (from <see cref="Rule"/>), or null.</summary>
    public double? Maximum => Rule?.Maximum;

    /// <summary>The allowed words of a <see cref="OptionType.Choice"/>.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>True when the request must give it (an agent id).</summary>
    public bool Required { get; init; }
}
