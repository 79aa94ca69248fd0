namespace NetworkAnalysis.Synthetic;

/// <summary>
/// What <see cref="CaseGenerator.Generate"/> draws. Every default is documented; the same options give
/// the same dataset.
/// </summary>
public sealed record CaseGeneratorOptions
{
    /// <summary>The number of criminal groups; default 20. At least 1.</summary>
    public int Groups { get; init; } = 20;

    /// <summary>The seed: the same seed and options give a byte-identical dataset; default 1.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>
    /// The share of groups that are large transnational groups, the rest small enterprise-type groups;
    /// default 0.4. The count is rounded, so with few groups it is approximate. In [0, 1].
    /// </summary>
    public double TransnationalShare { get; init; } = 0.4;

    /// <summary>
    /// Recording noise, in [0, 1]; default 0.05. Each transaction is lost with probability
    /// <c>Noise / 2</c>, about <c>Noise / 2</c> × the transaction count of unrelated extra transactions
    /// (calls, payments) is added, and a few transactions get a near-miss kind (fee recorded as payment).
    /// </summary>
    public double Noise { get; init; } = 0.05;

    /// <summary>
    /// Partial intelligence, in [0, 1): the fraction of group members unknown to the analyst, left out
    /// with all their transactions; default 0.05.
    /// </summary>
    public double MissingMembers { get; init; } = 0.05;

    /// <summary>The fraction of agents with known functions whose <c>functions</c> cell is left empty, in [0, 1]; default 0.15.</summary>
    public double MissingFunctions { get; init; } = 0.15;

    /// <summary>The first instant of the case; default 2018-01-01T00:00Z.</summary>
    public DateTimeOffset Start { get; init; } = new(2018, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The length of the case; default 6 years (2,190 days). Large groups run for years inside it, small
    /// ones for months. At least 90 days.
    /// </summary>
    public TimeSpan Span { get; init; } = TimeSpan.FromDays(6 * 365);

    /// <summary>
    /// Multiplies the volume of each group's activity (people moved, victims exploited, calls); default 1,
    /// which gives on average about 3,500 transactions per group at the default transnational share
    /// (small groups a few hundred, transnational ones several thousand to tens of thousands). Agent
    /// count grows with it (each migrant and victim is an agent). <c>Groups = 100, Scale = 4</c> gives
    /// about 1.2 million transactions. In (0, 1000].
    /// </summary>
    public double Scale { get; init; } = 1.0;

    /// <summary>How much ground truth about the groups the data carries; default <see cref="GroupLabels.MembershipAndType"/>.</summary>
    public GroupLabels Labels { get; init; } = GroupLabels.MembershipAndType;

    /// <summary>How varied each type's groups are (less typical shapes the typology allows); default <see cref="GroupShapes.Default"/>.</summary>
    public GroupShapes Shapes { get; init; } = GroupShapes.Default;
}
