using System.Security.Claims;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Web.Auth;

/// <summary>
/// The workspace's own identity of a signed-in person — their profile id, unit and roles, read from the database —
/// added beside the SSO's identity. Built the same way for each request (<see cref="WorkspaceClaimsTransformation"/>)
/// and for an open circuit when the person's profile changes (<see cref="WorkspaceAuthenticationStateProvider"/>).
/// </summary>
internal static class WorkspaceIdentity
{
    /// <summary>The identity of the profile signed in as <paramref name="subject"/>, or null when none exists yet.</summary>
    public static async Task<ClaimsIdentity?> LoadAsync(IDbContextFactory<WorkspaceDbContext> dbFactory, string subject, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.UserProfiles.AsNoTracking()
            .Where(u => u.Subject == subject)
            .Select(u => new { Profile = u, UnitName = db.Units.Where(x => x.Id == u.UnitId).Select(x => x.Name).FirstOrDefault() })
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var identity = new ClaimsIdentity(WorkspaceClaims.IdentityType, WorkspaceClaims.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(WorkspaceClaims.UserId, row.Profile.Id.ToString()));
        identity.AddClaim(new Claim(WorkspaceClaims.Assigned, row.Profile.IsAssigned ? "true" : "false"));
        if (row.Profile.UnitId is { } unitId)
        {
            identity.AddClaim(new Claim(WorkspaceClaims.UnitId, unitId.ToString()));
            identity.AddClaim(new Claim(WorkspaceClaims.UnitName, row.UnitName ?? string.Empty));
        }

        foreach (var role in row.Profile.Roles)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role.ToString()));
        }

        return identity;
    }

    /// <summary>The same person with <paramref name="identity"/> in place of their previous workspace identity.</summary>
    public static ClaimsPrincipal Replace(ClaimsPrincipal principal, ClaimsIdentity? identity)
    {
        var result = new ClaimsPrincipal(principal.Identities.Where(i => i.AuthenticationType != WorkspaceClaims.IdentityType).Select(i => i.Clone()));
        if (identity is not null)
        {
            result.AddIdentity(identity);
        }

        return result;
    }
}
