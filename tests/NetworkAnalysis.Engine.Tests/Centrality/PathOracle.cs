using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Engine.Tests.Centrality;

/// <summary>
/// A deliberately naive shortest-path oracle for small graphs: Floyd–Warshall distances, path counts by
/// dynamic programming over nodes sorted by distance, and betweenness summed pair by pair from
/// σ(s,v)·σ(v,t)/σ(s,t) (no Brandes accumulation). Exact when lengths are multiples of 1/4.
/// </summary>
internal sealed class PathOracle
{
    private readonly int _n;

    public PathOracle(CsrGraph graph, EdgeLength length, Direction direction = Direction.Out)
    {
        _n = graph.NodeCount;
        Directed = graph.IsDirected;
        var n = _n;
        Edge = new double[n, n];
        Dist = new double[n, n];
        for (var u = 0; u < n; u++)
        {
            for (var v = 0; v < n; v++)
            {
                Edge[u, v] = double.PositiveInfinity;
            }
        }

        for (var e = 0; e < graph.EdgeCount; e++)
        {
            int a = graph.EdgeSource(e), b = graph.EdgeTarget(e);
            if (a == b)
            {
                continue;
            }

            var w = graph.IsWeighted ? graph.EdgeWeight(e) : 1.0;
            var len = length switch
            {
                EdgeLength.Unit => 1.0,
                EdgeLength.Weight => w,
                _ => w == 0 ? double.PositiveInfinity : 1.0 / w,
            };
            var forward = !graph.IsDirected || direction != Direction.In;
            var backward = !graph.IsDirected || direction != Direction.Out;
            if (forward)
            {
                Edge[a, b] = Math.Min(Edge[a, b], len);
            }

            if (backward)
            {
                Edge[b, a] = Math.Min(Edge[b, a], len);
            }
        }

        for (var u = 0; u < n; u++)
        {
            for (var v = 0; v < n; v++)
            {
                Dist[u, v] = u == v ? 0 : Edge[u, v];
            }
        }

        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    if (Dist[i, k] + Dist[k, j] < Dist[i, j])
                    {
                        Dist[i, j] = Dist[i, k] + Dist[k, j];
                    }
                }
            }
        }

        Sigma = new double[n, n];
        for (var s = 0; s < n; s++)
        {
            var order = Enumerable.Range(0, n).Where(t => !double.IsPositiveInfinity(Dist[s, t])).OrderBy(t => Dist[s, t]).ToArray();
            Sigma[s, s] = 1;
            foreach (var t in order)
            {
                if (t == s)
                {
                    continue;
                }

                double count = 0;
                for (var u = 0; u < n; u++)
                {
                    if (u != t && Dist[s, u] + Edge[u, t] == Dist[s, t])
                    {
                        count += Sigma[s, u];
                    }
                }

                Sigma[s, t] = count;
            }
        }
    }

    public bool Directed { get; }

    /// <summary>Minimum length of an edge u→v (∞ when none).</summary>
    public double[,] Edge { get; }

    public double[,] Dist { get; }

    public double[,] Sigma { get; }

    /// <summary>True when v lies on a shortest s–t path (s ≠ t, t reachable).</summary>
    public bool OnPath(int s, int v, int t) =>
        !double.IsPositiveInfinity(Dist[s, t]) && Dist[s, v] + Dist[v, t] == Dist[s, t];

    /// <summary>Σ over ordered pairs (s ∈ sources, t ∈ targets, s ≠ t, v ∉ {s, t}) of σ(s,v)σ(v,t)/σ(s,t).</summary>
    public double[] PairBetweenness(IEnumerable<int>? sources = null, IEnumerable<int>? targets = null, bool endpoints = false)
    {
        var n = _n;
        var result = new double[n];
        var ts = (targets ?? Enumerable.Range(0, n)).ToArray();
        foreach (var s in sources ?? Enumerable.Range(0, n))
        {
            foreach (var t in ts)
            {
                if (s == t || double.IsPositiveInfinity(Dist[s, t]))
                {
                    continue;
                }

                if (endpoints)
                {
                    result[s] += 1;
                    result[t] += 1;
                }

                for (var v = 0; v < n; v++)
                {
                    if (v != s && v != t && OnPath(s, v, t))
                    {
                        result[v] += Sigma[s, v] * Sigma[v, t] / Sigma[s, t];
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Σ over ordered pairs of the share of shortest paths using the node pair (u, x) as an edge.</summary>
    public double[,] PairEdgeBetweenness(IEnumerable<int>? sources = null)
    {
        var n = _n;
        var result = new double[n, n];
        foreach (var s in sources ?? Enumerable.Range(0, n))
        {
            for (var t = 0; t < n; t++)
            {
                if (s == t || double.IsPositiveInfinity(Dist[s, t]))
                {
                    continue;
                }

                for (var u = 0; u < n; u++)
                {
                    for (var x = 0; x < n; x++)
                    {
                        if (u != x && Dist[s, u] + Edge[u, x] + Dist[x, t] == Dist[s, t])
                        {
                            result[u, x] += Sigma[s, u] * Sigma[x, t] / Sigma[s, t];
                        }
                    }
                }
            }
        }

        return result;
    }
}
