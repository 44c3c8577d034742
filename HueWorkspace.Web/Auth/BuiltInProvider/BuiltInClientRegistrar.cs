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

        // Several instances share one registration: each adds the addresses it is missing and never removes another's,
        // and when nothing is missing nothing is written. A concurrent first registration is read back and merged.
        var existing = await manager.FindByClientIdAsync(BuiltInProviderDefaults.ClientId, ct);
        if (existing is null)
        {
            try
            {
                await manager.CreateAsync(descriptor, ct);
                existing = null;
            }
            catch (Exception ex) when (ex is DbUpdateException or OpenIddict.Abstractions.OpenIddictExceptions.ValidationException)
            {
                existing = await manager.FindByClientIdAsync(BuiltInProviderDefaults.ClientId, ct);
            }
        }

        if (existing is not null)
        {
            var current = new OpenIddictApplicationDescriptor();
            await manager.PopulateAsync(current, existing, ct);
            var missing = descriptor.RedirectUris.Except(current.RedirectUris).Concat(descriptor.PostLogoutRedirectUris.Except(current.PostLogoutRedirectUris)).Any()
                || descriptor.Permissions.Except(current.Permissions).Any();
            if (missing)
            {
                current.RedirectUris.UnionWith(descriptor.RedirectUris);
                current.PostLogoutRedirectUris.UnionWith(descriptor.PostLogoutRedirectUris);
                current.Permissions.UnionWith(descriptor.Permissions);
                await manager.UpdateAsync(existing, current, ct);
            }
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
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (HueWorkspace.Domain.Common.DbErrors.IsUniqueViolation(ex))
        {
            // Another instance seeded them at the same moment.
        }
    }
}
