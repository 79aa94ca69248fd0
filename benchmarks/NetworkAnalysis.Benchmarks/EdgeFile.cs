using System.Globalization;

namespace NetworkAnalysis.Benchmarks;

/// <summary>
/// Minimal fast reader for <c>src dst [weight]</c> lines (tab or space separated, non-negative integer
/// ids). Ids are renumbered by first appearance, as igraph's <c>Read_Ncol</c> does.
/// </summary>
internal static class EdgeFile
{
    public static (int[] Src, int[] Dst, double[] W, int NodeCount) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var src = new List<int>(bytes.Length / 16);
        var dst = new List<int>(bytes.Length / 16);
        var w = new List<double>(bytes.Length / 16);
        var map = new Dictionary<long, int>();
        var i = 0;
        var len = bytes.Length;
        while (i < len)
        {
            SkipSpace(bytes, ref i, newline: true);
            if (i >= len)
            {
                break;
            }

            var a = ReadLong(bytes, ref i);
            SkipSpace(bytes, ref i, newline: false);
            var b = ReadLong(bytes, ref i);
            SkipSpace(bytes, ref i, newline: false);
            double weight = 1;
            if (i < len && bytes[i] != '\n' && bytes[i] != '\r')
            {
                var start = i;
                while (i < len && bytes[i] != '\n' && bytes[i] != '\r' && bytes[i] != ' ' && bytes[i] != '\t')
                {
                    i++;
                }

                weight = double.Parse(bytes.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            while (i < len && bytes[i] != '\n')
            {
                i++;
            }

            src.Add(Id(map, a));
            dst.Add(Id(map, b));
            w.Add(weight);
        }

        return (src.ToArray(), dst.ToArray(), w.ToArray(), map.Count);
    }

    private static int Id(Dictionary<long, int> map, long id)
    {
        if (!map.TryGetValue(id, out var index))
        {
            index = map.Count;
            map[id] = index;
        }

        return index;
    }

    private static void SkipSpace(byte[] s, ref int i, bool newline)
    {
        while (i < s.Length && (s[i] == ' ' || s[i] == '\t' || (newline && (s[i] == '\n' || s[i] == '\r'))))
        {
            i++;
        }
    }

    private static long ReadLong(byte[] s, ref int i)
    {
        long value = 0;
        var start = i;
        while (i < s.Length && s[i] >= '0' && s[i] <= '9')
        {
            value = value * 10 + (s[i] - '0');
            i++;
        }

        if (i == start)
        {
            throw new FormatException($"expected a node id at byte {start}");
        }

        return value;
    }
}
