using System.Globalization;
using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Reports;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>
/// The analytics sections of a case report (<c>netan analyze</c>): function coverage per group, the top
/// brokers, the upperworld links and exposure, the key players and a disruption curve. Every agent is shown
/// through <see cref="IdentityProtection"/>.
/// </summary>
/// <remarks>
/// Each section runs the corresponding analysis with small limits (see <see cref="AnalyticsReportOptions"/>);
/// a section that exceeds its time limit is replaced by a note, so the report always completes.
/// </remarks>
public static class AnalyticsReport
{
    /// <summary>Builds the sections, in report order.</summary>
    /// <param name="network">The case.</param>
    /// <param name="protection">How sensitive agents are shown.</param>
    /// <param name="options">Sizes and limits.</param>
    /// <param name="cancellationToken">Cancels between and inside sections.</param>
    /// <param name="progress">Receives the progress: one stage per analysis (optional).</param>
    public static IReadOnlyList<ReportSection> Sections(
        TransactionNetwork network,
        IdentityProtection protection,
        AnalyticsReportOptions? options = null,
        CancellationToken cancellationToken = default,
        IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(protection);
        options ??= AnalyticsReportOptions.Default;
        var range = ProgressRange.Of(progress);
        string Show(string id) => network.TryGetAgent(id, out var agent) ? protection.DisplayId(agent) : id;
        var limit = options.SectionTimeLimit;
        ReportSection links, exposure;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            (links, exposure) = UpperworldLinks(network, Show, options, cancellationToken, range.Part(0, 0.1));

            // Computed together: both carry the time of the pair.
            links = links with { Seconds = clock.Elapsed.TotalSeconds };
            exposure = exposure with { Seconds = clock.Elapsed.TotalSeconds };
        }
        catch (TimeoutException e)
        {
            links = new ReportSection("upperworld-links", "Upperworld links", "Not computed: " + e.Message, [], []);
            exposure = new ReportSection("upperworld-exposure", "Upperworld exposure", "Not computed: " + e.Message, [], []);
        }

        return
        [
            Guard("function-coverage", "Function coverage per group", () => FunctionCoverage(network, Show, limit, cancellationToken, range.Part(0.1, 0.3))),
            Guard("brokers", "Top brokers", () => Brokers(network, Show, options, cancellationToken, range.Part(0.3, 0.45))),
            links,
            exposure,
            Guard("key-players", "Key players (KPP-Neg)", () => KeyPlayers(network, Show, options, cancellationToken, range.Part(0.45, 0.75))),
            Guard("disruption", "Disruption curve", () => DisruptionCurve(network, Show, options, cancellationToken, range.Part(0.75, 1))),
        ];
    }

    private static ReportSection Guard(string key, string title, Func<ReportSection> build)
    {
        try
        {
            return Reports.CaseAnalyzer.Timed(build);
        }
        catch (TimeoutException e)
        {
            return new ReportSection(key, title, "Not computed: " + e.Message, [], []);
        }
    }

    private static ReportSection FunctionCoverage(TransactionNetwork network, Func<string, string> show, TimeSpan limit, CancellationToken ct, ProgressRange progress)
    {
        var report = FunctionAnalysis.Analyze(network, new FunctionAnalysisOptions { TimeLimit = limit }, ct, progress);
        var rows = report.Groups.Select(g => new object?[]
        {
            g.GroupId,
            g.Members,
            g.InHouse.ToString(),
            g.Bought.ToString(),
            g.Missing.ToString(),
            string.Join(';', g.SinglePointsOfFailure.Select(s => $"{DomainWords.Format(s.Function)}:{show(s.AgentId)}")),
        }).ToList();
        return new ReportSection(
            "function-coverage",
            "Function coverage per group",
            "For each group, the functions its members perform (declared, or inferred from their transactions when none are declared), those bought from outside specialists who deal with a member, the expected functions nobody performs, and the functions only one agent can perform (single points of failure, as function:agent).",
            ["group", "members", "in_house", "bought", "missing", "single_points_of_failure"],
            rows);
    }

    private static ReportSection Brokers(TransactionNetwork network, Func<string, string> show, AnalyticsReportOptions options, CancellationToken ct, ProgressRange progress)
    {
        var report = BrokerageAnalysis.Analyze(network, new BrokerageOptions { MaxResults = options.Top, TimeLimit = options.SectionTimeLimit }, ct, progress);
        var rows = report.Rows.Select(r => new object?[]
        {
            show(r.AgentId), r.Class, r.Coordinator, r.Itinerant, r.Gatekeeper, r.Representative, r.Liaison, r.Total,
            Round(r.Constraint), Round(r.EffectiveSize),
        }).ToList();
        return new ReportSection(
            "brokers",
            "Top brokers",
            "Gould-Fernandez brokerage against the declared groups: how many open two-step chains (a deals with b, b with c, a not with c) each agent sits in the middle of, by role (coordinator inside its group, itinerant between members of another group, gatekeeper into its group, representative out of it, liaison between two other groups), and Burt's constraint (low = many structural holes) and effective size (non-redundant contacts).",
            ["agent", "group", "coordinator", "itinerant", "gatekeeper", "representative", "liaison", "total", "constraint", "effective_size"],
            rows);
    }

    private static (ReportSection Links, ReportSection Exposure) UpperworldLinks(TransactionNetwork network, Func<string, string> show, AnalyticsReportOptions options, CancellationToken ct, ProgressRange progress)
    {
        var report = UpperworldAnalysis.Analyze(network, new UpperworldOptions { MaxResults = options.Top * 5, TimeLimit = options.SectionTimeLimit }, ct, progress);
        var links = report.Links.OrderByDescending(l => l.Transactions).Take(options.Top * 2).Select(l => new object?[]
        {
            show(l.UpperworldId), DomainWords.Format(l.UpperworldKind), show(l.UnderworldId), DomainWords.Format(l.Kind),
            l.FromUpperworld ? "from upperworld" : "to upperworld", l.Transactions, MoneyAmount.Format(l.Amounts),
        }).ToList();
        var exposure = report.Exposure.Take(options.Top).Select(e => new object?[]
        {
            e.Rank, show(e.AgentId), DomainWords.Format(e.Kind), Round(e.Score), e.GroupsReached, e.UnderworldContacts, e.Transactions, MoneyAmount.Format(e.Amounts),
        }).ToList();
        return (
            new ReportSection(
                "upperworld-links",
                "Upperworld links",
                "Direct transactions between businesses or officials and underworld agents (most transactions first), with their amounts per currency.",
                ["upperworld", "kind", "underworld", "transaction_kind", "direction", "transactions", "amounts"],
                links),
            new ReportSection(
                "upperworld-exposure",
                "Upperworld exposure",
                "Businesses and officials ranked by how close they sit to the groups' cores: score = Σ over groups of 1/(d+1), d the number of hops to the group's most interconnected members (1 inside the core, 1/2 next to it).",
                ["rank", "agent", "kind", "score", "groups_reached", "underworld_contacts", "transactions", "amounts"],
                exposure));
    }

    private static ReportSection KeyPlayers(TransactionNetwork network, Func<string, string> show, AnalyticsReportOptions options, CancellationToken ct, ProgressRange progress)
    {
        var report = KeyPlayerAnalysis.FindFragmenting(network, new KeyPlayerOptions { Count = options.KeyPlayers, BeamWidth = 3, TimeLimit = options.SectionTimeLimit }, ct, progress);
        var rows = report.Rows.Select(r => new object?[] { r.Order, show(r.AgentId), DomainWords.Format(r.Kind), Round(r.ScoreAfter) }).ToList();
        return new ReportSection(
            "key-players",
            "Key players (KPP-Neg)",
            string.Create(CultureInfo.InvariantCulture, $"The agents whose removal together fragments the network most (Borgatti 2006), in the order chosen, with the fragmentation (share of agent pairs that can no longer reach each other) after removing each and those before it. Before any removal: {Round(report.InitialScore)}."),
            ["order", "agent", "kind", "fragmentation_after"],
            rows);
    }

    private static ReportSection DisruptionCurve(TransactionNetwork network, Func<string, string> show, AnalyticsReportOptions options, CancellationToken ct, ProgressRange progress)
    {
        var report = DisruptionAnalysis.Simulate(network, new DisruptionAnalysisOptions
        {
            Strategy = DisruptionTarget.Degree,
            Steps = options.DisruptionSteps,
            ComputeEfficiency = network.AgentCount <= options.EfficiencyAgentLimit,
            TimeLimit = options.SectionTimeLimit,
        }, ct, progress);
        var rows = report.Rows.Select(r => new object?[]
        {
            r.Step, r.RemovedId is null ? "" : show(r.RemovedId), r.LargestComponent, Round(r.LargestComponentShare), Round(r.Fragmentation),
            Round(r.Efficiency), r.FunctionsLost.ToString(),
        }).ToList();
        return new ReportSection(
            "disruption",
            "Disruption curve",
            "Removing the most connected agent, one at a time (recomputed after each removal): the largest connected part left, its share of all agents, the fragmentation (empty when fewer than two agents are left: undefined), the network efficiency (mean 1/distance; it can rise when a removal cuts off peripheral agents; empty when not computed) and the functions nobody performs any more.",
            ["step", "removed", "largest_component", "largest_share", "fragmentation", "efficiency", "functions_lost"],
            rows);
    }

    // An undefined measure (fragmentation of fewer than two agents) is reported as empty, never NaN.
    private static double? Round(double x) => double.IsFinite(x) ? Math.Round(x, 4) : null;
}
