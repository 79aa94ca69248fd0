namespace NetworkAnalysis.Engine.Brokerage;

/// <summary>
/// Gould-Fernandez brokerage roles of every node for a given partition of the nodes into groups.
/// </summary>
/// <remarks>
/// <para><b>What.</b> Node <c>j</c> brokers an open two-path <c>i → j → k</c> when <c>i</c>, <c>j</c>,
/// <c>k</c> are distinct, <c>i → j</c> and <c>j → k</c> are ties and <c>i → k</c> is not. Each such
/// ordered triple counts once, in the <see cref="BrokerageRole"/> given by the groups of <c>i</c>,
/// <c>j</c> and <c>k</c>. This is UCINET's unweighted count and R <c>sna::brokerage</c>'s <c>raw.nli</c>;
/// the expected values and standard deviations are <c>sna</c>'s <c>exp.nli</c> and <c>sd.nli</c>, which
/// assume ties placed independently with the observed density <c>d = m / (n (n − 1))</c>.
/// Citation: R. V. Gould and R. M. Fernandez (1989), "Structures of mediation: a formal approach to
/// brokerage in transaction networks", Sociological Methodology 19: 89–126.</para>
/// <para><b>Edges.</b> Direction matters on a directed graph; an undirected tie is a tie both ways, so
/// every open two-path is counted in both orders (as <c>sna</c> does with a symmetric matrix). Weights
/// are ignored, parallel edges count once, self-loops are ignored. Isolated nodes broker nothing but
/// count in the group sizes.</para>
/// <para><b>Cost.</b> O(Σ_j in(j)·out(j)·log d) time, O(n) extra memory. Parallel over brokers; the
/// counts are integers, so the result is identical at any thread count.</para>
/// </remarks>
public static class GouldFernandez
{
    /// <summary>Counts the brokerage roles of every node.</summary>
    /// <param name="graph">The graph (directed, or undirected meaning ties both ways).</param>
    /// <param name="groups">The group of every node: any non-negative integers, one per node.</param>
    /// <param name="options">Parallelism.</param>
    /// <param name="cancellationToken">Checked once per broker.</param>
    public static BrokerageRoles Compute(
        CsrGraph graph,
        ReadOnlySpan<int> groups,
        GouldFernandezOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= GouldFernandezOptions.Default;
        var n = graph.NodeCount;
        if (groups.Length != n)
        {
            throw new ArgumentException($"groups has {groups.Length} entries for {n} nodes", nameof(groups));
        }

        var (classOf, classSizes) = Compact(groups);
        var counts = new long[n * BrokerageRoles.RoleCount];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        if (n < 2048 || options.MaxDegreeOfParallelism == 1)
        {
            for (var j = 0; j < n; j++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                CountBroker(graph, classOf, counts, j);
            }
        }
        else
        {
            Parallel.For(0, n, parallel, j => CountBroker(graph, classOf, counts, j));
        }

        var orderedTies = CountOrderedTies(graph);
        var density = n > 1 ? orderedTies / ((double)n * (n - 1)) : 0.0;
        var (expected, sd) = Moments(classSizes, n, density);
        return new BrokerageRoles(n, counts, classOf, expected, sd, density, orderedTies);
    }

    private static void CountBroker(CsrGraph graph, int[] classOf, long[] counts, int j)
    {
        var ins = graph.InNeighbors(j);
        var outs = graph.Neighbors(j);
        var cj = classOf[j];
        long coordinator = 0, itinerant = 0, representative = 0, gatekeeper = 0, liaison = 0;
        for (var a = 0; a < ins.Length; a++)
        {
            var i = ins[a];
            if (i == j || (a > 0 && ins[a - 1] == i))
            {
                continue;
            }

            var ci = classOf[i];
            var iOut = graph.Neighbors(i);
            for (var b = 0; b < outs.Length; b++)
            {
                var k = outs[b];
                if (k == j || k == i || (b > 0 && outs[b - 1] == k) || iOut.BinarySearch(k) >= 0)
                {
                    continue;
                }

                var ck = classOf[k];
                if (ci == cj)
                {
                    if (cj == ck)
                    {
                        coordinator++;
                    }
                    else
                    {
                        representative++;
                    }
                }
                else if (cj == ck)
                {
                    gatekeeper++;
                }
                else if (ci == ck)
                {
                    itinerant++;
                }
                else
                {
                    liaison++;
                }
            }
        }

        var at = j * BrokerageRoles.RoleCount;
        counts[at + (int)BrokerageRole.Coordinator] = coordinator;
        counts[at + (int)BrokerageRole.Itinerant] = itinerant;
        counts[at + (int)BrokerageRole.Representative] = representative;
        counts[at + (int)BrokerageRole.Gatekeeper] = gatekeeper;
        counts[at + (int)BrokerageRole.Liaison] = liaison;
    }

    private static int CountOrderedTies(CsrGraph graph)
    {
        var m = 0;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var nb = graph.Neighbors(v);
            for (var a = 0; a < nb.Length; a++)
            {
                if (nb[a] != v && (a == 0 || nb[a - 1] != nb[a]))
                {
                    m++;
                }
            }
        }

        return m;
    }

    private static (int[] ClassOf, long[] Sizes) Compact(ReadOnlySpan<int> groups)
    {
        var map = new Dictionary<int, int>();
        var classOf = new int[groups.Length];
        var sizes = new List<long>();
        for (var v = 0; v < groups.Length; v++)
        {
            var g = groups[v];
            if (g < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(groups), g, "group labels must be non-negative");
            }

            if (!map.TryGetValue(g, out var c))
            {
                c = sizes.Count;
                map.Add(g, c);
                sizes.Add(0);
            }

            classOf[v] = c;
            sizes[c]++;
        }

        return (classOf, sizes.ToArray());
    }

    // The per-class moments of sna::brokerage (exp.grp, sd.grp): columns are the five roles then the total.
    private static (double[] Expected, double[] Sd) Moments(long[] sizes, int nodeCount, double d)
    {
        const int Columns = BrokerageRoles.RoleCount + 1;
        var classes = sizes.Length;
        var expected = new double[classes * Columns];
        var sd = new double[classes * Columns];
        double big = nodeCount;
        double s1 = 0, s2 = 0, s3 = 0, pairs = 0, triples = 0;
        foreach (var size in sizes)
        {
            double x = size;
            s1 += x;
            s2 += x * x;
            s3 += x * x * x;
            pairs += x * (x - 1);
            triples += x * (x - 1) * (x - 2);
        }

        var p = d * d * (1 - d);
        var q = 1 - p;
        var c3 = d * d * d * (1 - d) * (1 - d) * (1 - d);
        for (var c = 0; c < classes; c++)
        {
            double ni = sizes[c];
            var otherS1 = s1 - ni;
            var otherS2 = s2 - (ni * ni);
            var otherS3 = s3 - (ni * ni * ni);
            var otherPairs = pairs - (ni * (ni - 1));
            var otherTriples = triples - (ni * (ni - 1) * (ni - 2));
            var outside = big - ni;
            var e = new double[Columns];
            var v = new double[Columns];
            e[(int)BrokerageRole.Coordinator] = p * (ni - 1) * (ni - 2);
            v[(int)BrokerageRole.Coordinator] = (e[0] * q) + (2 * (ni - 1) * (ni - 2) * (ni - 3) * c3);
            e[(int)BrokerageRole.Itinerant] = p * otherPairs;
            v[(int)BrokerageRole.Itinerant] = (e[1] * q) + (2 * otherTriples * c3);
            var rep = p * outside * (ni - 1);
            var repVar = (rep * q) + (2 * (((ni - 1) * Choose2(outside)) + (outside * Choose2(ni - 1))) * c3);
            e[(int)BrokerageRole.Representative] = rep;
            v[(int)BrokerageRole.Representative] = repVar;
            e[(int)BrokerageRole.Gatekeeper] = rep;
            v[(int)BrokerageRole.Gatekeeper] = repVar;
            e[(int)BrokerageRole.Liaison] = p * ((otherS1 * otherS1) - otherS2);

            // Σ_{other classes} n_c · C(N − n_c − n_i, 2), expanded into power sums so it costs O(1) per class.
            var a = outside;
            var liaisonPairs = 0.5 * ((((a * a) - a) * otherS1) + ((1 - (2 * a)) * otherS2) + otherS3);
            v[(int)BrokerageRole.Liaison] = (e[(int)BrokerageRole.Liaison] * q) + (4 * liaisonPairs * c3);
            e[BrokerageRoles.RoleCount] = p * (big - 1) * (big - 2);
            v[BrokerageRoles.RoleCount] = (e[BrokerageRoles.RoleCount] * q) + (2 * (big - 1) * (big - 2) * (big - 3) * c3);
            for (var r = 0; r < Columns; r++)
            {
                // An expected count cannot be negative: a class of one gives p·0·(−1) = −0, printed "-0".
                expected[(c * Columns) + r] = Math.Max(0.0, e[r]);
                sd[(c * Columns) + r] = Math.Sqrt(Math.Max(0, v[r]));
            }
        }

        return (expected, sd);
    }

    private static double Choose2(double x) => x < 2 ? 0 : x * (x - 1) / 2;
}
