using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Storage;

/// <summary>A transaction row to insert with the agent numbers of its endpoints (aliases already resolved).</summary>
/// <param name="Source">Agent number of the source.</param>
/// <param name="Target">Agent number of the target.</param>
/// <param name="Transaction">The transaction (its Source/Target ids are those of the numbered agents).</param>
public readonly record struct PlannedTransaction(int Source, int Target, Transaction Transaction);
