namespace NetworkAnalysis.Cli.Output;

/// <summary>Row order for result tables: input order, or the top N by value (ties in input order).</summary>
internal static class Ranking
{
    public static IEnumerable<int> Order(IReadOnlyList<double> values, int? top)
    {
        var all = Enumerable.Range(0, values.Count);
        return top is { } n
            ? all.OrderByDescending(i => values[i]).ThenBy(i => i).Take(Math.Max(0, n))
            : all;
    }
}
