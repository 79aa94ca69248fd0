using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Storage;

/// <summary>A tie row to insert with the agent numbers of its endpoints (aliases already resolved).</summary>
/// <param name="Source">Agent number of the source.</param>
/// <param name="Target">Agent number of the target.</param>
/// <param name="Tie">The tie (its Source/Target ids are those of the numbered agents).</param>
public readonly record struct PlannedTie(int Source, int Target, Tie Tie);
