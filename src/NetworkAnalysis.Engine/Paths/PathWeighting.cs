namespace NetworkAnalysis.Engine.Paths;

/// <summary>What makes a path short.</summary>
public enum PathWeighting
{
    /// <summary>Every edge has length 1: the fewest hops.</summary>
    Hops,

    /// <summary>An edge's length is its weight (e.g. a cost or a distance); weights must be non-negative.</summary>
    Weight,

    /// <summary>
    /// An edge's length is 1 / weight, so heavy edges (many transactions, large amounts) are short: the
    /// "strongest" path. Edges with weight ≤ 0 are not usable.
    /// </summary>
    InverseWeight,
}
