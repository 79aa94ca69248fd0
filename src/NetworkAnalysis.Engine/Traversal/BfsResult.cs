namespace NetworkAnalysis.Engine.Traversal;

/// <summary>
/// The outcome of a breadth-first search.
/// </summary>
/// <param name="Distances">Hops from the nearest source for every node; -1 when not reached.</param>
/// <param name="Parents">The node each reached node was first discovered from; -1 for sources and unreached nodes.</param>
/// <param name="Order">Reached nodes in visit order (sources first).</param>
public sealed record BfsResult(int[] Distances, int[] Parents, int[] Order)
{
    /// <summary>The path from a source to <paramref name="node"/> (sources first), or empty when not reached.</summary>
    public int[] PathTo(int node)
    {
        if (Distances[node] < 0)
        {
            return [];
        }

        var path = new int[Distances[node] + 1];
        for (int i = path.Length - 1, v = node; i >= 0; i--, v = Parents[v])
        {
            path[i] = v;
        }

        return path;
    }
}
