using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;

namespace NetworkAnalysis.Application.Projection;

/// <summary>
/// Turns a <see cref="TransactionNetwork"/> (a typed, timestamped multigraph) into an engine
/// <see cref="CsrGraph"/>: filters agents by kind and sphere and transactions by kind and time, adds the
/// ties of the kinds asked for (none by default), then aggregates the parallel links of each pair into
/// one weighted edge.
/// </summary>
/// <remarks>
/// O(agents + transactions + ties) time and memory, no string hashing (the network already holds the endpoint
/// index of every transaction). Nodes keep the agents' order; edges are numbered in order of their first
/// kept transaction, then of the kept ties; weights are summed in that order, so the result is deterministic.
/// </remarks>
public static class NetworkProjection
{
    /// <summary>Projects <paramref name="network"/> with <paramref name="options"/> (default: everything, directed, counted).</summary>
    public static ProjectedGraph Project(TransactionNetwork network, ProjectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= ProjectionOptions.Default;
        var agents = network.Agents;
        var transactions = network.Transactions;
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;

        var keepAgent = new bool[agents.Count];
        for (var a = 0; a < agents.Count; a++)
        {
            var agent = agents[a];
            keepAgent[a] = (options.AgentKinds is null || options.AgentKinds.Contains(agent.Kind))
                && (options.Spheres is null || options.Spheres.Contains(agent.Sphere));
        }

        var keepKind = new bool[Enum.GetValues<TransactionKind>().Length];
        for (var k = 0; k < keepKind.Length; k++)
        {
            keepKind[k] = options.TransactionKinds is null || options.TransactionKinds.Contains((TransactionKind)k);
        }

        var windowed = options.From is not null || options.To is not null;
        var keepTransaction = new bool[transactions.Count];
        var touched = new bool[agents.Count];
        for (var t = 0; t < transactions.Count; t++)
        {
            var tx = transactions[t];
            int s = sources[t], d = targets[t];
            if (!keepAgent[s] || !keepAgent[d] || !keepKind[(int)tx.Kind])
            {
                continue;
            }

            if (!options.KeepSelfLoops && s == d)
            {
                continue;
            }

            if (windowed)
            {
                if (tx.Time is not { } time)
                {
                    if (!options.KeepUntimed)
                    {
                        continue;
                    }
                }
                else if ((options.From is { } from && time < from) || (options.To is { } to && time >= to))
                {
                    continue;
                }
            }

            if (options.Aggregation == EdgeAggregation.Amount && tx.Amount is null)
            {
                continue;
            }

            keepTransaction[t] = true;
            touched[s] = true;
            touched[d] = true;
        }

        var keepTie = KeptTies(network, options, keepAgent, touched);
        var nodeOf = new int[agents.Count];
        var agentIndexes = new List<int>(agents.Count);
        var ids = new List<string>(agents.Count);
        for (var a = 0; a < agents.Count; a++)
        {
            if (keepAgent[a] && (options.KeepIsolated || touched[a]))
            {
                nodeOf[a] = agentIndexes.Count;
                agentIndexes.Add(a);
                ids.Add(agents[a].Id);
            }
            else
            {
                nodeOf[a] = -1;
            }
        }

        // Counts are meaningful weights too, so the graph is always weighted; algorithms use weights only when asked.
        var builder = new CsrGraphBuilder(agentIndexes.Count, options.Directed, weighted: true, edgeCapacity: Math.Max(16, transactions.Count + (keepTie?.Length ?? 0)));
        for (var t = 0; t < transactions.Count; t++)
        {
            if (!keepTransaction[t])
            {
                continue;
            }

            var tx = transactions[t];
            var w = options.Aggregation switch
            {
                EdgeAggregation.Amount => (double)tx.Amount!.Value,
                EdgeAggregation.Weight => tx.Weight,
                _ => 1.0,
            };
            builder.AddEdge(nodeOf[sources[t]], nodeOf[targets[t]], w);
        }

        if (keepTie is not null)
        {
            AddTies(network, keepTie, nodeOf, options.Directed, builder);
        }

        return new ProjectedGraph(builder.Build(ParallelEdges.Sum), ids, network, agentIndexes.ToArray());
    }

    // Null when no tie is kept, so the default projection does no work for ties.
    private static bool[]? KeptTies(TransactionNetwork network, ProjectionOptions options, bool[] keepAgent, bool[] touched)
    {
        if (options.TieKinds is not { Count: > 0 } kinds || network.TieCount == 0 || options.Aggregation == EdgeAggregation.Amount)
        {
            return null;
        }

        var keepKind = new bool[Enum.GetValues<TieKind>().Length];
        for (var k = 0; k < keepKind.Length; k++)
        {
            keepKind[k] = kinds.Contains((TieKind)k);
        }

        var ties = network.Ties;
        var sources = network.TieSources;
        var targets = network.TieTargets;
        var keep = new bool[ties.Count];
        for (var t = 0; t < ties.Count; t++)
        {
            var tie = ties[t];
            int s = sources[t], d = targets[t];
            if (!keepAgent[s] || !keepAgent[d] || !keepKind[(int)tie.Kind] || (!options.KeepSelfLoops && s == d) || !InWindow(tie, options))
            {
                continue;
            }

            keep[t] = true;
            touched[s] = true;
            touched[d] = true;
        }

        return keep;
    }

    private static bool InWindow(Tie tie, ProjectionOptions options)
    {
        if (options.From is null && options.To is null)
        {
            return true;
        }

        if (tie.Start is null && tie.End is null)
        {
            return options.KeepUntimed;
        }

        return !(options.To is { } to && tie.Start is { } start && start >= to)
            && !(options.From is { } from && tie.End is { } end && end < from);
    }

    private static void AddTies(TransactionNetwork network, bool[] keep, int[] nodeOf, bool directed, CsrGraphBuilder builder)
    {
        var sources = network.TieSources;
        var targets = network.TieTargets;
        for (var t = 0; t < keep.Length; t++)
        {
            if (!keep[t])
            {
                continue;
            }

            int s = nodeOf[sources[t]], d = nodeOf[targets[t]];
            builder.AddEdge(s, d, 1.0);
            if (directed && s != d && network.Ties[t].IsMutual)
            {
                builder.AddEdge(d, s, 1.0);
            }
        }
    }
}
