namespace NetworkAnalysis.Engine.Centrality;

/// <summary>Seeded choice of k distinct source nodes (partial Fisher–Yates shuffle driven by SplitMix64).</summary>
/// <remarks>
/// The generator is defined here, not taken from <see cref="Random"/>, so a seed gives the same sample on
/// every runtime and platform. It is not NetworkX's sample (Python's Mersenne Twister): the same seed picks
/// different nodes in the two libraries.
/// </remarks>
internal static class SourceSample
{
    /// <summary>Returns <paramref name="k"/> distinct nodes of <c>0 .. n-1</c>, in ascending order.</summary>
    public static int[] Draw(int n, int k, long seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        var pool = new int[n];
        for (var i = 0; i < n; i++)
        {
            pool[i] = i;
        }

        var state = unchecked((ulong)seed);
        for (var i = 0; i < k; i++)
        {
            var bound = (ulong)(n - i);
            var j = i + (int)Math.BigMul(Next(ref state), bound, out _);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        var result = pool.AsSpan(0, k).ToArray();
        Array.Sort(result);
        return result;
    }

    private static ulong Next(ref ulong state)
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
