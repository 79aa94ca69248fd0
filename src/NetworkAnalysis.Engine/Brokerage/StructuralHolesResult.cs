namespace NetworkAnalysis.Engine.Brokerage;

/// <summary>Burt's structural-hole measures of every node; NaN where a measure is undefined.</summary>
/// <param name="Constraint">Aggregate constraint: how much the node's contacts are tied to each other (high = few holes).</param>
/// <param name="EffectiveSize">Effective size: the number of contacts minus their redundancy.</param>
/// <param name="Efficiency">Effective size divided by the number of distinct contacts.</param>
/// <param name="Hierarchy">How concentrated the constraint is on one contact (0 = spread evenly, 1 = all on one).</param>
/// <param name="Contacts">The number of distinct contacts (neighbours either way, self excluded).</param>
public sealed record StructuralHolesResult(double[] Constraint, double[] EffectiveSize, double[] Efficiency, double[] Hierarchy, int[] Contacts);
