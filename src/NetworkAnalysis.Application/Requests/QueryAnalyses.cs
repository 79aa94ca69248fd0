using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.Paths;
using static NetworkAnalysis.Application.Requests.OptionSpecs;

namespace NetworkAnalysis.Application.Requests;

/// <summary>The queries around named agents of <see cref="AnalysisCatalog"/> (ego network, paths, money trace).</summary>
internal static class QueryAnalyses
{
    private static readonly OptionSpec TransactionKinds = Text("transaction-kinds", "Only transactions of these kinds (comma-separated, e.g. payment,bribe).");

    public static AnalysisDefinition Ego { get; } = new(
        "ego",
        "The ego network of an agent: everyone within hops transaction hops, or with ties the ties among them.",
        [
            Agent("agent", "The agent's id (or the pseudonym shown for a victim, witness or minor)."),
            Int("hops", EgoQueryOptions.Default.MaxHops, "How many transaction hops from the agent."),
            Choice("direction", "all", "Ties followed: all, out (the agent as source) or in.", "all", "out", "in"),
            Text("kinds", "Only agents of these kinds (comma-separated); the centre is always kept."),
            Text("spheres", "Only agents of these spheres (comma-separated: underworld, upperworld, none)."),
            TransactionKinds,
            From(),
            To(),
            Flag("ties", "The ties among the members (source, target, weight) instead of the members."),
            Int("max", EgoQueryOptions.Default.MaxResults, "Most agents returned, the centre included."),
        ],
        AnalysisExecution.Synchronous,
        (display, o, ct, _) =>
        {
            var options = EgoQueryOptions.Default with
            {
                MaxHops = o.Int("hops"),
                MaxResults = o.Int("max"),
                Direction = o.Text("direction") switch { "out" => Direction.Out, "in" => Direction.In, _ => Direction.All },
                AgentKinds = OptionParsing.AgentKinds(o.Text("kinds"), "--kinds"),
                Spheres = OptionParsing.Spheres(o.Text("spheres"), "--spheres"),
                TransactionKinds = OptionParsing.TransactionKinds(o.Text("transaction-kinds"), "--transaction-kinds"),
                From = OptionParsing.Date(o.Text("from"), "--from"),
                To = OptionParsing.Date(o.Text("to"), "--to"),
            };
            var report = EgoNetworkAnalysis.Extract(display.Network, display.RequireAgent(o.Text("agent")!), options, ct);
            return new TableOutput(o.Bool("ties") ? CaseTables.EgoTies(report, display) : CaseTables.EgoMembers(report, display));
        });

    public static AnalysisDefinition Paths { get; } = new(
        "paths",
        "How two agents are connected: the k shortest paths, or the earliest-arriving time-respecting path.",
        [
            Agent("source", "The first agent's id (the CLI's <from> argument)."),
            Agent("target", "The second agent's id (the CLI's <to> argument)."),
            Int("k", PathQueryOptions.Default.Count, "How many paths (k shortest loopless paths)."),
            Choice("length", "unit", "What makes a path short: unit (hops), weight or inverse (strong ties are short).", "unit", "weight", "inverse"),
            Flag("strongest", "The strongest paths: same as length inverse."),
            Int("hops", PathQueryOptions.Default.MaxHops, "Longest path, in hops."),
            Flag("directed", "Follow transactions only along their direction."),
            Flag("time-respecting", "A path whose transactions happen in time order (earliest arrival), hop by hop."),
            TransactionKinds,
            From(),
            To(),
        ],
        AnalysisExecution.Synchronous,
        (display, o, ct, _) =>
        {
            var kinds = OptionParsing.TransactionKinds(o.Text("transaction-kinds"), "--transaction-kinds");
            var from = OptionParsing.Date(o.Text("from"), "--from");
            var to = OptionParsing.Date(o.Text("to"), "--to");
            var length = o.Bool("strongest") ? "inverse" : o.Text("length")!;
            var source = display.RequireAgent(o.Text("source")!);
            var target = display.RequireAgent(o.Text("target")!);
            if (o.Bool("time-respecting"))
            {
                var temporal = TemporalPathQueryOptions.Default with { MaxHops = o.Int("hops"), TransactionKinds = kinds, From = from, To = to };
                return new TableOutput(CaseTables.TimeRespectingPath(PathAnalysis.FindTimeRespecting(display.Network, source, target, temporal, ct), display));
            }

            var options = PathQueryOptions.Default with
            {
                Count = o.Int("k"),
                MaxHops = o.Int("hops"),
                Length = length switch { "weight" => EdgeLength.Weight, "inverse" => EdgeLength.InverseWeight, _ => EdgeLength.Unit },
                Direction = o.Bool("directed") ? Direction.Out : Direction.All,
                TransactionKinds = kinds,
                From = from,
                To = to,
            };
            return new TableOutput(CaseTables.Paths(PathAnalysis.Find(display.Network, source, target, options, ct), display));
        });

    public static AnalysisDefinition Trace { get; } = new(
        "trace",
        "Follow money from an agent forwards (or backwards), amounts conserved along the flow.",
        [
            Agent("agent", "The agent's id (or a victim's shown pseudonym)."),
            Flag("backward", "Where the money the agent received came from."),
            Int("hops", MoneyTraceOptions.Default.MaxHops, "How many transfers from the agent money is followed."),
            From("transfers"),
            To("transfers"),
            Text("currency", "Only transfers in this currency."),
            Number("amount", "The amount traced (default: every transfer of the agent in full)."),
            Flag("flows", "The transfers followed (with the traced share) instead of the agents reached."),
            Int("top", MoneyTraceOptions.Default.MaxResults, "Most rows, largest amounts kept."),
        ],
        AnalysisExecution.Synchronous,
        (display, o, ct, _) =>
        {
            var options = MoneyTraceOptions.Default with
            {
                Direction = o.Bool("backward") ? TraceDirection.Backward : TraceDirection.Forward,
                MaxHops = o.Int("hops"),
                MaxResults = o.Int("top"),
                From = OptionParsing.Date(o.Text("from"), "--from"),
                To = OptionParsing.Date(o.Text("to"), "--to"),
                Currency = o.Text("currency"),
                InitialAmount = o.Decimal("amount"),
            };
            var report = MoneyAnalysis.Trace(display.Network, display.RequireAgent(o.Text("agent")!), options, ct);
            return new TableOutput(o.Bool("flows") ? CaseTables.TraceFlows(report, display) : CaseTables.TraceAgents(report, display));
        });
}
