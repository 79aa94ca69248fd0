namespace NetworkAnalysis.Training.Tests.Independent;

/// <summary>The choices of one set of <see cref="IndependentCases"/>: sizes, durations, shapes and what is observed.</summary>
public sealed record IndependentSet(string Name, int Seed)
{
    /// <summary>A: plain shapes, clean records.</summary>
    public static IndependentSet A { get; } = new("A", 11);

    /// <summary>B: the failure: long-lived and many-function small groups, some larger; small, short-lived or discreet transnational groups.</summary>
    public static IndependentSet B { get; } = new("B", 23)
    {
        SmallSize = (3, 11), SmallLongLived = 0.5, SmallManyFunctions = 0.5, SmallLongMonths = (30, 90),
        TransnationalSize = (7, 18), TransnationalShortLived = 0.35, TransnationalDiscreet = 0.35,
    };

    /// <summary>C: partial records: missing members, blank functions, no routes, half the datasets without times, noise.</summary>
    public static IndependentSet C { get; } = new("C", 37)
    {
        SmallLongLived = 0.3, SmallManyFunctions = 0.3, TransnationalDiscreet = 0.2,
        MissingMembers = 0.2, BlankFunctions = 0.5, NoRoutes = true, NoTimes = 0.5, Noise = 0.15,
    };

    public int Datasets { get; init; } = 12;
    public int GroupsPerDataset { get; init; } = 25;
    public double TransnationalShare { get; init; } = 0.45;
    public (int Min, int Max) SmallSize { get; init; } = (2, 7);
    public (int Min, int Max) SmallMonths { get; init; } = (1, 14);
    public (int Min, int Max) SmallLongMonths { get; init; } = (24, 72);
    public double SmallLongLived { get; init; } = 0.15;
    public double SmallManyFunctions { get; init; } = 0.15;
    public (int Min, int Max) TransnationalSize { get; init; } = (10, 36);
    public (int Min, int Max) TransnationalMonths { get; init; } = (14, 60);
    public double TransnationalShortLived { get; init; } = 0.1;
    public double TransnationalDiscreet { get; init; } = 0.1;
    public double MissingMembers { get; init; }
    public double BlankFunctions { get; init; } = 0.1;
    public bool NoRoutes { get; init; }
    public double NoTimes { get; init; }
    public double Noise { get; init; } = 0.05;

    public override string ToString() => Name;
}
