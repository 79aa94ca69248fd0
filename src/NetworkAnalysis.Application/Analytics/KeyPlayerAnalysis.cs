using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine.KeyPlayers;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>
/// Key players (Borgatti 2006): the k agents whose removal fragments the network most (KPP-Neg, the targets
/// for disruption), and the k agents that reach most others within d steps (KPP-Pos, the agents to watch or
/// turn).
/// </summary>
/// <remarks>
/// KPP-Neg uses <see cref="KeyPlayerFragmentation"/> (beam greedy, swap local search, seeded restarts);
/// KPP-Pos uses <see cref="KeyPlayerReach"/> (lazy greedy). Both run on the projection of the transactions
/// (<see cref="KeyPlayerOptions.Projection"/>), fragmentation ignoring direction.
/// </remarks>
public static class KeyPlayerAnalysis
{
    /// <summary>KPP-Neg: the agents whose removal fragments the network most.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">k, objective, seed, limits.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <exception cref="TimeoutException">The time limit was reached.</exception>
    /// <param name="progress">Receives the progress (optional).</param>
    public static KeyPlayerReport FindFragmenting(TransactionNetwork network, KeyPlayerOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= KeyPlayerOptions.Default;
        return Deadline.Run("keyplayers", options.TimeLimit, cancellationToken, progress, (ct, range) =>
        {
            var projected = NetworkProjection.Project(network, options.Projection);
            var k = Math.Min(options.Count, options.MaxResults);
            var set = KeyPlayerFragmentation.Find(projected.Graph, k, new KeyPlayerFragmentationOptions
            {
                Measure = options.Fragmentation,
                Seed = options.Seed,
                Restarts = options.Restarts,
                BeamWidth = options.BeamWidth,
            }, ct, range.Stage("keyplayers"));
            var objective = options.Fragmentation == FragmentationMeasure.Components ? "fragmentation" : "distance_fragmentation";
            return Report(projected, set, objective);
        });
    }

    /// <summary>KPP-Pos: the agents that together reach most others within <see cref="KeyPlayerOptions.MaxHops"/> steps.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">k, objective, distance, direction, limits.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <exception cref="TimeoutException">The time limit was reached.</exception>
    /// <param name="progress">Receives the progress (optional).</param>
    public static KeyPlayerReport FindReaching(TransactionNetwork network, KeyPlayerOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= KeyPlayerOptions.Default;
        return Deadline.Run("keyplayers", options.TimeLimit, cancellationToken, progress, (ct, range) =>
        {
            var projected = NetworkProjection.Project(network, options.Projection);
            var k = Math.Min(options.Count, options.MaxResults);
            var set = KeyPlayerReach.Find(projected.Graph, k, new KeyPlayerReachOptions
            {
                Measure = options.Reach,
                MaxDistance = options.MaxHops,
                Direction = options.Direction,
            }, ct, range.Stage("keyplayers"));
            var objective = options.Reach == ReachMeasure.Reach ? "reach" : "distance_reach";
            return Report(projected, set, objective);
        });
    }

    private static KeyPlayerReport Report(ProjectedGraph projected, KeyPlayerSet set, string objective)
    {
        var rows = new List<KeyPlayerRow>();
        for (var i = 0; i < set.Nodes.Length; i++)
        {
            var agent = projected.AgentAt(set.Nodes[i])!;
            rows.Add(new KeyPlayerRow(i + 1, agent.Id, agent.Kind, set.ScoreAfter[i]));
        }

        return new KeyPlayerReport(objective, set.InitialScore, rows);
    }
}
