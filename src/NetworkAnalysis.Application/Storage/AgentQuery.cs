using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Storage;

/// <summary>
/// A search over the agents of one version: every given filter must hold. Text matching is ordinal and
/// case-insensitive for ASCII letters (what an analyst types in a search box).
/// </summary>
public sealed record AgentQuery
{
    /// <summary>The largest page size accepted.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Exact agent id (case-sensitive), or null.</summary>
    public string? Id { get; init; }

    /// <summary>Id or name starts with this text, or null.</summary>
    public string? Prefix { get; init; }

    /// <summary>Id or name contains this text, or null.</summary>
    public string? Contains { get; init; }

    /// <summary>Kind, or null for any.</summary>
    public AgentKind? Kind { get; init; }

    /// <summary>Sphere, or null for any.</summary>
    public Sphere? Sphere { get; init; }

    /// <summary>Member of this group id, or null.</summary>
    public string? Group { get; init; }

    /// <summary>Performs this function, or null.</summary>
    public Function? Function { get; init; }

    /// <summary>Sort order (default: the agents' order in the case).</summary>
    public AgentSort Sort { get; init; } = AgentSort.CaseOrder;

    /// <summary>Rows to skip (≥ 0).</summary>
    public int Offset { get; init; }

    /// <summary>Rows per page, 1 to <see cref="MaxPageSize"/> (default 50).</summary>
    public int Limit { get; init; } = 50;
}
