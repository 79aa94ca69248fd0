namespace NetworkAnalysis.Application.Storage;

/// <summary>Cheap facts about one version of a case.</summary>
/// <param name="Version">The version described.</param>
/// <param name="Agents">Number of agents.</param>
/// <param name="Transactions">Number of transactions.</param>
/// <param name="Groups">Number of groups.</param>
/// <param name="SensitiveAgents">Victims, witnesses and minors.</param>
/// <param name="FirstTime">Earliest transaction time, or null when none is timed.</param>
/// <param name="LastTime">Latest transaction time, or null.</param>
public sealed record CaseSummary(CaseVersionInfo Version, int Agents, int Transactions, int Groups, int SensitiveAgents, DateTimeOffset? FirstTime, DateTimeOffset? LastTime)
{
    /// <summary>Number of ties.</summary>
    public int Ties { get; init; }
}
