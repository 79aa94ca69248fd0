using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>
/// The ego network of an agent: everyone within k transaction hops, filtered by agent kind and sphere,
/// transaction kind and time window, with the ties among them.
/// </summary>
/// <remarks>
/// The search never passes through an agent the filters exclude. Use the <see cref="ProjectedGraph"/>
/// overload to answer many queries on one projection (the cost is then that of the neighbourhood, not the
/// dataset); see <see cref="EgoNetwork"/>.
/// </remarks>
public static class EgoNetworkAnalysis
{
    /// <summary>Extracts the ego network of <paramref name="agentId"/>, projecting the transactions the filters keep.</summary>
    /// <param name="network">The network.</param>
    /// <param name="agentId">The centre.</param>
    /// <param name="options">Hops, filters and limits.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="KeyNotFoundException">No such agent.</exception>
    /// <exception cref="TimeoutException">The time limit was reached.</exception>
    public static EgoNetworkReport Extract(TransactionNetwork network, string agentId, EgoQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(agentId);
        options ??= EgoQueryOptions.Default;
        network.GetAgent(agentId);
        return Deadline.Run("ego", options.TimeLimit, cancellationToken, ct =>
        {
            var projected = ProjectionCache.Project(network, new ProjectionOptions
            {
                TransactionKinds = options.TransactionKinds,
                From = options.From,
                To = options.To,
            });
            return Run(projected, agentId, options, ct);
        });
    }

    /// <summary>Extracts the ego network from an existing projection (its own transaction filters apply).</summary>
    /// <param name="projected">A projection of a transaction network.</param>
    /// <param name="agentId">The centre.</param>
    /// <param name="options">Hops, agent filters and limits; transaction filters must be null here.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="KeyNotFoundException">The agent is not in the projection.</exception>
    /// <exception cref="TimeoutException">The time limit was reached.</exception>
    public static EgoNetworkReport Extract(ProjectedGraph projected, string agentId, EgoQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projected);
        ArgumentNullException.ThrowIfNull(agentId);
        options ??= EgoQueryOptions.Default;
        if (options.TransactionKinds is not null || options.From is not null || options.To is not null)
        {
            throw new ArgumentException("transaction filters need a new projection: use the TransactionNetwork overload", nameof(options));
        }

        return Deadline.Run("ego", options.TimeLimit, cancellationToken, ct => Run(projected, agentId, options, ct));
    }

    private static EgoNetworkReport Run(ProjectedGraph projected, string agentId, EgoQueryOptions options, CancellationToken ct)
    {
        var center = projected.IndexOf(agentId);
        if (center < 0)
        {
            throw new KeyNotFoundException($"no agent '{agentId}' in the projected network");
        }

        var graph = projected.Graph;
        bool[]? allowed = null;
        if (options.AgentKinds is not null || options.Spheres is not null)
        {
            allowed = new bool[graph.NodeCount];
            for (var v = 0; v < allowed.Length; v++)
            {
                var agent = projected.AgentAt(v);
                allowed[v] = agent is null
                    || ((options.AgentKinds is null || options.AgentKinds.Contains(agent.Kind)) && (options.Spheres is null || options.Spheres.Contains(agent.Sphere)));
            }
        }

        var ego = EgoNetwork.Extract(
            graph,
            center,
            new EgoNetworkOptions { MaxHops = options.MaxHops, Direction = options.Direction, MaxNodes = options.MaxResults },
            allowed,
            ct);
        var members = new List<EgoMember>(ego.Nodes.Length);
        var isMember = new bool[graph.NodeCount];
        foreach (var v in ego.Nodes)
        {
            isMember[v] = true;
        }

        for (var i = 0; i < ego.Nodes.Length; i++)
        {
            var v = ego.Nodes[i];
            var agent = projected.AgentAt(v);
            members.Add(new EgoMember(projected.Ids[v], agent?.Kind ?? AgentKind.Person, agent?.Sphere ?? Sphere.None, ego.Distances[i]));
        }

        var ties = new List<EgoTie>();
        var truncated = ego.Truncated;
        foreach (var v in ego.Nodes)
        {
            var neighbours = graph.Neighbors(v);
            var weights = graph.Weights(v);
            for (var i = 0; i < neighbours.Length; i++)
            {
                var w = neighbours[i];

                // On an undirected projection each tie appears from both ends: keep it once.
                if (!isMember[w] || (!graph.IsDirected && w < v))
                {
                    continue;
                }

                if (ties.Count >= options.MaxTies)
                {
                    truncated = true;
                    break;
                }

                ties.Add(new EgoTie(projected.Ids[v], projected.Ids[w], weights[i]));
            }
        }

        return new EgoNetworkReport(agentId, members, ties, truncated);
    }
}
