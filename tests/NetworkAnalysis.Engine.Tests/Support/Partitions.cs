namespace NetworkAnalysis.Engine.Tests.Support;

/// <summary>Assertions and oracles on membership vectors.</summary>
internal static class Partitions
{
    /// <summary>True when two labellings group the nodes identically (labels equal up to a bijection).</summary>
    public static bool Equivalent<TA, TB>(IReadOnlyList<TA> a, IReadOnlyList<TB> b)
        where TA : notnull
        where TB : notnull
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        var forward = new Dictionary<TA, TB>();
        var backward = new Dictionary<TB, TA>();
        for (var i = 0; i < a.Count; i++)
        {
            if (forward.TryGetValue(a[i], out var fb) && !EqualityComparer<TB>.Default.Equals(fb, b[i]))
            {
                return false;
            }

            if (backward.TryGetValue(b[i], out var ba) && !EqualityComparer<TA>.Default.Equals(ba, a[i]))
            {
                return false;
            }

            forward[a[i]] = b[i];
            backward[b[i]] = a[i];
        }

        return true;
    }

    /// <summary>True when every community induces a connected subgraph (edges followed in both directions).</summary>
    public static bool AllConnected(CsrGraph graph, int[] membership)
    {
        var n = graph.NodeCount;
        var seen = new bool[n];
        var started = new HashSet<int>();
        for (var s = 0; s < n; s++)
        {
            if (seen[s])
            {
                continue;
            }

            if (!started.Add(membership[s]))
            {
                return false; // a second piece of a community already visited
            }

            var queue = new Queue<int>();
            queue.Enqueue(s);
            seen[s] = true;
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                foreach (var u in graph.Neighbors(v).ToArray().Concat(graph.InNeighbors(v).ToArray()))
                {
                    if (!seen[u] && membership[u] == membership[s])
                    {
                        seen[u] = true;
                        queue.Enqueue(u);
                    }
                }
            }
        }

        return true;
    }

    /// <summary>True when the labels are 0..k-1 numbered in order of each community's smallest node.</summary>
    public static bool IsCanonical(int[] membership, int count)
    {
        var next = 0;
        foreach (var c in membership)
        {
            if (c == next)
            {
                next++;
            }
            else if (c > next)
            {
                return false;
            }
        }

        return next == count;
    }
}
