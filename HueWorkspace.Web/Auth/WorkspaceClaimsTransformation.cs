using System.Security.Claims;
using HueWorkspace.Domain.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Web.Auth;

/// <summary>
/// Adds the person's current unit and roles from the database to the principal on each request, so an
/// administrator's change takes effect at the next page load without signing in again. Anonymous
/// endpoints (static files, sign-in pages, health) skip the lookup.
/// </summary>
internal sealed class WorkspaceClaimsTransformation(IDbContextFactory<WorkspaceDbContext> dbFactory, IHttpContextAccessor http) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || principal.HasClaim(c => c.Type == BuiltInProvider.BuiltInProviderDefaults.AccountClaim)
            || principal.Identities.Any(i => i.AuthenticationType == WorkspaceClaims.IdentityType)
            || principal.FindFirstValue(WorkspaceClaims.Subject) is not { } subject
            || http.HttpContext?.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return principal;
        }

        var identity = await WorkspaceIdentity.LoadAsync(dbFactory, subject);
        if (identity is null)
        {
            return principal;
        }

        var result = principal.Clone();
        result.AddIdentity(identity);
        return result;
    }
}
