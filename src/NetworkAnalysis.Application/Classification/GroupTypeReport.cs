using System.Globalization;
using NetworkAnalysis.Application.Reports;
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
            var uncertain = options.Uncertain.Contains(classification.Probability);
            rows[g] = new GroupTypeRow(
                groups[g].Id,
                groups[g].Origin,
                classification.Type,
                classification.Probability,
                (int)(indicators[g].Value(IndicatorNames.Members) ?? 0),
                uncertain ? BothSides(classification, options.TopReasons) : [.. classification.SupportingReasons.Take(options.TopReasons).Select(r => r.Text)],
                screening.Trafficking,
                screening.Smuggling,
                classification,
                indicators[g],
                screening)
            {
                Name = groups[g].Name,
                Label = LabelOf(network, groups[g]),
                Uncertain = uncertain,
            };
        }

        return rows;
    }

    // An uncertain group shows what points each way, strongest first on each side.
    private static string[] BothSides(GroupClassification classification, int count) =>
    [
        .. classification.Reasons.Where(r => r.Contribution > 0).Take(count).Select(r => "for transnational: " + r.Text),
        .. classification.Reasons.Where(r => r.Contribution < 0).Take(count).Select(r => "for small enterprise: " + r.Text),
    ];

    /// <summary>
    /// The group-type section of the <c>netan analyze</c> report: one row per group with its type, the
    /// probability it is transnational, members, the top reasons (<c>;</c>-separated), and the
    /// trafficking and smuggling scores with the leaning.
    /// </summary>
    public static ReportSection Section(TransactionNetwork network, GroupTypeReportOptions? options = null, CancellationToken cancellationToken = default) =>
        ToSection(Build(network, options, cancellationToken), (options ?? GroupTypeReportOptions.Default).Model ?? GroupModel.Default);

    /// <summary>The report section for rows already built (see <see cref="Section"/>).</summary>
    public static ReportSection ToSection(IReadOnlyList<GroupTypeRow> rows, GroupModel model)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(model);
        var detected = rows.Any(r => r.Origin == GroupOrigin.Detected);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Each group classified as a small enterprise-type or a large transnational group by the '{model.Name}' model (uncertain when the probability is too close to call, with the reasons on both sides); score = probability of transnational; the deciding reasons first, with the group's value and each type's typical range. ")
            + (detected ? "The dataset declares no groups: these are groups detected in the transactions. " : string.Empty)
            + "Trafficking and smuggling are scores in [0, 1] from exploitation, coercion, fees and whether relations continue after arrival (empty when the data has no people).";
        return new ReportSection(
            "group-types",
            "Group types",
            text,
            ["Group", "Name", "Type", "Score", "Members", "Reasons", "Trafficking", "Smuggling", "Leaning"],
            [.. rows.Select(r => new object?[]
            {
                r.GroupId,
                r.Name,
                r.ReportedType,
                Math.Round(r.Score, 4),
                r.Members,
                string.Join("; ", r.TopReasons),
                r.Trafficking is { } t ? Math.Round(t, 3) : null,
                r.Smuggling is { } s ? Math.Round(s, 3) : null,
                r.Screening.Leaning,
            })]);
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
