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

    /// <summary>Above this many agents the disruption curve leaves out efficiency (quadratic); default 5,000.</summary>
    public int EfficiencyAgentLimit { get; init; } = 5_000;

    /// <summary>Time limit of each section (default 30 s); a section that runs out says so instead of failing the report.</summary>
    public TimeSpan SectionTimeLimit { get; init; } = TimeSpan.FromSeconds(30);
}
