namespace NetworkAnalysis.Application.Storage;

/// <summary>Orders of an agent search; ties are broken by case order, so pages are stable.</summary>
public enum AgentSort
{
    /// <summary>The order agents were imported in.</summary>
    CaseOrder,

    /// <summary>By id, ordinal.</summary>
    Id,

    /// <summary>By name (agents without a name last), ordinal.</summary>
    Name,
}
