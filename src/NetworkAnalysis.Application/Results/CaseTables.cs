using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Results;

/// <summary>
/// The result table of each case analysis (functions, brokers, upperworld, key players, disruption, ego,
/// paths, money trace, cycles): columns and rows, ids displayed through <see cref="AgentDisplay"/>. The
/// only definition of these shapes: the CLI writes them as TSV/CSV/JSON, the service as JSON.
/// </summary>
public static class CaseTables
{
    /// <summary>Agent functions: id, function, source (declared|inferred), evidence.</summary>
    public static ResultTable AgentFunctions(FunctionReport report, AgentDisplay display) => new(
        ["id", "function", "source", "evidence"],
        report.Agents.SelectMany(a => a.Effective.Select(f => new object?[]
        {
            display.Display(a.AgentId),
            DomainWords.Format(f),
            a.Declared.Contains(f) ? "declared" : "inferred",
            string.Join("; ", a.Evidence.Where(e => e.Function == f)),
        })));

    /// <summary>Group coverage: group, function, coverage, in_house, bought_from, redundancy, single_points_of_failure.</summary>
    public static ResultTable GroupCoverage(FunctionReport report, AgentDisplay display) => new(
        ["group", "function", "coverage", "in_house", "bought_from", "redundancy", "single_points_of_failure"],
        report.Coverage.Select(r => new object?[]
        {
            r.GroupId,
            DomainWords.Format(r.Function),
            Coverage(r.Coverage),
            display.DisplayAll(r.InHouse, ";"),
            display.DisplayAll(r.Outside, ";"),
            r.Redundancy,
            r.SinglePointOfFailure ? display.DisplayAll(r.InHouse.Concat(r.Outside), ";") : string.Empty,
        }));

    /// <summary>Brokerage roles and Burt's measures, one row per agent.</summary>
    public static ResultTable Brokers(BrokerageReport report, AgentDisplay display) => new(
        ["id", "coordinator", "itinerant", "gatekeeper", "representative", "liaison",
         "coordinator_expected", "itinerant_expected", "gatekeeper_expected", "representative_expected", "liaison_expected",
         "constraint", "effective_size", "efficiency", "hierarchy"],
        report.Rows.Select(r => new object?[]
        {
            display.Display(r.AgentId), r.Coordinator, r.Itinerant, r.Gatekeeper, r.Representative, r.Liaison,
            r.CoordinatorExpected, r.ItinerantExpected, r.GatekeeperExpected, r.RepresentativeExpected, r.LiaisonExpected,
            r.Constraint, r.EffectiveSize, r.Efficiency, r.Hierarchy,
        }));

    /// <summary>Upperworld agents ranked by exposure to the underworld.</summary>
    public static ResultTable UpperworldExposure(UpperworldReport report, AgentDisplay display) => new(
        ["rank", "id", "kind", "score", "groups_reached", "underworld_contacts", "transactions", "amounts"],
        report.Exposure.Select(e => new object?[]
        {
            e.Rank, display.Display(e.AgentId), DomainWords.Format(e.Kind), e.Score, e.GroupsReached, e.UnderworldContacts, e.Transactions, MoneyAmount.Format(e.Amounts),
        }));

    /// <summary>Each upperworld-underworld tie by transaction kind.</summary>
    public static ResultTable UpperworldLinks(UpperworldReport report, AgentDisplay display) => new(
        ["upperworld_id", "upperworld_kind", "underworld_id", "kind", "from_upperworld", "transactions", "amounts", "first", "last", "examples"],
        report.Links.Select(l => new object?[]
        {
            display.Display(l.UpperworldId), DomainWords.Format(l.UpperworldKind), display.Display(l.UnderworldId), DomainWords.Format(l.Kind),
            l.FromUpperworld, l.Transactions, MoneyAmount.Format(l.Amounts), ResultTime.Format(l.First), ResultTime.Format(l.Last), string.Join(';', l.Examples),
        }));

    /// <summary>Underworld agents who are the groups' gateways to the upperworld.</summary>
    public static ResultTable UpperworldGateways(UpperworldReport report, AgentDisplay display) => new(
        ["id", "groups", "upperworld_contacts", "transactions", "amounts", "kinds"],
        report.Gateways.Select(g => new object?[]
        {
            display.Display(g.AgentId), string.Join(';', g.Groups), g.UpperworldContacts, g.Transactions, MoneyAmount.Format(g.Amounts),
            string.Join(';', g.Kinds.Select(DomainWords.Format)),
        }));

    /// <summary>Key players in order of choice, with the objective after each removal (fragmentation) or addition (reach).</summary>
    public static ResultTable KeyPlayers(KeyPlayerReport report, bool reaching, AgentDisplay display) => new(
        ["id", "kind", reaching ? "reach" : "fragmentation"],
        report.Rows.Select(r => new object?[] { display.Display(r.AgentId), DomainWords.Format(r.Kind), r.ScoreAfter }));

    /// <summary>The disruption curve: one row per removal step (step 0 = intact network).</summary>
    public static ResultTable Disruption(DisruptionReport report, AgentDisplay display) => new(
        ["step", "removed", "replacement", "ties_added", "remaining_agents", "largest_component", "largest_component_share", "fragmentation", "efficiency", "functions_covered", "functions_lost"],
        report.Rows.Select(r => new object?[]
        {
            r.Step, r.RemovedId is null ? null : display.Display(r.RemovedId), r.ReplacementId is null ? null : display.Display(r.ReplacementId),
            r.TiesAdded, r.RemainingAgents, r.LargestComponent, r.LargestComponentShare, r.Fragmentation,
            double.IsNaN(r.Efficiency) ? null : r.Efficiency, r.FunctionsCovered.ToString(), r.FunctionsLost.ToString(),
        }));

    /// <summary>Ego network members: id, kind, sphere, distance (0 = the centre).</summary>
    public static ResultTable EgoMembers(EgoNetworkReport report, AgentDisplay display) => new(
        ["id", "kind", "sphere", "distance"],
        report.Members.Select(m => new object?[] { display.Display(m.AgentId), DomainWords.Format(m.Kind), DomainWords.Format(m.Sphere), m.Distance }));

    /// <summary>Ego network ties among the members: source, target, weight (transactions).</summary>
    public static ResultTable EgoTies(EgoNetworkReport report, AgentDisplay display) => new(
        ["source", "target", "weight"],
        report.Ties.Select(t => new object?[] { display.Display(t.SourceId), display.Display(t.TargetId), t.Weight }));

    /// <summary>The k shortest paths: rank, hops, length, path (ids joined with ' > ').</summary>
    public static ResultTable Paths(PathReport report, AgentDisplay display) => new(
        ["rank", "hops", "length", "path"],
        report.Paths.Select(p => new object?[] { p.Rank, p.Hops, p.Length, display.DisplayAll(p.AgentIds) }));

    /// <summary>The earliest-arriving time-respecting path, hop by hop (no rows when there is none).</summary>
    public static ResultTable TimeRespectingPath(TemporalPathReport report, AgentDisplay display) => new(
        ["hop", "transaction", "source", "target", "kind", "time", "amount", "currency"],
        (report.EarliestArrival?.Hops ?? []).Select((h, i) => new object?[]
        {
            i + 1, h.TransactionId, display.Display(h.SourceId), display.Display(h.TargetId), DomainWords.Format(h.Kind), ResultTime.Format(h.Time), h.Amount, h.Currency,
        }));

    /// <summary>Money trace per agent reached: id, kind, hops, reached, forwarded, retained (empty for the origin).</summary>
    public static ResultTable TraceAgents(MoneyTraceReport report, AgentDisplay display) => new(
        ["id", "kind", "hops", "reached", "forwarded", "retained"],
        report.Agents.Select(r => new object?[]
        {
            display.Display(r.AgentId), DomainWords.Format(r.Kind), r.Hops, r.Reached, r.Forwarded, r.Hops == 0 ? null : r.Retained,
        }));

    /// <summary>Money trace per transfer followed: hop, transaction, source, target, kind, time, amount, traced.</summary>
    public static ResultTable TraceFlows(MoneyTraceReport report, AgentDisplay display) => new(
        ["hop", "transaction", "source", "target", "kind", "time", "amount", "traced"],
        report.Flows.Select(f => new object?[]
        {
            f.Hop, f.TransactionId, display.Display(f.SourceId), display.Display(f.TargetId), DomainWords.Format(f.Kind), ResultTime.Format(f.Time), f.Amount, f.Traced,
        }));

    /// <summary>Money cycles (layering), ranked: the cycle closes on its first agent.</summary>
    public static ResultTable Cycles(MoneyCycleReport report, AgentDisplay display) => new(
        ["rank", "cycle", "length", "bottleneck", "total", "transactions", "time_ordered", "start", "end"],
        report.Cycles.Select(c => new object?[]
        {
            c.Rank, display.DisplayAll(c.AgentIds.Append(c.AgentIds[0])), c.AgentIds.Count, c.Bottleneck, c.Total, c.Transactions, c.TimeOrdered,
            ResultTime.Format(c.Start), ResultTime.Format(c.End),
        }));

    private static string Coverage(FunctionCoverage coverage) => coverage switch
    {
        FunctionCoverage.InHouse => "in_house",
        FunctionCoverage.Bought => "bought",
        _ => "missing",
    };
}
