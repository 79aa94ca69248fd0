namespace NetworkAnalysis.Core;

/// <summary>
/// The two kinds of criminal group the domain distinguishes. The data-format words are defined in
/// <see cref="DomainWords"/>.
/// </summary>
public enum GroupType
{
    /// <summary>
    /// <c>small_enterprise</c>: a few offenders performing one or a few functions, limited in numbers or
    /// time, hiring specialists (launderers, forgers) when needed, working in the few countries they know.
    /// </summary>
    SmallEnterprise,

    /// <summary>
    /// <c>transnational</c>: a large transnational organised crime group: many offenders over a wide
    /// geography, continuous operation, several routes, other crimes, in-house ancillary services and
    /// upperworld links.
    /// </summary>
    Transnational,
}
