namespace NetworkAnalysis.Synthetic;

/// <summary>
/// The generator's random source: xoshiro256** seeded through SplitMix64. Our own algorithm rather than
/// <see cref="Random"/>, whose seeded sequence .NET does not promise to keep, so a seed names the same
/// dataset on every .NET version. Not thread-safe; each group gets its own stream (<see cref="Fork"/>).
/// </summary>
internal sealed class Rng
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Rng(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>An independent stream for sub-task <paramref name="stream"/> of the seed <paramref name="seed"/>.</summary>
    public static Rng Fork(long seed, ulong stream)
    {
        var x = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL) ^ (stream + 0x632BE59BD9B4E019UL);
        return new Rng(SplitMix(ref x));
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 1)
        {
            return 0;
        }

        return (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);
    }

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => maxInclusive <= min ? min : min + Next(maxInclusive - min + 1);

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Uniform(double min, double max) => min + (max - min) * NextDouble();

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Standard normal (Box–Muller).</summary>
    public double Normal()
    {
        var u = 1.0 - NextDouble();
        var v = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>Log-normal with the given median and log-scale spread: skewed sizes and amounts with a long right tail.</summary>
    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    /// <summary>A log-normal count clamped to [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Count(double median, double sigma, int min, int max) =>
        (int)Math.Clamp(Math.Round(LogNormal(median, sigma)), min, max);

    /// <summary>Poisson-distributed count (Knuth below 30, a rounded normal above).</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Normal()));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        var p = NextDouble();
        while (p > limit)
        {
            k++;
            p *= NextDouble();
        }

        return k;
    }

    /// <summary>The integer part of <paramref name="expected"/> plus one more with the fractional part as probability.</summary>
    public int Round(double expected)
    {
        var whole = Math.Floor(expected);
        return (int)whole + (Chance(expected - whole) ? 1 : 0);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Picks index i with probability proportional to <paramref name="weights"/>[i].</summary>
    public int PickWeighted(ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (var w in weights)
        {
            total += w;
        }

        var x = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary><paramref name="count"/> distinct items of <paramref name="items"/> in random order (all when fewer).</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var copy = new T[items.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = items[i];
        }

        Shuffle(copy.AsSpan());
        return [.. copy.AsSpan(0, Math.Min(count, copy.Length))];
    }

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
