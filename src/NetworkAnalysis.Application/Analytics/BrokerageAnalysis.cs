using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Communities;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine.Brokerage;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>
/// Who brokers between whom: Gould-Fernandez roles for a partition (declared groups, spheres, kinds or a
/// given partition such as detected communities) and Burt's constraint, effective size, efficiency and
/// hierarchy, per agent.
/// </summary>
/// <remarks>
/// Roles are counted over the open two-paths i → j → k (i ≠ k, no tie i → k) of the directed projection,
/// as UCINET and R's <c>sna::brokerage</c> do, with the counts expected by chance
/// (<see cref="GouldFernandez"/>). Burt's measures use ties in either direction
/// (<see cref="StructuralHoles"/>). With the sphere partition, gatekeepers and representatives of the
/// underworld are the agents that connect it to businesses and officials.
/// </remarks>
public static class BrokerageAnalysis
{
    /// <summary>Computes the brokerage table.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Partition, projection and limits.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <exception cref="TimeoutException">The time limit was reached.</exception>
    /// <param name="progress">Receives the progress (optional).</param>
    public static BrokerageReport Analyze(TransactionNetwork network, BrokerageOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= BrokerageOptions.Default;
        if (options.Partition == BrokeragePartition.Custom && options.CustomPartition is null)
        {
            throw new ArgumentException("the custom partition needs CustomPartition", nameof(options));
        }

        return Deadline.Run("brokers", options.TimeLimit, cancellationToken, progress, (ct, _) => Run(network, options, ct));
    }

    private static BrokerageReport Run(TransactionNetwork network, BrokerageOptions options, CancellationToken ct)
    {
        // Isolated agents stay: they count in the group sizes behind the expected values.
        var projected = NetworkProjection.Project(network, options.Projection with { KeepIsolated = true });
        var graph = projected.Graph;
        var n = graph.NodeCount;
        int[]? community = null;
        if (options.Partition == BrokeragePartition.Communities)
        {
            // Same agents, same order (isolated agents kept), so node v is the same agent in both projections.
            var undirected = NetworkProjection.Project(network, options.Projection with { KeepIsolated = true, Directed = false });
            community = CommunityAnalysis.Run(undirected, options.Communities with { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, ct).Membership;
        }

        var labels = new string[n];
        var classOf = new int[n];
        var classIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var v = 0; v < n; v++)
        {
            var agent = projected.AgentAt(v)!;
            var (key, display) = community is null ? Label(agent, options) : ("c" + community[v].ToString(System.Globalization.CultureInfo.InvariantCulture), "c" + community[v].ToString(System.Globalization.CultureInfo.InvariantCulture));
            labels[v] = display;
            if (!classIds.TryGetValue(key, out var c))
            {
                c = classIds.Count;
                classIds.Add(key, c);
            }

            classOf[v] = c;
        }

        var parallelism = options.MaxDegreeOfParallelism ?? -1;
        var roles = GouldFernandez.Compute(graph, classOf, new GouldFernandezOptions { MaxDegreeOfParallelism = parallelism }, ct);
        var holes = StructuralHoles.Compute(graph, new StructuralHolesOptions { Weighted = options.WeightedConstraint, MaxDegreeOfParallelism = parallelism }, ct);
        var order = Enumerable.Range(0, n)
            .OrderByDescending(roles.Total)
            .ThenBy(v => double.IsNaN(holes.Constraint[v]) ? double.PositiveInfinity : holes.Constraint[v])
            .ThenBy(v => v)
            .Take(options.MaxResults);
        var rows = new List<BrokerRow>();
        foreach (var v in order)
        {
            rows.Add(new BrokerRow(
                projected.Ids[v],
                labels[v],
                roles.Count(v, BrokerageRole.Coordinator),
                roles.Count(v, BrokerageRole.Itinerant),
                roles.Count(v, BrokerageRole.Gatekeeper),
                roles.Count(v, BrokerageRole.Representative),
                roles.Count(v, BrokerageRole.Liaison),
                roles.Expected(v, BrokerageRole.Coordinator),
                roles.Expected(v, BrokerageRole.Itinerant),
                roles.Expected(v, BrokerageRole.Gatekeeper),
                roles.Expected(v, BrokerageRole.Representative),
                roles.Expected(v, BrokerageRole.Liaison),
                holes.Constraint[v],
                holes.EffectiveSize[v],
                holes.Efficiency[v],
                holes.Hierarchy[v]));
        }

        var partition = options.Partition.ToString().ToLowerInvariant();
        return new BrokerageReport(partition, classIds.Count, roles.Density, rows, n > rows.Count);
    }

    /// <summary>The class key (unlabelled agents get a key of their own that no label can equal) and the label shown.</summary>
    private static (string Key, string Display) Label(Agent agent, BrokerageOptions options)
    {
        string? label = options.Partition switch
        {
            BrokeragePartition.Spheres => DomainWords.Format(agent.Sphere),
            BrokeragePartition.Kinds => DomainWords.Format(agent.Kind),
            BrokeragePartition.Custom => options.CustomPartition!.TryGetValue(agent.Id, out var custom) ? custom : null,
            _ => agent.Groups.IsEmpty ? null : agent.Groups[0],
        };
        return label is null ? ("\u0000" + agent.Id, "-") : ("\u0001" + label, label);
    }
}
