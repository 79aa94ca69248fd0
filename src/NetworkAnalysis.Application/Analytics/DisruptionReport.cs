using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>A disruption curve: the state of the network after each removal.</summary>
/// <param name="Strategy">The strategy (<c>degree</c>, <c>key_player</c>, <c>function</c>, ...).</param>
/// <param name="Recovery">Whether the network recovered after each removal.</param>
/// <param name="Agents">Agents in the simulated network at the start.</param>
/// <param name="Rows">Step 0 (intact) and one row per removal.</param>
public sealed record DisruptionReport(string Strategy, bool Recovery, int Agents, IReadOnlyList<DisruptionRow> Rows);

/// <summary>One step of a disruption simulation.</summary>
/// <param name="Step">0 = intact network.</param>
/// <param name="RemovedId">The agent removed at this step (null at step 0).</param>
/// <param name="ReplacementId">The agent that took over its ties (recovery), or null.</param>
/// <param name="TiesAdded">New ties the recovery created.</param>
/// <param name="RemainingAgents">Agents left.</param>
/// <param name="LargestComponent">Agents in the largest connected part.</param>
/// <param name="LargestComponentShare">LargestComponent divided by the agents at the start.</param>
/// <param name="Fragmentation">Share of remaining agent pairs that can no longer reach each other.</param>
/// <param name="Efficiency">Mean of 1/distance over remaining pairs (NaN when not computed).</param>
/// <param name="FunctionsCovered">Functions some remaining agent still performs.</param>
/// <param name="FunctionsLost">Functions covered at the start and no longer.</param>
public sealed record DisruptionRow(
    int Step,
    string? RemovedId,
    string? ReplacementId,
    int TiesAdded,
    int RemainingAgents,
    int LargestComponent,
    double LargestComponentShare,
    double Fragmentation,
    double Efficiency,
    FunctionSet FunctionsCovered,
    FunctionSet FunctionsLost);
