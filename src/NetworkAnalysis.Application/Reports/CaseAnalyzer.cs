using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.Components;

namespace NetworkAnalysis.Application.Reports;

/// <summary>
/// Builds the <see cref="CaseReport"/> of a dataset: the summary, the most connected agents and the
/// connected components, then the sections of the further analyses. Identity protection is applied
/// here, so every name in the report is already safe to share.
/// </summary>
public static class CaseAnalyzer
{
    /// <summary>Analyses <paramref name="network"/>.</summary>
    /// <param name="network">The case.</param>
    /// <param name="dataset">A label for the report (usually the folder name).</param>
    /// <param name="protection">How sensitive agents are shown.</param>
    /// <param name="options">Choices; defaults when null.</param>
    /// <param name="cancellationToken">Cancels between analyses.</param>
    /// <param name="progress">Receives the progress: one stage per section (optional).</param>
    public static CaseReport Analyze(
        TransactionNetwork network,
        string dataset,
        IdentityProtection protection,
        CaseAnalysisOptions? options = null,
        CancellationToken cancellationToken = default,
        IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(protection);
        options ??= new CaseAnalysisOptions();
        var range = ProgressRange.Of(progress);
        range.Report("summary", 0);
        var summary = DatasetSummaries.Summarise(network);
        cancellationToken.ThrowIfCancellationRequested();

        var projected = NetworkProjection.Project(network, options.Projection);
        var graph = projected.Graph;
        var counterparts = DistinctCounterparts(graph);
        var mostConnected = Rank(projected, counterparts, options.Top, protection);
        var components = SummariseComponents(graph);
        var sections = new List<ReportSection>();
        sections.AddRange(GraphSections.Centrality(projected, protection, options, cancellationToken, range.Part(0.02, 0.5)));
        var communitiesClock = System.Diagnostics.Stopwatch.StartNew();
        var communities = GraphSections.FindCommunities(projected, options, cancellationToken, range.Part(0.5, 0.6));
        sections.Add(GraphSections.Communities(network, projected, communities, protection, options) with { Seconds = communitiesClock.Elapsed.TotalSeconds });
        sections.AddRange(AnalyticsReport.Sections(network, protection, new AnalyticsReportOptions { Top = options.Top, Seed = options.Seed, EfficiencyAgentLimit = options.Exact ? int.MaxValue : AnalyticsReportOptions.Default.EfficiencyAgentLimit }, cancellationToken, range.Part(0.6, 0.95)));
        range.Report("group-types", 0.95);
        sections.Add(Timed(() => GroupTypeReport.Section(network, new GroupTypeReportOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount }, cancellationToken)));
        range.Report("group-types", 1);
        return new CaseReport(dataset, protection.Reveal, summary, mostConnected, components)
        {
            Sections = sections,
            Graph = GraphColumns.Of(projected, protection)
                .WithCategory("community", CommunityCategory(communities))
                .WithMeasure("counterparts", counterparts),
        };
    }

    /// <summary>Builds a section and records how long it took.</summary>
    internal static ReportSection Timed(Func<ReportSection> build)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var section = build();
        return section with { Seconds = clock.Elapsed.TotalSeconds };
    }

    /// <summary>Ranks nodes by <paramref name="values"/> (highest first, ties by input order) and shows the top ones.</summary>
    public static IReadOnlyList<RankedAgent> Rank(ProjectedGraph projected, IReadOnlyList<double> values, int top, IdentityProtection protection)
    {
        ArgumentNullException.ThrowIfNull(projected);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(protection);
        var order = new int[values.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Stable: equal values keep input order, so the ranking is deterministic.
        var sorted = order.OrderByDescending(i => values[i]).ThenBy(i => i).Take(top);
        var result = new List<RankedAgent>();
        foreach (var node in sorted)
        {
            var agent = projected.AgentAt(node);
            result.Add(agent is null
                ? new RankedAgent(projected.Ids[node], projected.Ids[node], "node", values[node])
                : new RankedAgent(protection.DisplayId(agent), protection.DisplayName(agent), DomainWords.Format(agent.Kind), values[node]));
        }

        return result;
    }

    /// <summary>Communities as a node category: value <c>i</c> is community <c>i</c> as numbered in the communities section.</summary>
    private static NodeCategory CommunityCategory(Communities.CommunityOutcome communities)
    {
        var values = new string[communities.CommunityCount];
        for (var c = 0; c < values.Length; c++)
        {
            values[c] = c.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new NodeCategory(values, communities.Membership);
    }

    /// <summary>Number of distinct other agents each node has a transaction with, in either direction.</summary>
    private static double[] DistinctCounterparts(CsrGraph graph)
    {
        var result = new double[graph.NodeCount];
        var mark = new int[graph.NodeCount];
        Array.Fill(mark, -1);
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var count = 0;
            foreach (var u in graph.Neighbors(v))
            {
                if (u != v && mark[u] != v)
                {
                    mark[u] = v;
                    count++;
                }
            }

            if (graph.IsDirected)
            {
                foreach (var u in graph.InNeighbors(v))
                {
                    if (u != v && mark[u] != v)
                    {
                        mark[u] = v;
                        count++;
                    }
                }
            }

            result[v] = count;
        }

        return result;
    }

    private static ComponentSummary SummariseComponents(CsrGraph graph)
    {
        var sizes = WeaklyConnected.Compute(graph).Sizes();
        var list = sizes.Where(s => s > 0).OrderByDescending(s => s).ToList();
        var isolated = 0;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (graph.OutDegree(v) == 0 && graph.InDegree(v) == 0)
            {
                isolated++;
            }
        }

        return new ComponentSummary(list.Count, list.Count == 0 ? 0 : list[0], list.Take(20).ToArray(), isolated);
    }
}
