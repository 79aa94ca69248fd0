using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>
/// The core of every group: its members in the innermost k-core of the ties among members (Seidman 1983),
/// i.e. the most densely interconnected members. A group without internal ties has all members as core.
/// </summary>
internal static class GroupCores
{
    /// <param name="network">The network.</param>
    /// <param name="graph">An undirected graph whose node i is agent i.</param>
    /// <returns>Per group (network order), the agent indexes of its core, ascending.</returns>
    public static int[][] Compute(TransactionNetwork network, CsrGraph graph)
    {
        var inGroup = new int[network.AgentCount];
        Array.Fill(inGroup, -1);
        var cores = new int[network.GroupCount][];
        for (var g = 0; g < network.GroupCount; g++)
        {
            var members = network.GroupMembers(network.Groups[g].Id);
            foreach (var m in members)
            {
                inGroup[m] = g;
            }

            // Degrees inside the group, then peel the lowest-degree member until the rest all have degree ≥ k.
            var degree = new Dictionary<int, int>();
            foreach (var m in members)
            {
                var d = 0;
                var last = -1;
                foreach (var w in graph.Neighbors(m))
                {
                    if (w != m && w != last && inGroup[w] == g)
                    {
                        d++;
                    }

                    last = w;
                }

                degree[m] = d;
            }

            var core = new Dictionary<int, int>();
            var alive = new HashSet<int>(members);
            var k = 0;
            while (alive.Count > 0)
            {
                var v = alive.OrderBy(x => degree[x]).ThenBy(x => x).First();
                k = Math.Max(k, degree[v]);
                core[v] = k;
                alive.Remove(v);
                var last = -1;
                foreach (var w in graph.Neighbors(v))
                {
                    if (w != last && alive.Contains(w))
                    {
                        degree[w]--;
                    }

                    last = w;
                }
            }

            var max = core.Count == 0 ? 0 : core.Values.Max();
            cores[g] = [.. members.Where(m => core[m] == max).Order()];
            foreach (var m in members)
            {
                inGroup[m] = -1;
            }
        }

        return cores;
    }
}
