using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Server.Endpoints;

namespace NetworkAnalysis.Server.Security;

/// <summary>What a permission demands of the caller.</summary>
public enum Requirement
{
    /// <summary>Nobody (an undeclared permission): deny by default.</summary>
    Deny,

    /// <summary>Anyone who can reach the port.</summary>
    Anyone,

    /// <summary>Any authenticated user.</summary>
    Authenticated,

    /// <summary>A user whose own role is at least <see cref="AccessRule.Role"/> (creating cases, administration).</summary>
    UserRole,

    /// <summary>A user granted at least <see cref="AccessRule.Role"/> on the case the request names.</summary>
    CaseRole,
}

/// <summary>The rule for one permission.</summary>
/// <param name="Requirement">What is checked.</param>
/// <param name="Role">The least role, for <see cref="Requirement.UserRole"/> and <see cref="Requirement.CaseRole"/>.</param>
public sealed record AccessRule(Requirement Requirement, Role Role = Role.Viewer);

/// <summary>
/// The authorisation policy: one rule per <see cref="Permission"/>, so the permission column of
/// <see cref="EndpointTable"/> alone decides who may call each endpoint. Anything not listed is denied.
/// </summary>
public static class AccessPolicy
{
    /// <summary>The rule of <paramref name="permission"/>; <see cref="Requirement.Deny"/> for an undeclared or unknown one.</summary>
    public static AccessRule For(Permission permission) => permission switch
    {
        Permission.Anonymous or Permission.Login => new(Requirement.Anyone),
        Permission.ListCases or Permission.OwnSession => new(Requirement.Authenticated),
        Permission.CreateCase => new(Requirement.UserRole, Role.Analyst),
        Permission.ReadCase => new(Requirement.CaseRole, Role.Viewer),
        Permission.WriteCase or Permission.RunAnalysis or Permission.CancelJob => new(Requirement.CaseRole, Role.Analyst),
        Permission.DeleteCase or Permission.Unmask => new(Requirement.CaseRole, Role.Supervisor),
        Permission.ManageUsers or Permission.ReadAudit => new(Requirement.UserRole, Role.Admin),
        _ => new(Requirement.Deny),
    };

    /// <summary>
    /// The user's role on <paramref name="caseName"/>: its grant's role, or null when not granted (an admin
    /// sees no case data by its own role).
    /// </summary>
    public static Role? RoleOn(UserInfo user, string caseName)
    {
        ArgumentNullException.ThrowIfNull(user);
        foreach (var grant in user.Grants)
        {
            if (string.Equals(grant.Case, caseName, StringComparison.Ordinal))
            {
                return grant.Role;
            }
        }

        return null;
    }

    /// <summary>Whether a role meets <paramref name="least"/> within the case ladder (viewer ⊂ analyst ⊂ supervisor) or the user ladder (admin included).</summary>
    public static bool Meets(Role role, Role least) => role >= least;
}
