using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Seeding;
using HueWorkspace.Domain.SignIn;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HueWorkspace.Web.Auth.BuiltInProvider;

/// <summary>
/// Once the server listens: registers the app as a public PKCE client of the built-in provider with
/// redirect addresses for every address it listens on, and gives the demo people their stand-in SSO
/// accounts when there are none yet.
/// </summary>
internal sealed class BuiltInClientRegistrar(
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    PublicBaseUrl baseUrl,
    IConfiguration configuration,
    ILogger<BuiltInClientRegistrar> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => RegisterAsync(CancellationToken.None).GetAwaiter().GetResult());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal async Task RegisterAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = BuiltInProviderDefaults.ClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "HueWorkspace",
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Email,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var address in baseUrl.AllKnown())
        {
            descriptor.RedirectUris.Add(new Uri(address, "signin-oidc"));
            descriptor.PostLogoutRedirectUris.Add(new Uri(address, "signout-callback-oidc"));
        }

        var existing = await manager.FindByClientIdAsync(BuiltInProviderDefaults.ClientId, ct);
        if (existing is null)
        {
            await manager.CreateAsync(descriptor, ct);
        }
        else
        {
            await manager.UpdateAsync(existing, descriptor, ct);
        }

        logger.LogInformation("Built-in sign-in provider ready at {BaseUrl}", baseUrl.Resolve());
        await SeedAccountsAsync(scope.ServiceProvider, ct);
    }

    private async Task SeedAccountsAsync(IServiceProvider provider, CancellationToken ct)
    {
        var password = configuration["BuiltInSignIn:DemoPassword"];
        if (string.IsNullOrEmpty(password))
        {
            return;
        }

        var dbFactory = provider.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();
        var hasher = provider.GetRequiredService<IPasswordHasher<BuiltInAccount>>();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.BuiltInAccounts.AnyAsync(ct))
        {
            return;
        }

        var hash = hasher.HashPassword(null!, password);
        db.BuiltInAccounts.AddRange(DemoOrganization.People.Select(p => BuiltInAccount.Create(p.UserName, hash, p.FullName, p.Email)));
        await db.SaveChangesAsync(ct);
    }
}
