using Microsoft.AspNetCore.DataProtection;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Common;
using Microsoft.AspNetCore.Antiforgery;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.SignIn;
using HueWorkspace.Web.Auth.BuiltInProvider;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace HueWorkspace.Web.Auth;

/// <summary>
/// The app is an OpenID Connect client (authorization code + PKCE) of the authority in configuration
/// (<c>Authentication:Authority</c>: the city SSO or a VNeID broker). With no authority configured, the
/// built-in stand-in provider is hosted at the app's own address (docs/decisions/0001-built-in-sign-in-provider.md).
/// </summary>
public static class AuthExtensions
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;

    public static WebApplicationBuilder AddWorkspaceAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection("Authentication");
        var authority = section["Authority"];

        // The stand-in provider with its demo accounts only where configuration asks for it (Development, tests).
        var builtIn = string.IsNullOrWhiteSpace(authority) && section.GetValue("UseBuiltInProvider", false);
        if (string.IsNullOrWhiteSpace(authority) && !builtIn)
        {
            throw new InvalidOperationException(
                "No sign-in provider: set Authentication:Authority to the city SSO, or Authentication:UseBuiltInProvider=true for the local stand-in.");
        }

        // The keys that protect cookies, antiforgery tokens and the OIDC correlation live in the shared database, so
        // whichever instance a request reaches can read what another wrote (docs/decisions/0008-scale-out.md).
        services.AddDataProtection().SetApplicationName("HueWorkspace").PersistKeysToDbContext<WorkspaceDbContext>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieScheme;
                o.DefaultChallengeScheme = OidcScheme;
            })
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = "HueWorkspace.Auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                o.AccessDeniedPath = "/access-denied";

                // Each cookie names a session kept on the server; sign-out and unassignment revoke it, so a copied cookie
                // stops working at once. Anonymous endpoints (static files, sign-in pages) skip the lookup.
                o.Events.OnValidatePrincipal = async context =>
                {
                    if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
                    {
                        return;
                    }

                    var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionService>();
                    if (!Guid.TryParse(context.Principal?.FindFirst(WorkspaceClaims.Session)?.Value, out var sessionId)
                        || context.Principal?.FindFirst(WorkspaceClaims.Subject)?.Value is not { } subject
                        || !await sessions.IsActiveAsync(sessionId, subject, context.HttpContext.RequestAborted))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieScheme);
                    }
                };
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    if (IsApi(context.Request))
                    {
                        context.Response.StatusCode = StatusCodes.Status403Forbidden;
                        return Task.CompletedTask;
                    }

                    context.Response.Redirect(context.RedirectUri);
                    return Task.CompletedTask;
                };
            })
            .AddOpenIdConnect(OidcScheme, o =>
            {
                o.Authority = authority;
                o.ClientId = section["ClientId"] ?? BuiltInProviderDefaults.ClientId;
                o.ClientSecret = section["ClientSecret"];
                o.ResponseType = "code";
                o.UsePkce = true;
                o.Scope.Clear();
                o.Scope.Add("openid");
                o.Scope.Add("profile");
                o.Scope.Add("email");
                o.SaveTokens = true;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = !builtIn;
                o.TokenValidationParameters.NameClaimType = WorkspaceClaims.Name;
                o.CallbackPath = "/signin-oidc";
                o.SignedOutCallbackPath = "/signout-callback-oidc";
                o.SignedOutRedirectUri = "/signed-out";
                o.RequireHttpsMetadata = !builtIn && !builder.Environment.IsDevelopment();
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Events.OnRedirectToIdentityProvider = context =>
                {
                    // APIs and the hub answer 401; only pages go to the sign-in page.
                    if (IsApi(context.Request))
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        context.HandleResponse();
                        return Task.CompletedTask;
                    }

                    // Behind a proxy the request's own address is not the one the SSO knows.
                    if (PublicBase(context.HttpContext) is { } publicBaseUrl)
                    {
                        context.ProtocolMessage.RedirectUri = new Uri(publicBaseUrl, context.Options.CallbackPath.Value!.TrimStart('/')).ToString();
                    }

                    return Task.CompletedTask;
                };
                o.Events.OnRedirectToIdentityProviderForSignOut = context =>
                {
                    if (PublicBase(context.HttpContext) is { } publicBaseUrl)
                    {
                        context.ProtocolMessage.PostLogoutRedirectUri = new Uri(publicBaseUrl, context.Options.SignedOutCallbackPath.Value!.TrimStart('/')).ToString();
                    }

                    return Task.CompletedTask;
                };
                o.Events.OnTokenValidated = async context =>
                {
                    var principal = context.Principal!;
                    var subject = principal.FindFirst(WorkspaceClaims.Subject)?.Value
                        ?? throw new InvalidOperationException("The identity provider sent no subject.");
                    var recorder = context.HttpContext.RequestServices.GetRequiredService<SignInRecorder>();
                    await recorder.RecordAsync(subject, principal.FindFirst(WorkspaceClaims.Name)?.Value,
                        principal.FindFirst(WorkspaceClaims.Email)?.Value, principal.FindFirst(WorkspaceClaims.PreferredUserName)?.Value,
                        context.HttpContext.RequestAborted);
                    var session = await context.HttpContext.RequestServices.GetRequiredService<SessionService>()
                        .StartAsync(subject, context.HttpContext.RequestAborted);
                    ((System.Security.Claims.ClaimsIdentity)principal.Identity!).AddClaim(new System.Security.Claims.Claim(WorkspaceClaims.Session, session.ToString()));
                };
                o.Events.OnRemoteFailure = context =>
                {
                    // A stale or replayed callback: start again instead of showing an exception page.
                    context.Response.Redirect("/signed-out?error=1");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });

        var assigned = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireClaim(WorkspaceClaims.Assigned, "true")
            .Build();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(assigned)
            .SetFallbackPolicy(assigned)
            .AddPolicy(Policies.Assigned, assigned)
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Staff, p => p.Combine(assigned).RequireAssertion(c =>
                c.User.FindAll(System.Security.Claims.ClaimTypes.Role).Any(r => r.Value != nameof(Role.DataRequester))))
            .AddPolicy(Policies.Administrator, p => p.Combine(assigned).RequireRole(nameof(Role.Administrator)))
            .AddPolicy(Policies.SendAnnouncements, p => p.Combine(assigned)
                .RequireRole(nameof(Role.UnitLeader), nameof(Role.CityLeader), nameof(Role.Administrator)));

        services.AddSingleton<PublicBaseUrl>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, WorkspaceAuthenticationStateProvider>();
        services.AddTransient<IClaimsTransformation, WorkspaceClaimsTransformation>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());

        if (builtIn)
        {
            builder.AddBuiltInProvider();
        }

        return builder;
    }

    private static Uri? PublicBase(HttpContext context) => context.RequestServices.GetRequiredService<PublicBaseUrl>().Configured;

    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/hubs");

    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        // Starts the OIDC flow; only a local return address is honoured (no open redirects).
        app.MapGet("/account/signin", (string? returnUrl) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = Security.LocalUrl.OrHome(returnUrl) }, [OidcScheme]))
            .AllowAnonymous();

        // Ends the app session and the provider's session. POST with an antiforgery token only.
        app.MapPost("/account/signout", async (HttpContext context, IAntiforgery antiforgery) =>
            {
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    return Results.Problem("Yêu cầu đăng xuất không hợp lệ. Vui lòng tải lại trang và thử lại.", statusCode: StatusCodes.Status400BadRequest);
                }

                if (Guid.TryParse(context.User.FindFirst(WorkspaceClaims.Session)?.Value, out var session))
                {
                    await context.RequestServices.GetRequiredService<SessionService>().RevokeAsync(session, context.RequestAborted);
                }

                return Results.SignOut(new AuthenticationProperties { RedirectUri = "/signed-out" }, [CookieScheme, OidcScheme]);
            })
            .RequireAuthorization(Policies.SignedIn)
            .DisableAntiforgery();
        return app;
    }
}
