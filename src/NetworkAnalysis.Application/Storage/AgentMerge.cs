namespace NetworkAnalysis.Application.Storage;

/// <summary>
/// Several agent ids are one person (or business...): in the new version the <see cref="MergedIds"/>
/// disappear, their transactions point to <see cref="KeepId"/>, which gains their functions and groups;
/// each merged id becomes an alias that still finds the kept agent.
/// </summary>
/// <param name="KeepId">The agent that stays.</param>
/// <param name="MergedIds">The agents merged into it (at least one, none equal to <paramref name="KeepId"/>).</param>
/// <param name="Reason">Why (recorded with the version; required).</param>
/// <param name="MergedBy">Who decided.</param>
public sealed record AgentMerge(string KeepId, IReadOnlyList<string> MergedIds, string Reason, string MergedBy);
