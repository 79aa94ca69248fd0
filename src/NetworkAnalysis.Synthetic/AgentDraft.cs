using NetworkAnalysis.Core;

namespace NetworkAnalysis.Synthetic;

/// <summary>An agent while the case is being drawn: indexes instead of ids, and the ground truth the data hides.</summary>
internal sealed class AgentDraft
{
    public AgentDraft(AgentKind kind, string name, string country)
    {
        Kind = kind;
        Name = name;
        Country = country;
    }

    public AgentKind Kind { get; }

    public string Name { get; }

    public string Country { get; }

    public FunctionSet Functions { get; set; }

    public Sensitivity Sensitivity { get; set; }

    /// <summary>Indexes of the groups the agent is a member of (in order of joining).</summary>
    public List<int> Groups { get; } = [];

    /// <summary>The <c>role</c> attribute of officials (border_guard, consular_officer, police_officer, ...), or null.</summary>
    public string? Role { get; set; }

    /// <summary>The <c>sector</c> attribute of businesses, or null.</summary>
    public BusinessSector? Sector { get; set; }

    /// <summary>Left out of the data (partial intelligence); its transactions go with it.</summary>
    public bool Dropped { get; set; }

    /// <summary>An outside specialist (forger, launderer, boat crew) drawn for the shared pool.</summary>
    public bool Specialist { get; init; }
}
