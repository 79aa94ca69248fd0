using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine.KeyPlayers;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>
/// What-if disruption: removes agents step by step by a strategy and reports after each step the largest
/// connected part, the fragmentation, the network efficiency and the functions still covered; optionally
/// the network recovers after each removal (Duijn, Kashirin and Sloot 2014).
/// </summary>
/// <remarks>
/// Functions are the agents' declared functions, or those inferred from transactions
/// (<see cref="FunctionAnalysis"/>). Recovery: the removed agent's remaining contact sharing most functions
/// with it takes over all its ties; without such a contact nothing recovers. See <see cref="Disruption"/>.
/// </remarks>
public static class DisruptionAnalysis
{
    /// <summary>Runs the simulation.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Strategy, steps, recovery, limits.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <exception cref="TimeoutException">The time limit was reached.</exception>
    /// <param name="progress">Receives the progress (optional).</param>
    public static DisruptionReport Simulate(TransactionNetwork network, DisruptionAnalysisOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= DisruptionAnalysisOptions.Default;
        return Deadline.Run("disrupt", options.TimeLimit, cancellationToken, progress, (ct, range) =>
        {
            var projected = NetworkProjection.Project(network, options.Projection);
            var (effective, _, _) = FunctionAnalysis.Infer(network, options.Functions, ct);
            var n = projected.Graph.NodeCount;
            var skills = new uint[n];
            for (var v = 0; v < n; v++)
            {
                skills[v] = effective[projected.AgentIndexes![v]].Mask;
            }

            var strategy = options.Strategy switch
            {
                DisruptionTarget.KeyPlayer => DisruptionStrategy.KeyPlayer,
                DisruptionTarget.Betweenness => DisruptionStrategy.Betweenness,
                DisruptionTarget.Function => DisruptionStrategy.Skill,
                _ => DisruptionStrategy.Degree,
            };
            var steps = Disruption.Simulate(projected.Graph, skills, new DisruptionOptions
            {
                Strategy = strategy,
                RemoveFirst = NodesOf(options.Remove, projected.Ids),
                Steps = Math.Min(options.Steps, options.MaxResults),
                Recovery = options.Recovery,
                ComputeEfficiency = options.ComputeEfficiency,
                EfficiencySamples = options.EfficiencySamples,
                EfficiencySeed = options.EfficiencySeed,
            }, ct, range.Stage("disrupt", 0.1, 1));
            var initial = FunctionSet.FromMask(steps[0].SkillsCovered);
            var rows = steps.Select(s => new DisruptionRow(
                s.Step,
                s.Removed >= 0 ? projected.Ids[s.Removed] : null,
                s.Replacement >= 0 ? projected.Ids[s.Replacement] : null,
                s.TiesAdded,
                s.RemainingNodes,
                s.LargestComponent,
                n == 0 ? 0 : s.LargestComponent / (double)n,
                s.Fragmentation,
                s.Efficiency,
                FunctionSet.FromMask(s.SkillsCovered),
                initial.Except(FunctionSet.FromMask(s.SkillsCovered)))).ToList();
            return new DisruptionReport(Word(options.Strategy), options.Recovery, n, rows);
        });
    }

    /// <summary>
    /// The projected nodes of the named agents, in the given order; absent or repeated agents are an error that names
    /// the position, not the id (the id may be a protected agent's, resolved from a pseudonym).
    /// </summary>
    private static int[]? NodesOf(IReadOnlyList<string>? agents, IReadOnlyList<string> ids)
    {
        if (agents is null || agents.Count == 0)
        {
            return null;
        }

        var index = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var v = 0; v < ids.Count; v++)
        {
            index[ids[v]] = v;
        }

        var nodes = new int[agents.Count];
        var seen = new HashSet<int>();
        for (var i = 0; i < nodes.Length; i++)
        {
            if (!index.TryGetValue(agents[i], out nodes[i]))
            {
                throw new AnalysisException($"agent {i + 1} of those to remove is not in the projected network (isolated or filtered out)");
            }

            if (!seen.Add(nodes[i]))
            {
                throw new AnalysisException($"agent {i + 1} of those to remove is named twice");
            }
        }

        return nodes;
    }

    private static string Word(DisruptionTarget target) => target switch
    {
        DisruptionTarget.KeyPlayer => "key_player",
        DisruptionTarget.Betweenness => "betweenness",
        DisruptionTarget.Function => "function",
        _ => "degree",
    };
}
