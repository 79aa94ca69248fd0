using NetworkAnalysis.Classification;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Classification;

/// <summary>
/// Classifies the groups of one network for a report (<c>netan analyze</c>, <c>netan classify</c>):
/// picks the groups (declared, or detected when none are declared), computes their indicators,
/// applies the model and the trafficking/smuggling screening, and returns one row per group.
/// </summary>
public static class GroupTypeReport
{
    /// <summary>
    /// One <see cref="GroupTypeRow"/> per group of <paramref name="network"/>, in group order (declared
    /// groups in the network's order; detected groups by their smallest agent index).
    /// </summary>
    public static IReadOnlyList<GroupTypeRow> Build(TransactionNetwork network, GroupTypeReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= GroupTypeReportOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.TopReasons);
        var model = options.Model ?? GroupModel.Default;
        var groups = SelectGroups(network, options, cancellationToken);
        var indicators = GroupIndicators.ComputeAll(network, groups, options.MaxDegreeOfParallelism, cancellationToken);
        var rows = new GroupTypeRow[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var classification = model.Classify(indicators[g]);
            var screening = TraffickingSmugglingScores.Compute(indicators[g]);
            rows[g] = new GroupTypeRow(
                groups[g].Id,
                groups[g].Origin,
                classification.Type,
                classification.Probability,
                (int)(indicators[g].Value(IndicatorNames.Members) ?? 0),
                [.. classification.SupportingReasons.Take(options.TopReasons).Select(r => r.Text)],
                screening.Trafficking,
                screening.Smuggling,
                classification,
                indicators[g],
                screening)
            {
                Name = groups[g].Name,
                Label = LabelOf(network, groups[g]),
            };
        }

        return rows;
    }

    /// <summary>The groups <paramref name="options"/> select in <paramref name="network"/>.</summary>
    public static IReadOnlyList<CandidateGroup> SelectGroups(TransactionNetwork network, GroupTypeReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= GroupTypeReportOptions.Default;
        return options.Groups switch
        {
            GroupSelection.Declared => CandidateGroup.Declared(network),
            GroupSelection.Detected => GroupDiscovery.Detect(network, options.Discovery, cancellationToken),
            _ => CandidateGroup.Declared(network) is { Count: > 0 } declared
                ? declared
                : GroupDiscovery.Detect(network, options.Discovery, cancellationToken),
        };
    }

    /// <summary>
    /// The known type of a group, for evaluation: a declared group's type; for a detected group, the
    /// type carried by most of its members' declared groups (null on a tie or when none is labelled).
    /// </summary>
    public static GroupType? LabelOf(TransactionNetwork network, CandidateGroup group)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(group);
        if (group.Origin == GroupOrigin.Declared)
        {
            return network.FindGroup(group.Id)?.Type;
        }

        int small = 0, transnational = 0;
        foreach (var a in group.Members)
        {
            foreach (var id in network.Agents[a].Groups)
            {
                switch (network.FindGroup(id)?.Type)
                {
                    case GroupType.SmallEnterprise:
                        small++;
                        break;
                    case GroupType.Transnational:
                        transnational++;
                        break;
                    default:
                        break;
                }
            }
        }

        return small > transnational ? GroupType.SmallEnterprise
            : transnational > small ? GroupType.Transnational
            : null;
    }
}
