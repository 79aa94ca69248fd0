namespace NetworkAnalysis.Core;

/// <summary>
/// What an agent is. The data-format words are defined in <see cref="DomainWords"/>.
/// </summary>
public enum AgentKind
{
    /// <summary><c>person</c>: an individual offender or facilitator.</summary>
    Person,

    /// <summary><c>business</c>: a legitimate business (transport company, travel agency, employer) used by or part of the operation.</summary>
    Business,

    /// <summary><c>official</c>: a government official (border guard, consular staff, police officer).</summary>
    Official,

    /// <summary><c>group</c>: a cell or organised crime group acting as one agent.</summary>
    Group,

    /// <summary><c>migrant</c>: a smuggled migrant (a client of the smugglers).</summary>
    Migrant,

    /// <summary><c>victim</c>: a victim of trafficking or exploitation.</summary>
    Victim,
}
