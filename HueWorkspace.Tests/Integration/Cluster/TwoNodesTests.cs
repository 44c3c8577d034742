using System.Net;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HueWorkspace.Tests.Integration.Tasks;
using OpenIddict.Abstractions;

namespace HueWorkspace.Tests.Integration.Cluster;

/// <summary>
/// Two instances of the app on one database and one file store, behind a balancer without sticky sessions: every step of
/// the sign-in (the app's challenge, the provider's page, the password post, the authorization, the callback with its
/// correlation cookie, the code's redemption) reaches the other instance than the step before, and the cookie one
/// instance wrote is read by the other. What makes it work: data-protection keys and the provider's keys in the database,
/// one client registration that neither instance rewrites.
/// </summary>
public sealed class TwoNodesTests : IAsyncLifetime
{
    private WorkspaceFactory _a = null!;
    private WorkspaceFactory _b = null!;

    public async ValueTask InitializeAsync()
    {
        _a = new WorkspaceFactory();
        _ = _a.Server;
        _b = new WorkspaceFactory { SecondNodeOf = _a };
        _ = _b.Server;
        await Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
    }

    [Fact]
    public async Task SigningIn_WithEachStepOnTheOtherInstance_Works_AndEitherInstanceReadsTheSession()
    {
        using var client = SignInClient.Across(_a, _b);
        var landed = await client.SignInAsync("chutich");
        Assert.Equal("/", landed.OriginalString);
        for (var i = 0; i < 4; i++)
        {
            var page = await client.Http.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("data-testid=\"user-name\"", await page.Content.ReadAsStringAsync());
        }

        // One key ring, one pair of provider keys, one client registration for both instances.
        await using var db = await _a.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        Assert.Single(await db.DataProtectionKeys.ToListAsync());
        Assert.Equal(2, await db.ProviderKeys.CountAsync());
        var applications = _b.Services.CreateScope().ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        Assert.Equal(1, await applications.CountAsync());
    }

    [Fact]
    public async Task AWriteOnOneInstance_IsReadOnTheOther()
    {
        using var client = SignInClient.Across(_a, _b);
        await client.SignInAsync("chutich");
        var unit = await Builders.DemoActors.UnitIdAsync(_a.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>(), "STC");
        var created = await client.CreateAsync(unit, "Việc giao qua hai máy chủ", null);
        var read = await client.Http.GetAsync($"/api/tasks/{created}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("Việc giao qua hai máy chủ", await read.Content.ReadAsStringAsync());
    }
}

/// <summary>Behind nginx the scheme and the client's address come from X-Forwarded-*, believed only from the proxy (loopback here).</summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.Factory factory) : IClassFixture<ForwardedHeadersTests.Factory>
{
    public sealed class Factory : WorkspaceFactory;

    private async Task<string> CorrelationCookieAsync(IPAddress from)
    {
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/tasks";
            c.Connection.RemoteIpAddress = from;
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
        });
        Assert.Equal(302, context.Response.StatusCode);
        return string.Join("\n", context.Response.Headers.SetCookie.ToArray());
    }

    [Fact]
    public async Task TheProxysHttps_MakesTheCookiesSecure_ButTheSameHeaderFromElsewhereIsIgnored()
    {
        Assert.Contains("secure", await CorrelationCookieAsync(IPAddress.Loopback), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", await CorrelationCookieAsync(IPAddress.Parse("198.51.100.20")), StringComparison.OrdinalIgnoreCase);
    }
}
