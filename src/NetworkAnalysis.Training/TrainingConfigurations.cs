namespace NetworkAnalysis.Training;

/// <summary>
/// The configurations the built-in group model is trained and evaluated on (docs/classification.md):
/// each stresses one region of the space the typology allows (long-lived or multi-function small groups,
/// short-lived or discreet transnational groups, noise, partial observation, missing fields), and all
/// draw every other parameter from wide, overlapping ranges.
/// </summary>
public static class TrainingConfigurations
{
    /// <summary>Every configuration, in a fixed order.</summary>
    public static IReadOnlyList<TrainingConfiguration> All { get; } =
    [
        new("varied", "every parameter from its default wide range"),
        new("long-lived-small", "many small groups active for years, sporadically or steadily")
        {
            SmallLongLived = new(0.4, 0.7), SmallSteady = new(0.2, 0.4),
        },
        new("multi-function-small", "many small groups whose few members do everything themselves, some larger")
        {
            SmallManyFunctions = new(0.5, 0.9), SmallLarger = new(0.2, 0.4), SmallLongLived = new(0.1, 0.3),
        },
        new("small-transnational", "many smallish, short-lived or discreet transnational groups")
        {
            TransnationalSmallish = new(0.35, 0.6), TransnationalShortLived = new(0.2, 0.4), TransnationalDiscreet = new(0.3, 0.5),
        },
        new("noisy", "heavy recording noise and blank functions")
        {
            Noise = new(0.25, 0.5), MissingFunctions = new(0.3, 0.6),
        },
        new("partial-members", "many members unknown to the analyst")
        {
            MissingMembers = new(0.25, 0.45),
        },
        new("intercept", "an intercept of 4 to 18 months of a longer case")
        {
            WindowMonths = new(4, 18), SpanYears = new(3, 8),
        },
        new("short-case", "cases of one to two years: every group looks short-lived")
        {
            SpanYears = new(1, 2),
        },
        new("sparse-fields", "sources that do not record times, routes, countries, functions or counts")
        {
            NoTimes = 0.4, NoRoutes = 0.5, NoCountries = 0.25, NoFunctions = 0.4, NoCounts = 0.5,
        },
        new("large-volume", "more activity per group (larger scale), mostly small groups")
        {
            Scale = new(0.5, 1.0), TransnationalShare = new(0.15, 0.35), Groups = new(10, 14),
        },
        new("hard-mix", "every hard shape at once with noise and missing members")
        {
            SmallLongLived = new(0.3, 0.5), SmallManyFunctions = new(0.3, 0.5), TransnationalSmallish = new(0.3, 0.5),
            TransnationalShortLived = new(0.2, 0.4), Noise = new(0.15, 0.35), MissingMembers = new(0.15, 0.3), MissingFunctions = new(0.2, 0.6),
        },
    ];

    /// <summary>The configuration named <paramref name="name"/>; throws <see cref="KeyNotFoundException"/> for an unknown name.</summary>
    public static TrainingConfiguration Get(string name) =>
        All.FirstOrDefault(c => c.Name == name) ?? throw new KeyNotFoundException($"no training configuration named '{name}'");
}
