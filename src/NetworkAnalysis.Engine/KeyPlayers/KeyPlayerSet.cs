namespace NetworkAnalysis.Engine.KeyPlayers;

/// <summary>A key-player set: its nodes in the order chosen and the score after adding each.</summary>
/// <param name="Nodes">The chosen nodes; for KPP-Neg ordered greedily within the final set (each next node is the one that adds most).</param>
/// <param name="ScoreAfter">The objective after the first i + 1 nodes of <see cref="Nodes"/> (fragmentation or reach).</param>
/// <param name="InitialScore">The objective with no node chosen (fragmentation of the whole network; reach 0).</param>
/// <param name="Evaluations">How many full objective evaluations (graph passes) the search used.</param>
/// <param name="Swaps">How many improving swaps the local search made after the greedy start.</param>
public sealed record KeyPlayerSet(int[] Nodes, double[] ScoreAfter, double InitialScore, long Evaluations, int Swaps)
{
    /// <summary>The objective of the whole set (the last of <see cref="ScoreAfter"/>, or the initial score when empty).</summary>
    public double Score => ScoreAfter.Length > 0 ? ScoreAfter[^1] : InitialScore;
}
