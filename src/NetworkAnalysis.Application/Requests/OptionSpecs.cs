namespace NetworkAnalysis.Application.Requests;

/// <summary>Short constructors for the option specs of <see cref="AnalysisCatalog"/>.</summary>
internal static class OptionSpecs
{
    public static OptionSpec Int(string name, int defaultValue, int minimum, string description, int? maximum = null) =>
        new(name, OptionType.Integer, description) { Default = defaultValue, Minimum = minimum, Maximum = maximum };

    public static OptionSpec OptionalInt(string name, int minimum, string description) =>
        new(name, OptionType.Integer, description) { Minimum = minimum };

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
