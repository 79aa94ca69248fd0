namespace NetworkAnalysis.Application.Analytics;

/// <summary>Brokerage roles and structural holes of the agents, top brokers first.</summary>
/// <param name="Partition">The partition used (<c>groups</c>, <c>spheres</c>, <c>kinds</c>, <c>custom</c>).</param>
/// <param name="Classes">How many groups the partition has.</param>
/// <param name="Density">The tie density behind the expected counts.</param>
/// <param name="Rows">One row per agent, by total brokerage (then constraint ascending, then input order).</param>
/// <param name="Truncated">True when <see cref="BrokerageOptions.MaxResults"/> cut the list.</param>
public sealed record BrokerageReport(string Partition, int Classes, double Density, IReadOnlyList<BrokerRow> Rows, bool Truncated);

/// <summary>
/// One agent's Gould-Fernandez role counts (open two-paths it brokers), the counts expected by chance, and
/// Burt's structural-hole measures; the column order of <c>netan brokers</c>.
/// </summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Class">Its group in the partition.</param>
/// <param name="Coordinator">Brokers between two members of its own group.</param>
/// <param name="Itinerant">Brokers between two members of one other group.</param>
/// <param name="Gatekeeper">Lets an outsider reach its own group.</param>
/// <param name="Representative">Passes its own group's contact to an outsider.</param>
/// <param name="Liaison">Brokers between two other, different groups.</param>
/// <param name="CoordinatorExpected">Expected coordinator count by chance.</param>
/// <param name="ItinerantExpected">Expected itinerant count.</param>
/// <param name="GatekeeperExpected">Expected gatekeeper count.</param>
/// <param name="RepresentativeExpected">Expected representative count.</param>
/// <param name="LiaisonExpected">Expected liaison count.</param>
/// <param name="Constraint">Burt's constraint (low: many structural holes).</param>
/// <param name="EffectiveSize">Burt's effective size (non-redundant contacts).</param>
/// <param name="Efficiency">Effective size / number of contacts.</param>
/// <param name="Hierarchy">Burt's hierarchy (constraint concentrated on one contact).</param>
public sealed record BrokerRow(
    string AgentId,
    string Class,
    long Coordinator,
    long Itinerant,
    long Gatekeeper,
    long Representative,
    long Liaison,
    double CoordinatorExpected,
    double ItinerantExpected,
    double GatekeeperExpected,
    double RepresentativeExpected,
    double LiaisonExpected,
    double Constraint,
    double EffectiveSize,
    double Efficiency,
    double Hierarchy)
{
    /// <summary>All open two-paths the agent brokers.</summary>
    public long Total => Coordinator + Itinerant + Gatekeeper + Representative + Liaison;
}
