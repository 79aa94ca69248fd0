namespace NetworkAnalysis.Engine.Community;

/// <summary>
/// Agreement between two partitions of the same nodes (for example a detected partition and known groups).
/// Labels are arbitrary integers; only which nodes share a label matters.
/// </summary>
/// <remarks>
/// O(n log n) time (the contingency table is built by sorting label pairs), O(n) memory. Deterministic.
/// </remarks>
public static class PartitionComparison
{
    /// <summary>
    /// Normalised mutual information with arithmetic-mean normalisation, NMI = 2·I(A;B) / (H(A) + H(B))
    /// (Danon, Díaz-Guilera, Duch and Arenas 2005; scikit-learn's default and igraph's "nmi"). 1 for identical
    /// partitions, 0 for independent ones; 1 when both partitions put every node in one group (0/0 case).
    /// Natural logarithms (the base cancels).
    /// </summary>
    public static double NormalizedMutualInformation(ReadOnlySpan<int> first, ReadOnlySpan<int> second)
    {
        var table = Contingency(first, second);
        double n = first.Length;
        if (n == 0)
        {
            return 1.0;
        }

        double hA = Entropy(table.RowSums, n), hB = Entropy(table.ColumnSums, n);
        if (hA + hB == 0)
        {
            return 1.0;
        }

        double mutual = 0;
        for (var i = 0; i < table.Cells.Length; i++)
        {
            double c = table.Cells[i];
            double a = table.RowSums[table.CellRow[i]];
            double b = table.ColumnSums[table.CellColumn[i]];
            mutual += c / n * Math.Log(c * n / (a * b));
        }

        return Math.Clamp(2 * mutual / (hA + hB), 0.0, 1.0);
    }

    /// <summary>
    /// Adjusted Rand index (Hubert and Arabie 1985): the Rand index corrected for chance; 1 for identical
    /// partitions, about 0 for random ones, negative when worse than chance. 1 in the degenerate cases where the
    /// expected index equals the maximum (both partitions a single group, or both all singletons), as scikit-learn.
    /// </summary>
    public static double AdjustedRandIndex(ReadOnlySpan<int> first, ReadOnlySpan<int> second)
    {
        var table = Contingency(first, second);
        static double Pairs(long x) => x * (x - 1) / 2.0;
        double index = 0, rows = 0, columns = 0;
        foreach (var c in table.Cells)
        {
            index += Pairs(c);
        }

        foreach (var a in table.RowSums)
        {
            rows += Pairs(a);
        }

        foreach (var b in table.ColumnSums)
        {
            columns += Pairs(b);
        }

        var all = Pairs(first.Length);
        if (all == 0)
        {
            return 1.0;
        }

        var expected = rows * columns / all;
        var max = (rows + columns) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static double Entropy(long[] counts, double n)
    {
        double h = 0;
        foreach (var c in counts)
        {
            if (c > 0)
            {
                var p = c / n;
                h -= p * Math.Log(p);
            }
        }

        return h;
    }

    private static Table Contingency(ReadOnlySpan<int> first, ReadOnlySpan<int> second)
    {
        if (first.Length != second.Length)
        {
            throw new ArgumentException($"partitions differ in length ({first.Length} and {second.Length})", nameof(second));
        }

        var a = Partition.Canonical(first, out var ka);
        var b = Partition.Canonical(second, out var kb);
        var n = a.Length;
        var rowSums = new long[ka];
        var columnSums = new long[kb];
        var keys = new long[n];
        for (var v = 0; v < n; v++)
        {
            rowSums[a[v]]++;
            columnSums[b[v]]++;
            keys[v] = (long)a[v] * kb + b[v];
        }

        Array.Sort(keys);
        var cells = new List<long>();
        var cellRow = new List<int>();
        var cellColumn = new List<int>();
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j < n && keys[j] == keys[i])
            {
                j++;
            }

            cells.Add(j - i);
            cellRow.Add((int)(keys[i] / kb));
            cellColumn.Add((int)(keys[i] % kb));
            i = j;
        }

        return new Table(cells.ToArray(), cellRow.ToArray(), cellColumn.ToArray(), rowSums, columnSums);
    }

    private sealed record Table(long[] Cells, int[] CellRow, int[] CellColumn, long[] RowSums, long[] ColumnSums);
}
