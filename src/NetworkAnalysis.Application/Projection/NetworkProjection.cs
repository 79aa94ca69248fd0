using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Projection;

/// <summary>
/// Turns a <see cref="TransactionNetwork"/> (a typed, timestamped multigraph) into an engine
/// <see cref="Engine.CsrGraph"/>: filters agents by kind, sphere and group and transactions by kind and
/// time, adds the ties of the kinds asked for (none by default), then aggregates the parallel links of
/// each pair into one weighted edge.
/// </summary>
/// <remarks>
/// O(agents + transactions + ties) time and memory, no string hashing (the network already holds the
/// endpoint index of every transaction and tie). Nodes keep the agents' order; edges are numbered in order
/// of their first kept transaction, then of the kept ties; weights are summed in that order, so the result
/// is deterministic. The
/// filtering is <see cref="ProjectionBuilder"/>'s, shared with the case stores' projections.
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
        var builder = new ProjectionBuilder(options, agents.Count, transactions.Count);
        var ids = new string[agents.Count];
        for (var a = 0; a < agents.Count; a++)
        {
            var agent = agents[a];
            ids[a] = agent.Id;
            builder.SetAgent(a, agent.Kind, agent.Sphere, agent.Groups);
        }

        for (var t = 0; t < transactions.Count; t++)
        {
            var tx = transactions[t];
            builder.AddTransaction(sources[t], targets[t], tx.Kind, tx.Time?.UtcTicks, (double?)tx.Amount, tx.Weight);
        }

        if (builder.NeedsTies)
        {
            var ties = network.Ties;
            var tieSources = network.TieSources;
            var tieTargets = network.TieTargets;
            for (var t = 0; t < ties.Count; t++)
            {
                var tie = ties[t];
                builder.AddTie(tieSources[t], tieTargets[t], tie.Kind, tie.Start?.UtcTicks, tie.End?.UtcTicks);
            }
        }

        return builder.Build(ids, network, null);
    }
}
