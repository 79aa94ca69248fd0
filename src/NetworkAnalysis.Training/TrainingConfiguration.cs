using NetworkAnalysis.Synthetic;

namespace NetworkAnalysis.Training;

/// <summary>
/// One family of generated cases for training and leave-one-configuration-out evaluation of the group
/// classifier: ranges for every generator option, group shape and observation knob. Each dataset of the
/// configuration draws its own values from the ranges (<see cref="Sample"/>), so a configuration is a
/// region of the space, and the configurations overlap.
/// </summary>
/// <param name="Name">A short name (used in tables and to leave the configuration out).</param>
/// <param name="Description">What the configuration stresses.</param>
public sealed record TrainingConfiguration(string Name, string Description)
{
    /// <summary>Groups per dataset; default 14–22.</summary>
    public ParameterRange Groups { get; init; } = new(14, 22);

    /// <summary>Share of transnational groups; default 0.25–0.6.</summary>
    public ParameterRange TransnationalShare { get; init; } = new(0.25, 0.6);

    /// <summary>Volume of activity (<see cref="CaseGeneratorOptions.Scale"/>); default 0.1–0.8, so that every configuration overlaps the large-volume one (0.5–1.0) and no feature can lean on volume.</summary>
    public ParameterRange Scale { get; init; } = new(0.1, 0.8);

    /// <summary>Length of the case in years; default 2–8.</summary>
    public ParameterRange SpanYears { get; init; } = new(2, 8);

    /// <summary>Recording noise; default 0–0.15.</summary>
    public ParameterRange Noise { get; init; } = new(0, 0.15);

    /// <summary>Members unknown to the analyst; default 0–0.15.</summary>
    public ParameterRange MissingMembers { get; init; } = new(0, 0.15);

    /// <summary>Agents whose functions are blank; default 0–0.3.</summary>
    public ParameterRange MissingFunctions { get; init; } = new(0, 0.3);

    /// <summary>Share of small groups with 9–16 members; default 0.05–0.25.</summary>
    public ParameterRange SmallLarger { get; init; } = new(0.05, 0.25);

    /// <summary>Share of small groups active for years, sporadically; default 0–0.25.</summary>
    public ParameterRange SmallLongLived { get; init; } = new(0, 0.25);

    /// <summary>Share of small groups working steadily; default 0–0.2.</summary>
    public ParameterRange SmallSteady { get; init; } = new(0, 0.2);

    /// <summary>Share of small groups doing many functions themselves; default 0–0.25.</summary>
    public ParameterRange SmallManyFunctions { get; init; } = new(0, 0.25);

    /// <summary>Share of smallish transnational groups; default 0.1–0.3.</summary>
    public ParameterRange TransnationalSmallish { get; init; } = new(0.1, 0.3);

    /// <summary>Share of transnational groups with few upperworld links; default 0.1–0.35.</summary>
    public ParameterRange TransnationalDiscreet { get; init; } = new(0.1, 0.35);

    /// <summary>Share of short-lived transnational groups; default 0–0.2.</summary>
    public ParameterRange TransnationalShortLived { get; init; } = new(0, 0.2);

    /// <summary>The observation window in months (an intercept), or null to see the whole case; default null.</summary>
    public ParameterRange? WindowMonths { get; init; }

    /// <summary>Probability that a dataset records no times; default 0.</summary>
    public double NoTimes { get; init; }

    /// <summary>Probability that a dataset records no routes; default 0.</summary>
    public double NoRoutes { get; init; }

    /// <summary>Probability that a dataset records no countries; default 0.</summary>
    public double NoCountries { get; init; }

    /// <summary>Probability that a dataset records no functions; default 0.</summary>
    public double NoFunctions { get; init; }

    /// <summary>Probability that a dataset records no person counts or amounts; default 0.</summary>
    public double NoCounts { get; init; }

    /// <summary>
    /// The generator options and the observation of dataset <paramref name="dataset"/> (0, 1, ...) of this
    /// configuration: every value drawn from its range with a stream fixed by the configuration's name,
    /// <paramref name="seed"/> and <paramref name="dataset"/>, so the same arguments give the same case.
    /// </summary>
    public (CaseGeneratorOptions Options, CaseObservation Observation) Sample(int dataset, long seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dataset);
        var draw = new Draw(Hash(Name) ^ (ulong)seed ^ ((ulong)dataset * 0x9E3779B97F4A7C15UL));
        var options = new CaseGeneratorOptions
        {
            Seed = (long)(draw.Next() >> 1),
            Groups = (int)Math.Round(Groups.At(draw.Unit())),
            TransnationalShare = TransnationalShare.At(draw.Unit()),
            Scale = Scale.At(draw.Unit()),
            Span = TimeSpan.FromDays(Math.Round(SpanYears.At(draw.Unit()) * 365)),
            Noise = Noise.At(draw.Unit()),
            MissingMembers = MissingMembers.At(draw.Unit()),
            MissingFunctions = MissingFunctions.At(draw.Unit()),
            Shapes = new GroupShapes
            {
                SmallLarger = SmallLarger.At(draw.Unit()),
                SmallLongLived = SmallLongLived.At(draw.Unit()),
                SmallSteady = SmallSteady.At(draw.Unit()),
                SmallManyFunctions = SmallManyFunctions.At(draw.Unit()),
                TransnationalSmallish = TransnationalSmallish.At(draw.Unit()),
                TransnationalDiscreet = TransnationalDiscreet.At(draw.Unit()),
                TransnationalShortLived = TransnationalShortLived.At(draw.Unit()),
            },
        };
        var window = WindowMonths is { } w ? w.At(draw.Unit()) : (double?)null;
        var observation = new CaseObservation
        {
            WindowMonths = window,
            WindowStart = draw.Unit(),
            NoTimes = draw.Unit() < NoTimes,
            NoRoutes = draw.Unit() < NoRoutes,
            NoCountries = draw.Unit() < NoCountries,
            NoFunctions = draw.Unit() < NoFunctions,
            NoCounts = draw.Unit() < NoCounts,
        };
        return (options, observation with { WindowStart = window is null ? CaseObservation.Complete.WindowStart : observation.WindowStart });
    }

    // FNV-1a: a stable hash of the name (string.GetHashCode is randomised per process).
    private static ulong Hash(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }

    // SplitMix64: the parameter stream (the generator keeps its own random source).
    private sealed class Draw(ulong state)
    {
        private ulong _state = state;

        public ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));
    }
}
