namespace NetworkAnalysis.Engine.Paths;

/// <summary>Per-node totals over the nodes a search from that node reaches.</summary>
/// <param name="Reached">Nodes reached, the start node included.</param>
/// <param name="DistanceSum">Sum of the distances to the reached nodes.</param>
/// <param name="InverseDistanceSum">Sum of 1/distance over the reached nodes other than the start.</param>
internal sealed record DistanceTotals(int[] Reached, double[] DistanceSum, double[] InverseDistanceSum);
