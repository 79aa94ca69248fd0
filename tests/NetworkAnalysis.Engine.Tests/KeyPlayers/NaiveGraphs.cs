namespace NetworkAnalysis.Engine.Tests.KeyPlayers;

/// <summary>Slow, obviously correct computations on the undirected view of small graphs, for oracle tests.</summary>
internal static class NaiveGraphs
{
    public static bool[,] Adjacency(CsrGraph graph)
    {
        var n = graph.NodeCount;
        var adj = new bool[n, n];
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            int s = graph.EdgeSource(e), t = graph.EdgeTarget(e);
            if (s != t)
            {
                adj[s, t] = adj[t, s] = true;
            }
        }

        return adj;
    }

    /// <summary>All-pairs hop distances (Floyd-Warshall) among nodes not removed; int.MaxValue when unreachable.</summary>
    public static int[,] Distances(CsrGraph graph, bool[] removed)
    {
        var n = graph.NodeCount;
        var adj = Adjacency(graph);
        var d = new int[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                d[i, j] = i == j ? 0 : adj[i, j] && !removed[i] && !removed[j] ? 1 : int.MaxValue;
            }
        }

        for (var k = 0; k < n; k++)
        {
            if (removed[k])
            {
                continue;
            }

            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    if (d[i, k] != int.MaxValue && d[k, j] != int.MaxValue && d[i, k] + d[k, j] < d[i, j])
                    {
                        d[i, j] = d[i, k] + d[k, j];
                    }
                }
            }
        }

        return d;
    }

    public static double Fragmentation(CsrGraph graph, bool[] removed)
    {
        var d = Distances(graph, removed);
        var n = graph.NodeCount;
        long disconnected = 0, pairs = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i != j && !removed[i] && !removed[j])
                {
                    pairs++;
                    if (d[i, j] == int.MaxValue)
                    {
                        disconnected++;
                    }
                }
            }
        }

        return pairs == 0 ? double.NaN : disconnected / (double)pairs;
    }

    public static double DistanceFragmentation(CsrGraph graph, bool[] removed)
    {
        var d = Distances(graph, removed);
        var n = graph.NodeCount;
        double sum = 0;
        long pairs = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i != j && !removed[i] && !removed[j])
                {
                    pairs++;
                    if (d[i, j] != int.MaxValue)
                    {
                        sum += 1.0 / d[i, j];
                    }
                }
            }
        }

        return pairs == 0 ? double.NaN : 1 - (sum / pairs);
    }

    public static int LargestComponent(CsrGraph graph, bool[] removed)
    {
        var d = Distances(graph, removed);
        var n = graph.NodeCount;
        var best = 0;
        for (var i = 0; i < n; i++)
        {
            if (removed[i])
            {
                continue;
            }

            var size = 0;
            for (var j = 0; j < n; j++)
            {
                if (!removed[j] && d[i, j] != int.MaxValue)
                {
                    size++;
                }
            }

            best = Math.Max(best, size);
        }

        return best;
    }

    /// <summary>Unweighted undirected betweenness (Brandes) of the remaining nodes.</summary>
    public static double[] Betweenness(CsrGraph graph, bool[] removed)
    {
        var n = graph.NodeCount;
        var adj = Adjacency(graph);
        var result = new double[n];
        for (var s = 0; s < n; s++)
        {
            if (removed[s])
            {
                continue;
            }

            var stack = new Stack<int>();
            var preds = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
            var sigma = new double[n];
            var dist = Enumerable.Repeat(-1, n).ToArray();
            sigma[s] = 1;
            dist[s] = 0;
            var queue = new Queue<int>();
            queue.Enqueue(s);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                stack.Push(v);
                for (var w = 0; w < n; w++)
                {
                    if (!adj[v, w] || removed[w])
                    {
                        continue;
                    }

                    if (dist[w] < 0)
                    {
                        dist[w] = dist[v] + 1;
                        queue.Enqueue(w);
                    }

                    if (dist[w] == dist[v] + 1)
                    {
                        sigma[w] += sigma[v];
                        preds[w].Add(v);
                    }
                }
            }

            var delta = new double[n];
            while (stack.Count > 0)
            {
                var w = stack.Pop();
                foreach (var v in preds[w])
                {
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }

                if (w != s)
                {
                    result[w] += delta[w];
                }
            }
        }

        return result;
    }
}
