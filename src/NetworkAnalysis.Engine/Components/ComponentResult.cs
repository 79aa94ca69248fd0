namespace NetworkAnalysis.Engine.Components;

/// <summary>
/// Connected components of a graph.
/// </summary>
/// <param name="Labels">Component of every node, named by the smallest node index in it (so <c>Labels[v] ≤ v</c>,
/// and <c>Labels[v] == v</c> exactly for the smallest node of each component).</param>
/// <param name="Count">Number of components.</param>
public sealed record ComponentResult(int[] Labels, int Count)
{
    /// <summary>Number of nodes in every component, indexed by label (0 for indexes that are not a label).</summary>
    public int[] Sizes()
    {
        var sizes = new int[Labels.Length];
        foreach (var label in Labels)
        {
            sizes[label]++;
        }

        return sizes;
    }

    /// <summary>Size of the largest component (0 for an empty graph).</summary>
    public int LargestSize()
    {
        var largest = 0;
        foreach (var size in Sizes())
        {
            largest = Math.Max(largest, size);
        }

        return largest;
    }
}
