using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace HueWorkspace.Tests.Integration.Auth;

/// <summary>Behind a reverse proxy the public address is configuration: the OIDC flow uses it, not the request's.</summary>
public sealed class PublicBaseUrlTests(PublicBaseUrlTests.Factory factory) : IClassFixture<PublicBaseUrlTests.Factory>
{
    public sealed class Factory : WorkspaceFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Authentication:PublicBaseUrl", "https://cqs.hue.gov.vn");
        }
    }

    [Fact]
    public async Task TheChallenge_GoesToThePublicAuthority_WithThePublicRedirectAddress()
    {
        using var client = SignInClient.Create(factory);
        var response = await client.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("https://cqs.hue.gov.vn/connect/authorize", location.GetLeftPart(UriPartial.Path));
        Assert.Contains("redirect_uri=" + Uri.EscapeDataString("https://cqs.hue.gov.vn/signin-oidc"), location.Query);
    }
}
