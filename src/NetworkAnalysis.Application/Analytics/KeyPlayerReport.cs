using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>A key-player set, in the order chosen, with the score after adding each agent.</summary>
/// <param name="Objective">
/// <c>fragmentation</c> or <c>distance_fragmentation</c> (KPP-Neg: share of agent pairs cut off after removing
/// the set), or <c>reach</c> or <c>distance_reach</c> (KPP-Pos).
/// </param>
/// <param name="InitialScore">The score before any agent is chosen (the network's own fragmentation; 0 for reach).</param>
/// <param name="Rows">The agents in the order chosen.</param>
public sealed record KeyPlayerReport(string Objective, double InitialScore, IReadOnlyList<KeyPlayerRow> Rows)
{
    /// <summary>The score of the whole set.</summary>
    public double Score => Rows.Count > 0 ? Rows[^1].ScoreAfter : InitialScore;
}

/// <summary>One key player: the columns of <c>netan keyplayers</c>.</summary>
/// <param name="Order">1 = chosen first.</param>
/// <param name="AgentId">The agent.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="ScoreAfter">The fragmentation (or reach) once this agent and the ones before it are in the set.</param>
public sealed record KeyPlayerRow(int Order, string AgentId, AgentKind Kind, double ScoreAfter);
