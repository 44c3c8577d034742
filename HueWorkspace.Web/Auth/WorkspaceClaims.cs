using System.Security.Claims;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;

namespace HueWorkspace.Web.Auth;

/// <summary>
/// Claims the app adds to the signed-in principal on every request from the person's profile (unit and
/// roles are managed in the app, not by the SSO). They are never written into the cookie, except the session id.
/// </summary>
public static class WorkspaceClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Email = "email";
    public const string PreferredUserName = "preferred_username";
    public const string UserId = "hw:uid";
    public const string UnitId = "hw:unit";
    public const string UnitName = "hw:unitname";
    public const string Assigned = "hw:assigned";

    /// <summary>The server-side session this sign-in belongs to (written into the cookie at sign-in; see SessionService).</summary>
    public const string Session = "hw:session";
    public const string IdentityType = "HueWorkspace";

    public static Actor? ToActor(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true || !Guid.TryParse(principal.FindFirstValue(UserId), out var userId))
        {
            return null;
        }

        Guid? unitId = Guid.TryParse(principal.FindFirstValue(UnitId), out var u) ? u : null;
        var roles = principal.FindAll(ClaimTypes.Role)
            .Select(c => Enum.TryParse<Role>(c.Value, out var r) ? r : (Role?)null)
            .OfType<Role>().ToHashSet();
        return new Actor(userId, principal.FindFirstValue(Name) ?? string.Empty, unitId, roles);
    }
}

public static class Policies
{
    /// <summary>Signed in through the SSO, with or without an assignment.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>Signed in and assigned to a unit with at least one role: the default for every page.</summary>
    public const string Assigned = "Assigned";

    public const string Administrator = "Administrator";

    /// <summary>Civil servants: every assigned role except the outside data requester (tasks, documents, councils, dashboards).</summary>
    public const string Staff = "Staff";

    public const string SendAnnouncements = "SendAnnouncements";
}
