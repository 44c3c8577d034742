using System.Security.Claims;
using HueWorkspace.Domain.Common;
using Microsoft.AspNetCore.Components.Authorization;

namespace HueWorkspace.Web.Auth;

/// <summary>
/// The person behind the current scope: an HTTP request (API, hub, prerendering) or a Blazor circuit.
/// Requests set the principal through <see cref="CurrentUserMiddleware"/>; circuits read the
/// authentication state that Blazor holds for them.
/// </summary>
internal sealed class CurrentUser(AuthenticationStateProvider authenticationState) : ICurrentUser
{
    public ClaimsPrincipal? RequestPrincipal { get; set; }

    public Actor? Actor => WorkspaceClaims.ToActor(RequestPrincipal ?? CircuitPrincipal());

    private ClaimsPrincipal? CircuitPrincipal()
    {
        try
        {
            var task = authenticationState.GetAuthenticationStateAsync();
            return task.IsCompletedSuccessfully ? task.Result.User : null;
        }
        catch (InvalidOperationException)
        {
            // Outside Blazor the provider has no state: nobody is signed in for this scope.
            return null;
        }
    }
}

internal static class CurrentUserMiddleware
{
    public static IApplicationBuilder UseCurrentUser(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<CurrentUser>().RequestPrincipal = context.User;
            return next(context);
        });
}
