namespace NetworkAnalysis.Engine.Community;

/// <summary>Small operations on membership vectors shared by the community algorithms.</summary>
internal static class Partition
{
    /// <summary>
    /// Renumbers <paramref name="labels"/> in place to 0..k-1 in order of first appearance (scanning
    /// nodes by ascending index) and returns k. Labels must lie in [0, <paramref name="labelBound"/>).
    /// </summary>
    public static int Renumber(int[] labels, int labelBound)
    {
        var map = new int[labelBound];
        Array.Fill(map, -1);
        var next = 0;
        for (var v = 0; v < labels.Length; v++)
        {
            var c = labels[v];
            var m = map[c];
            if (m < 0)
            {
                m = next++;
                map[c] = m;
            }

            labels[v] = m;
        }

        return next;
    }

    /// <summary>
    /// A canonical copy of an arbitrary labelling: 0..k-1 in order of first appearance. Works for any
    /// int labels (negative or huge) by sorting when they do not fit a small lookup table.
    /// </summary>
    public static int[] Canonical(ReadOnlySpan<int> labels, out int count)
    {
        var n = labels.Length;
        var result = new int[n];
        if (n == 0)
        {
            count = 0;
            return result;
        }

        int min = int.MaxValue, max = int.MinValue;
        foreach (var x in labels)
        {
            min = Math.Min(min, x);
            max = Math.Max(max, x);
        }

        if (min >= 0 && max < 4L * n + 16)
        {
            labels.CopyTo(result);
            count = Renumber(result, max + 1);
            return result;
        }

        // Sort (label, node) pairs into groups, then renumber groups by first appearance.
        var keys = labels.ToArray();
        var nodes = new int[n];
        for (var i = 0; i < n; i++)
        {
            nodes[i] = i;
        }

        Array.Sort(keys, nodes);
        var groups = 0;
        for (var i = 0; i < n; i++)
        {
            if (i == 0 || keys[i] != keys[i - 1])
            {
                groups++;
            }

            result[nodes[i]] = groups - 1;
        }

        count = Renumber(result, groups);
        return result;
    }

    /// <summary>Checks that a membership vector matches the graph and has non-negative labels; returns max label + 1.</summary>
    public static int LabelBound(CsrGraph graph, ReadOnlySpan<int> membership, string paramName)
    {
        if (membership.Length != graph.NodeCount)
        {
            throw new ArgumentException($"membership has {membership.Length} entries but the graph has {graph.NodeCount} nodes", paramName);
        }

        var max = -1;
        foreach (var c in membership)
        {
            if (c < 0)
            {
                throw new ArgumentException("community labels must be non-negative", paramName);
            }

            max = Math.Max(max, c);
        }

        return max + 1;
    }
}
