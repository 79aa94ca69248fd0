using NetworkAnalysis.Core;

namespace NetworkAnalysis.Classification;

/// <summary>How an agent takes part in a group's operation, seen from the group's indicators.</summary>
internal enum AgentRole : byte
{
    /// <summary>A criminal agent (person or cell in the underworld): a member, or an outside specialist or partner.</summary>
    Offender,

    /// <summary>A migrant or victim: the people the operation moves, recruits or exploits.</summary>
    People,

    /// <summary>A government official.</summary>
    Official,

    /// <summary>A business or another upperworld agent (accountant, lawyer, employer).</summary>
    Business,

    /// <summary>Anything else (no sphere and not a migrant or victim).</summary>
    Other,
}

/// <summary>Assigns <see cref="AgentRole"/>s.</summary>
internal static class AgentRoles
{
    public static AgentRole Of(Agent agent) => agent.Kind switch
    {
        AgentKind.Migrant or AgentKind.Victim => AgentRole.People,
        _ when agent.Sensitivity == Sensitivity.Victim => AgentRole.People,
        AgentKind.Official => AgentRole.Official,
        AgentKind.Business => AgentRole.Business,
        _ when agent.Sphere == Sphere.Upperworld => AgentRole.Business,
        AgentKind.Person or AgentKind.Group => AgentRole.Offender,
        _ when agent.Sphere == Sphere.Underworld => AgentRole.Offender,
        _ => AgentRole.Other,
    };

    /// <summary>True for agents of kind victim or marked as victims.</summary>
    public static bool IsVictim(Agent agent) => agent.Kind == AgentKind.Victim || agent.Sensitivity == Sensitivity.Victim;
}
