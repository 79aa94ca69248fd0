namespace NetworkAnalysis.Application.Analytics;

/// <summary>Options of <see cref="AnalyticsReport.Sections"/>: sized for a case (up to a few thousand agents).</summary>
public sealed record AnalyticsReportOptions
{
    /// <summary>The defaults.</summary>
    public static AnalyticsReportOptions Default { get; } = new();

    /// <summary>Rows per ranking (default 10).</summary>
    public int Top { get; init; } = 10;

    /// <summary>Key players listed (default 5).</summary>
    public int KeyPlayers { get; init; } = 5;

    /// <summary>Removals in the disruption curve (default 10).</summary>
    public int DisruptionSteps { get; init; } = 10;

    /// <summary>
    /// Above this many agents the disruption curve estimates the efficiency (quadratic when exact) from
    /// <see cref="EfficiencySamples"/> pivot agents per step; default 5,000.
    /// </summary>
    public int EfficiencyAgentLimit { get; init; } = 5_000;

    /// <summary>Pivot agents per step of the estimated efficiency (default 1,024: four passes of the 256-wide search).</summary>
    public int EfficiencySamples { get; init; } = 1_024;

    /// <summary>Seed of the estimated efficiency's pivots (default 1).</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Time limit of each section (default 30 s); a section that runs out says so instead of failing the report.</summary>
    public TimeSpan SectionTimeLimit { get; init; } = TimeSpan.FromSeconds(30);
}
