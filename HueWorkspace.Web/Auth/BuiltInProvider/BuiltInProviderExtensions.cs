using System.Security.Claims;
using HueWorkspace.Domain.Persistence;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HueWorkspace.Web.Auth.BuiltInProvider;

/// <summary>
/// The stand-in for the city SSO: an OpenIddict server inside the app, with its own session cookie and a
/// Vietnamese sign-in page for the seeded accounts, so the real OIDC flow runs with no other service.
/// </summary>
public static class BuiltInProviderExtensions
{
    public static WebApplicationBuilder AddBuiltInProvider(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IPasswordHasher<Domain.SignIn.BuiltInAccount>, PasswordHasher<Domain.SignIn.BuiltInAccount>>();
        services.AddScoped<BuiltInAccountStore>();
        services.AddHostedService<BuiltInClientRegistrar>();
        services.AddSingleton<IConfigureOptions<OpenIddict.Server.OpenIddictServerOptions>, ProviderKeyOptions>();
        services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>, BuiltInAuthorityOptions>();

        services.AddAuthentication().AddCookie(BuiltInProviderDefaults.SsoScheme, o =>
        {
            o.Cookie.Name = "HueWorkspace.Sso";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.LoginPath = BuiltInProviderDefaults.LoginPath;
        });

        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<WorkspaceDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);

                // Keys come from the shared database (ProviderKeyOptions), so a code issued on one instance is redeemed on
                // another and an id_token signed by one is checked by another.
                o.DisableAccessTokenEncryption();
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });
        return builder;
    }

    public static WebApplication MapBuiltInProvider(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IServiceProviderIsService>().IsService(typeof(BuiltInAccountStore)))
        {
            return app;
        }

        app.MapMethods(BuiltInProviderDefaults.AuthorizePath, [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync).AllowAnonymous().DisableAntiforgery();
        app.MapPost("/connect/token", (Delegate)TokenAsync).AllowAnonymous().DisableAntiforgery();
        app.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionAsync).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, BuiltInAccountStore accounts)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await context.AuthenticateAsync(BuiltInProviderDefaults.SsoScheme);
        var account = session.Succeeded ? await accounts.FindBySubjectAsync(session.Principal!.FindFirstValue(Claims.Subject)) : null;
        if (account is null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.LoginRequired,
                }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            }

            var parameters = context.Request.HasFormContentType ? context.Request.Form.ToList() : context.Request.Query.ToList();
            var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(parameters.Where(p => p.Key != Parameters.Prompt));
            return Results.Redirect($"{BuiltInProviderDefaults.LoginPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, account.Subject)
            .SetClaim(Claims.Name, account.FullName)
            .SetClaim(Claims.Email, account.Email)
            .SetClaim(Claims.PreferredUsername, account.UserName);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(static claim => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (!request.IsAuthorizationCodeGrantType())
        {
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.UnsupportedGrantType,
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return Results.SignIn(result.Principal!, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// Ends the provider's session only when the app asks with the id token it was given (OpenIddict has validated the
    /// hint by then): a bare link to /connect/endsession from anywhere must not sign people out.
    /// </summary>
    private static async Task<IResult> EndSessionAsync(HttpContext context, Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource> l)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (string.IsNullOrEmpty(request.IdTokenHint))
        {
            return Results.Problem(detail: l["SignIn.EndSessionNeedsHint"], statusCode: StatusCodes.Status400BadRequest);
        }

        await context.SignOutAsync(BuiltInProviderDefaults.SsoScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/signed-out" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}

/// <summary>Points the app's OIDC client at the built-in provider on the address the app listens on.</summary>
internal sealed class BuiltInAuthorityOptions(PublicBaseUrl baseUrl) : IConfigureNamedOptions<OpenIdConnectOptions>
{
    public void Configure(string? name, OpenIdConnectOptions options)
    {
        if (name != OpenIdConnectDefaults.AuthenticationScheme)
        {
            return;
        }

        options.Authority = baseUrl.Resolve().ToString();
        options.RequireHttpsMetadata = false;
    }

    public void Configure(OpenIdConnectOptions options) => Configure(Options.DefaultName, options);
}
