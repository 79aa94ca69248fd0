namespace NetworkAnalysis.Application.Results;

/// <summary>Row order for result tables: input order, or the top N by value (ties in input order).</summary>
public static class Ranking
{
    /// <summary>Indexes 0..n-1 in input order, or the <paramref name="top"/> highest values first (stable on ties). O(n log n) with a top.</summary>
    public static IEnumerable<int> Order(IReadOnlyList<double> values, int? top)
    {
        var all = Enumerable.Range(0, values.Count);
        return top is { } n
            ? all.OrderByDescending(i => values[i]).ThenBy(i => i).Take(Math.Max(0, n))
            : all;
    }
}
