using System.Globalization;

namespace NetworkAnalysis.Benchmarks;

/// <summary>
/// A minimal fast reader for <c>src dst [weight]</c> lines of non-negative integer ids (tab or space separated,
/// '#' comments): reads the whole file, parses bytes by hand and compacts ids in order of first appearance.
/// Benchmark-only; the product's loaders live in NetworkAnalysis.IO.
/// </summary>
internal static class EdgeListParser
{
    public static (int[] Sources, int[] Targets, double[] Weights, long[] Ids) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var capacity = Math.Max(16, bytes.Length / 16);
        var src = new List<int>(capacity);
        var dst = new List<int>(capacity);
        var wts = new List<double>(capacity);
        var index = new Dictionary<long, int>();
        var ids = new List<long>();
        var i = 0;
        var len = bytes.Length;
        while (i < len)
        {
            SkipBlanks(bytes, ref i);
            if (i >= len)
            {
                break;
            }

            if (bytes[i] == (byte)'\n' || bytes[i] == (byte)'\r')
            {
                i++;
                continue;
            }

            if (bytes[i] == (byte)'#')
            {
                SkipLine(bytes, ref i);
                continue;
            }

            var a = ParseLong(bytes, ref i);
            SkipBlanks(bytes, ref i);
            var b = ParseLong(bytes, ref i);
            SkipBlanks(bytes, ref i);
            var w = 1.0;
            if (i < len && bytes[i] != (byte)'\n' && bytes[i] != (byte)'\r')
            {
                w = ParseDouble(bytes, ref i);
            }

            SkipLine(bytes, ref i);
            src.Add(Id(a, index, ids));
            dst.Add(Id(b, index, ids));
            wts.Add(w);
        }

        return (src.ToArray(), dst.ToArray(), wts.ToArray(), ids.ToArray());
    }

    private static int Id(long raw, Dictionary<long, int> index, List<long> ids)
    {
        if (!index.TryGetValue(raw, out var v))
        {
            v = ids.Count;
            index[raw] = v;
            ids.Add(raw);
        }

        return v;
    }

    private static void SkipBlanks(byte[] b, ref int i)
    {
        while (i < b.Length && (b[i] == (byte)' ' || b[i] == (byte)'\t'))
        {
            i++;
        }
    }

    private static void SkipLine(byte[] b, ref int i)
    {
        while (i < b.Length && b[i] != (byte)'\n')
        {
            i++;
        }

        i++;
    }

    private static long ParseLong(byte[] b, ref int i)
    {
        long x = 0;
        var start = i;
        while (i < b.Length && b[i] >= (byte)'0' && b[i] <= (byte)'9')
        {
            x = x * 10 + (b[i] - '0');
            i++;
        }

        if (i == start)
        {
            throw new FormatException($"expected a node id at byte {start}");
        }

        return x;
    }

    private static double ParseDouble(byte[] b, ref int i)
    {
        var start = i;
        while (i < b.Length && b[i] != (byte)' ' && b[i] != (byte)'\t' && b[i] != (byte)'\n' && b[i] != (byte)'\r')
        {
            i++;
        }

        return double.Parse(b.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
