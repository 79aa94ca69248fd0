using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Reports;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.KeyPlayers;
using static NetworkAnalysis.Application.Requests.OptionSpecs;

namespace NetworkAnalysis.Application.Requests;

/// <summary>The whole-case analyses of <see cref="AnalysisCatalog"/> (report, functions, brokers, upperworld, key players, disruption, cycles).</summary>
internal static class CaseAnalyses
{
    public static AnalysisDefinition Analyze { get; } = new(
        "analyze",
        "The full case report (report.json of netan analyze): summary, key players, brokers, communities.",
        [Int("top", new CaseAnalysisOptions().Top, "How many agents each ranking lists.")],
        AnalysisExecution.Job,
        (display, o, ct, progress) =>
        {
            var report = CaseAnalyzer.Analyze(display.Network, display.Name, display.Protection, new CaseAnalysisOptions { Top = o.Int("top") }, ct, progress);
            return new DocumentOutput(ReportRenderer.Json(report));
        })
    { BytesPerAgent = 2_000, BytesPerTransaction = 300 };

    public static AnalysisDefinition Functions { get; } = new(
        "functions",
        "Functions of every agent (declared or inferred, with evidence), or with groups each group's coverage of the core functions.",
        [
            Flag("groups", "Per-group coverage (one row per group and expected function) instead of agent functions."),
            Flag("infer-declared", "Add functions inferred from transactions to declared ones."),
            Int("hops", FunctionAnalysisOptions.Default.MaxHops, "How far (transaction hops) an outside specialist may be from a group member."),
        ],
        AnalysisExecution.Job,
        (display, o, ct, progress) =>
        {
            var options = FunctionAnalysisOptions.Default with { InferWhenDeclared = o.Bool("infer-declared"), MaxHops = o.Int("hops") };
            var report = FunctionAnalysis.Analyze(display.Network, options, ct, progress);
            return new TableOutput(o.Bool("groups") ? CaseTables.GroupCoverage(report, display) : CaseTables.AgentFunctions(report, display));
        });

    public static AnalysisDefinition Brokers { get; } = new(
        "brokers",
        "Gould-Fernandez brokerage roles and Burt's structural holes per agent.",
        [
            Choice("partition", "groups", "What the roles are counted against.", [.. OptionWords.Partitions.Keys]),
            Flag("weighted", "Burt's measures use tie strengths (transaction counts) instead of presence."),
            Int("top", BrokerageOptions.Default.MaxResults, "Most rows, highest total brokerage first."),
        ],
        AnalysisExecution.Job,
        (display, o, ct, progress) =>
        {
            var options = BrokerageOptions.Default with
            {
                Partition = OptionWords.Partitions[o.Text("partition")!],
                WeightedConstraint = o.Bool("weighted"),
                MaxResults = o.Int("top"),
            };
            return new TableOutput(CaseTables.Brokers(BrokerageAnalysis.Analyze(display.Network, options, ct, progress), display));
        })
    { BytesPerAgent = 1_000 };

    public static AnalysisDefinition Upperworld { get; } = new(
        "upperworld",
        "Officials and businesses tied to the underworld ranked by exposure; or the links, or the corruption gateways.",
        [
            Flag("links", "The links (upperworld agent, underworld agent, transaction kind) instead of the exposure ranking."),
            Flag("gateways", "The corruption gateways (criminal-side agents dealing with the upperworld) instead."),
            Int("hops", UpperworldOptions.Default.MaxHops, "Longest path searched to a group's core, in transaction hops."),
            Int("top", UpperworldOptions.Default.MaxResults, "Most rows."),
            From(),
            To(),
        ],
        AnalysisExecution.Job,
        (display, o, ct, progress) =>
        {
            var options = UpperworldOptions.Default with
            {
                MaxHops = o.Int("hops"),
                MaxResults = o.Int("top"),
                From = OptionParsing.Date(o.Text("from"), "--from"),
                To = OptionParsing.Date(o.Text("to"), "--to"),
            };
            var report = UpperworldAnalysis.Analyze(display.Network, options, ct, progress);
            return new TableOutput(
                o.Bool("links") ? CaseTables.UpperworldLinks(report, display)
                : o.Bool("gateways") ? CaseTables.UpperworldGateways(report, display)
                : CaseTables.UpperworldExposure(report, display));
        });

    public static AnalysisDefinition KeyPlayers { get; } = new(
        "keyplayers",
        "Key players: the k agents whose removal fragments the network most (KPP-Neg), or who reach most others (KPP-Pos).",
        [
            Int("k", KeyPlayerOptions.Default.Count, "How many key players."),
            Flag("positive", "KPP-Pos: the k agents who reach most others within reach steps."),
            Flag("distance-weighted", "Distance-weighted fragmentation (KPP-Neg) or reach (KPP-Pos) instead of component counting."),
            Int("seed", 0, "KPP-Neg seed for the swap order and restarts."),
            Int("reach", KeyPlayerOptions.Default.MaxHops, "KPP-Pos: steps within which others count as reached."),
        ],
        AnalysisExecution.Job,
        (display, o, ct, progress) =>
        {
            var weighted = o.Bool("distance-weighted");
            var options = KeyPlayerOptions.Default with
            {
                Count = o.Int("k"),
                Fragmentation = weighted ? FragmentationMeasure.DistanceWeighted : FragmentationMeasure.Components,
                Reach = weighted ? ReachMeasure.DistanceWeighted : ReachMeasure.Reach,
                MaxHops = o.Int("reach"),
                Seed = o.Int("seed"),
                Direction = Direction.All,
            };
            var positive = o.Bool("positive");
            var report = positive ? KeyPlayerAnalysis.FindReaching(display.Network, options, ct, progress) : KeyPlayerAnalysis.FindFragmenting(display.Network, options, ct, progress);
            return new TableOutput(CaseTables.KeyPlayers(report, positive, display));
        })
    { BytesPerAgent = 2_000, BytesPerTransaction = 200 };

    public static AnalysisDefinition Disrupt { get; } = new(
        "disrupt",
        "The disruption curve: remove agents one by one (optionally with recovery) and measure what is left.",
        [
            Choice("strategy", "degree", "Whom to remove next.", [.. OptionWords.Strategies.Keys]),
            Int("steps", DisruptionAnalysisOptions.Default.Steps, "How many agents to remove."),
            Text("remove", "Agents removed first, in this order (comma-separated ids or pseudonyms): what if these are arrested; the strategy continues up to --steps removals."),
            Flag("recover", "A removed agent's ties pass to a contact performing one of its functions."),
            Flag("no-efficiency", "Skip the network efficiency (quadratic in the network size)."),
        ],
        AnalysisExecution.Job,
        (display, o, ct, progress) =>
        {
            var options = DisruptionAnalysisOptions.Default with
            {
                Strategy = OptionWords.Strategies[o.Text("strategy")!],
                Steps = o.Int("steps"),
                Remove = display.RequireAgents(o.Text("remove")),
                Recovery = o.Bool("recover"),
                ComputeEfficiency = !o.Bool("no-efficiency"),
            };
            return new TableOutput(CaseTables.Disruption(DisruptionAnalysis.Simulate(display.Network, options, ct, progress), display));
        })
    { BytesPerAgent = 2_000, BytesPerTransaction = 200 };

    public static AnalysisDefinition Cycles { get; } = new(
        "cycles",
        "Money cycles (layering): transfers that return to where they started.",
        [
            Int("max-length", MoneyCycleOptions.Default.MaxHops, "Longest cycle, in transfers."),
            Flag("time-ordered", "Keep only cycles whose transfers can be put in time order around the loop."),
            From("transfers"),
            To("transfers"),
            Text("currency", "Only transfers in this currency."),
            Int("top", MoneyCycleOptions.Default.MaxResults, "Most cycles, largest bottleneck first."),
        ],
        AnalysisExecution.Job,
        (display, o, ct, progress) =>
        {
            var options = MoneyCycleOptions.Default with
            {
                MaxHops = o.Int("max-length"),
                MaxResults = o.Int("top"),
                TimeOrderedOnly = o.Bool("time-ordered"),
                From = OptionParsing.Date(o.Text("from"), "--from"),
                To = OptionParsing.Date(o.Text("to"), "--to"),
                Currency = o.Text("currency"),
            };
            return new TableOutput(CaseTables.Cycles(MoneyAnalysis.Cycles(display.Network, options, ct, progress), display));
        });
}
