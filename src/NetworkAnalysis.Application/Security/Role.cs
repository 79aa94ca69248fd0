namespace NetworkAnalysis.Application.Security;

/// <summary>
/// What a user may do on a case granted to them (viewer ⊂ analyst ⊂ supervisor), or, for <see cref="Admin"/>,
/// across the service (users, grants, the audit log) without seeing any case data unless also granted a case.
/// </summary>
public enum Role
{
    /// <summary>Reads reports and graphs of a granted case, pseudonymised.</summary>
    Viewer = 1,

    /// <summary>A viewer who may also create cases, upload versions and run analyses.</summary>
    Analyst = 2,

    /// <summary>An analyst who may also unmask protected identities (with a written reason) and delete cases.</summary>
    Supervisor = 3,

    /// <summary>Manages users, keys and case grants and reads the audit log; no case data by this role alone.</summary>
    Admin = 4,
}

/// <summary>Parsing and formatting of <see cref="Role"/> words (<c>viewer</c>, <c>analyst</c>, <c>supervisor</c>, <c>admin</c>).</summary>
public static class RoleWords
{
    /// <summary>The lower-case word of a role.</summary>
    public static string Format(Role role) => role.ToString().ToLowerInvariant();

    /// <summary>The role named by <paramref name="word"/> (case-insensitive), or null.</summary>
    public static Role? Parse(string? word) => word?.ToLowerInvariant() switch
    {
        "viewer" => Role.Viewer,
        "analyst" => Role.Analyst,
        "supervisor" => Role.Supervisor,
        "admin" => Role.Admin,
        _ => null,
    };
}
