using System.Globalization;

namespace NetworkAnalysis.Application.Options;

/// <summary>
/// One option of one analysis: its documented range and default, and the choices of the
/// analysis's selector (measure, method, ...) it applies to. Every host checks a request's options
/// against these rules before any work starts, so the messages are the same everywhere.
/// </summary>
public sealed record OptionRule
{
    /// <summary>The analysis (CLI command / service endpoint), e.g. <c>centrality</c>.</summary>
    public required string Command { get; init; }

    /// <summary>The option's name without dashes, e.g. <c>damping</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The default, as documented (e.g. <c>0.85</c>, <c>all cores</c>).</summary>
    public required string Default { get; init; }

    /// <summary>Smallest allowed value, or null when the option is not numeric or has no lower bound.</summary>
    public double? Minimum { get; init; }

    /// <summary>Largest allowed value, or null when the option is not numeric or has no upper bound.</summary>
    public double? Maximum { get; init; }

    /// <summary>True when <see cref="Minimum"/> itself is not allowed (a strictly positive tolerance).</summary>
    public bool MinimumExclusive { get; init; }

    /// <summary>True when <see cref="Maximum"/> itself is not allowed.</summary>
    public bool MaximumExclusive { get; init; }

    /// <summary>
    /// The option (without dashes) whose value decides whether this one applies, e.g. <c>measure</c>;
    /// null when it always applies.
    /// </summary>
    public string? Selector { get; init; }

    /// <summary>The values of <see cref="Selector"/> this option applies to (case-insensitive).</summary>
    public IReadOnlyList<string> AppliesTo { get; init; } = [];

    /// <summary>True when the option has a numeric range.</summary>
    public bool IsNumeric => Minimum is not null || Maximum is not null;

    /// <summary>The range in words, e.g. "between 0 and 1", "greater than 0", "at least 1"; empty when not numeric.</summary>
    public string RangeText => (Minimum, Maximum) switch
    {
        ({ } lo, { } hi) when !MinimumExclusive && !MaximumExclusive => $"between {Show(lo)} and {Show(hi)}",
        ({ } lo, { } hi) => $"{(MinimumExclusive ? "greater than" : "at least")} {Show(lo)} and {(MaximumExclusive ? "below" : "at most")} {Show(hi)}",
        ({ } lo, null) => $"{(MinimumExclusive ? "greater than" : "at least")} {Show(lo)}",
        (null, { } hi) => $"{(MaximumExclusive ? "below" : "at most")} {Show(hi)}",
        _ => string.Empty,
    };

    /// <summary>Fails with an <see cref="OptionException"/> unless <paramref name="value"/> is a number in the range.</summary>
    public void CheckValue(double value)
    {
        if (OutOfRange(value) is { } problem)
        {
            throw problem;
        }
    }

    /// <summary>The exception for <paramref name="value"/> when it is not a number in the range (NaN never is), else null.</summary>
    public OptionException? OutOfRange(double value)
    {
        var inRange = !double.IsNaN(value)
            && (Minimum is not { } lo || (MinimumExclusive ? value > lo : value >= lo))
            && (Maximum is not { } hi || (MaximumExclusive ? value < hi : value <= hi));
        return inRange ? null : new OptionException(Name, $"must be {RangeText} (got {Show(value)})");
    }

    /// <summary>
    /// The value <see cref="Selector"/> has when a request leaves it out: <c>false</c> for a flag
    /// (a rule that applies only with or only without it), otherwise unknown (null: nothing to check).
    /// </summary>
    public string? SelectorDefault => AppliesTo is ["true"] or ["false"] ? "false" : null;

    /// <summary>Fails with an <see cref="OptionException"/> when the option was given but does not apply to <paramref name="selectorValue"/>.</summary>
    public void CheckApplies(string? selectorValue)
    {
        if (Selector is null || selectorValue is null)
        {
            return;
        }

        foreach (var value in AppliesTo)
        {
            if (string.Equals(value, selectorValue, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        throw AppliesTo switch
        {
            ["true"] => new OptionException(Name, $"applies only with --{Selector}"),
            ["false"] => new OptionException(Name, $"does not apply with --{Selector}"),
            _ => new OptionException(Name, $"does not apply to --{Selector} {selectorValue} (only to {string.Join(", ", AppliesTo)})"),
        };
    }

    private static string Show(double value) => value switch
    {
        double.PositiveInfinity => "infinity",
        double.NegativeInfinity => "-infinity",
        double.NaN => "not a number",
        _ => value.ToString("G", CultureInfo.InvariantCulture),
    };
}
