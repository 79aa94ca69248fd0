namespace NetworkAnalysis.Application.Projection;

/// <summary>How the transactions between one pair of agents become the weight of one engine edge.</summary>
public enum EdgeAggregation
{
    /// <summary>Weight = number of transactions.</summary>
    Count,

    /// <summary>Weight = summed amount; transactions without an amount are left out.</summary>
    Amount,

    /// <summary>Weight = summed transaction <c>weight</c> column (default 1 each).</summary>
    Weight,
}
