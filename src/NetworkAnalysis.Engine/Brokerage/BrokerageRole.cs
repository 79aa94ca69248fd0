namespace NetworkAnalysis.Engine.Brokerage;

/// <summary>
/// The five brokerage roles of Gould and Fernandez (1989). For an open two-path <c>i → j → k</c>
/// (no tie <c>i → k</c>) with broker <c>j</c>, the role depends on which of the three share a group.
/// The values are the column order of R's <c>sna::brokerage</c>.
/// </summary>
public enum BrokerageRole
{
    /// <summary>Coordinator (<c>w_I</c>): source, broker and target in one group (A → A → A).</summary>
    Coordinator,

    /// <summary>Itinerant broker or consultant (<c>w_O</c>): source and target in one group, the broker outside it (A → B → A).</summary>
    Itinerant,

    /// <summary>Representative (<c>b_IO</c>): the broker passes a contact from its own group to an outsider (A → A → B).</summary>
    Representative,

    /// <summary>Gatekeeper (<c>b_OI</c>): the broker lets an outsider reach its own group (A → B → B).</summary>
    Gatekeeper,

    /// <summary>Liaison (<c>b_O</c>): source, broker and target in three different groups (A → B → C).</summary>
    Liaison,
}
