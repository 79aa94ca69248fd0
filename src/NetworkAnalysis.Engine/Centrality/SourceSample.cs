namespace NetworkAnalysis.Engine.Centrality;

/// <summary>Seeded choice of k distinct source nodes (partial Fisher–Yates shuffle driven by <see cref="SplitMix64"/>).</summary>
/// <remarks>
/// The generator is the engine's own, not <see cref="Random"/>, so a seed gives the same sample on every
/// runtime and platform. It is not NetworkX's sample (Python's Mersenne Twister): the same seed picks
/// different nodes in the two libraries.
/// </remarks>
internal static class SourceSample
{
    /// <summary>A seeded random order of all nodes <c>0 .. n-1</c>; its first k are the sample <see cref="Draw"/> returns (unsorted).</summary>
    public static int[] Order(int n, long seed) => Shuffled(n, n, seed);

    /// <summary>Returns <paramref name="k"/> distinct nodes of <c>0 .. n-1</c>, in ascending order.</summary>
    public static int[] Draw(int n, int k, long seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        var result = Shuffled(n, k, seed).AsSpan(0, k).ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>0 .. n-1 with the first <paramref name="k"/> positions filled by a partial Fisher–Yates shuffle.</summary>
    private static int[] Shuffled(int n, int k, long seed)
    {
        var pool = new int[n];
        for (var i = 0; i < n; i++)
        {
            pool[i] = i;
        }

        var rng = new SplitMix64(seed);
        for (var i = 0; i < k; i++)
        {
            var j = i + rng.NextInt(n - i);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return pool;
    }
}
