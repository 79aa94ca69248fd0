namespace NetworkAnalysis.Engine;

/// <summary>
/// A small seeded random number generator (SplitMix64, Steele, Lea and Flood 2014) with a fixed,
/// documented output sequence, so results that depend on a seed stay identical across .NET versions
/// and platforms (unlike <see cref="Random"/>, whose algorithm is an implementation detail).
/// </summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(long seed, ulong stream = 0)
    {
        _state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + stream * 0xD1B54A32D192ED03UL + 0x632BE59BD9B4E019UL);
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform integer in [0, bound) (Lemire's multiply-shift with rejection, unbiased).</summary>
    public int NextInt(int bound)
    {
        var b = (ulong)bound;
        while (true)
        {
            var x = NextUInt64() >> 32;
            var product = x * b;
            var low = product & 0xFFFFFFFFUL;
            if (low >= b || low >= (0x1_0000_0000UL - b) % b)
            {
                return (int)(product >> 32);
            }
        }
    }

    /// <summary>Uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Fills <paramref name="order"/> with a uniformly random permutation of 0..n-1 (Fisher–Yates).</summary>
    public void Permutation(int[] order)
    {
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }
}
