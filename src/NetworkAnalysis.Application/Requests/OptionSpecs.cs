namespace NetworkAnalysis.Application.Requests;

/// <summary>Short constructors for the option specs of <see cref="AnalysisCatalog"/>.</summary>
internal static class OptionSpecs
{
    // Ranges are not given here: they come from the option table (OptionRules) when AnalysisCatalog binds each spec to its rule.
    public static OptionSpec Int(string name, int defaultValue, string description) =>
        new(name, OptionType.Integer, description) { Default = defaultValue };

    public static OptionSpec OptionalInt(string name, string description) =>
        new(name, OptionType.Integer, description);

    public static OptionSpec Flag(string name, string description) =>
        new(name, OptionType.Boolean, description) { Default = false };

    public static OptionSpec OptionalBool(string name, string description) =>
        new(name, OptionType.Boolean, description);

    public static OptionSpec Number(string name, string description) =>
        new(name, OptionType.Number, description);

    public static OptionSpec Choice(string name, string? defaultValue, string description, params string[] choices) =>
        new(name, OptionType.Choice, description) { Default = defaultValue, Choices = choices, Required = false };

    public static OptionSpec RequiredChoice(string name, string description, params string[] choices) =>
        new(name, OptionType.Choice, description) { Choices = choices, Required = true };

    public static OptionSpec Text(string name, string description) => new(name, OptionType.Text, description);

    public static OptionSpec Agent(string name, string description) => new(name, OptionType.Text, description) { Required = true };

    public static OptionSpec Date(string name, string description) => new(name, OptionType.Date, description);

    public static OptionSpec From(string what = "transactions") =>
        Date("from", $"Only {what} at or after this ISO 8601 date or date-time (UTC when no offset).");

    public static OptionSpec To(string what = "transactions") =>
        Date("to", $"Only {what} before this ISO 8601 date or date-time.");
}
