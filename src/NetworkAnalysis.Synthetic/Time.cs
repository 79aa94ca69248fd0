namespace NetworkAnalysis.Synthetic;

/// <summary>Durations in the generator's unit, the minute.</summary>
internal static class Time
{
    public const long Hour = 60;
    public const long Day = 24 * Hour;
    public const long Week = 7 * Day;
    public const long Month = 30 * Day;

    /// <summary>A random duration between <paramref name="minDays"/> and <paramref name="maxDays"/> days, to the minute.</summary>
    public static long Days(Rng rng, double minDays, double maxDays) => (long)(rng.Uniform(minDays, maxDays) * Day);
}
