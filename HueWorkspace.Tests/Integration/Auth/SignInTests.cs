using System.Net;

namespace HueWorkspace.Tests.Integration.Auth;

/// <summary>The real OpenID Connect flow against the built-in provider, through the real handlers.</summary>
public sealed class SignInTests(SignInTests.Factory factory) : IClassFixture<SignInTests.Factory>
{
    public sealed class Factory : WorkspaceFactory;

    [Fact]
    public async Task Anonymous_IsSentToTheProvidersVietnameseSignInPage()
    {
        using var client = SignInClient.Create(factory);
        var response = await client.Http.GetAsync("/tasks");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/connect/authorize?", response.Headers.Location!.ToString());
        Assert.Contains("code_challenge_method=S256", response.Headers.Location!.Query);

        var page = await client.StartAsync("/tasks");
        Assert.Contains("Đăng nhập một lần (SSO)", page.Html);
        Assert.Contains("Tên đăng nhập", page.Html);
        Assert.Contains("Mật khẩu", page.Html);
    }

    [Fact]
    public async Task SignIn_ThroughTheWholeFlow_LandsOnTheRequestedPage_WithNameAndUnit()
    {
        using var client = SignInClient.Create(factory);
        var landing = await client.SignInAsync("tc.chuyenvien", path: "/notifications");
        Assert.Equal("/notifications", landing.OriginalString);
        Assert.True(client.HasAppSession);

        var home = await client.Http.GetStringAsync("/");
        Assert.Contains("Ngô Thị Quỳnh", home);
        Assert.Contains("Sở Tài chính", home);
        Assert.Contains("data-testid=\"unread-count\"", home);
    }

    [Fact]
    public async Task WrongPassword_ShowsAVietnameseError_AndOpensNoSession()
    {
        using var client = SignInClient.Create(factory);
        var page = await client.StartAsync();
        var response = await client.SubmitAsync(page, "tc.chuyenvien", "sai-mat-khau");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync());
        Assert.False(client.HasProviderSession);
        Assert.False(client.HasAppSession);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("", "Hue@2026", "Vui lòng nhập tên đăng nhập và mật khẩu.")]
    [InlineData("tc.chuyenvien", "", "Vui lòng nhập tên đăng nhập và mật khẩu.")]
    [InlineData("   ", "   ", "Vui lòng nhập tên đăng nhập và mật khẩu.")]
    public async Task EmptyFields_AreRefused(string userName, string password, string message)
    {
        using var client = SignInClient.Create(factory);
        var response = await client.SubmitAsync(await client.StartAsync(), userName, password);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.False(client.HasProviderSession);
    }

    [Fact]
    public async Task OversizedFields_AreRefused()
    {
        using var client = SignInClient.Create(factory);
        var page = await client.StartAsync();
        var response = await client.SubmitAsync(page, new string('a', 101), "Hue@2026");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("quá dài", await response.Content.ReadAsStringAsync());
        response = await client.SubmitAsync(page, "tc.chuyenvien", new string('x', 5000));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(client.HasProviderSession);
    }

    [Theory]
    [InlineData("https://evil.example/connect/authorize?x=1")]
    [InlineData("//evil.example/connect/authorize?x=1")]
    [InlineData("/tasks")]
    public async Task AReturnUrlOutsideTheProvider_IsRefused_EvenWithTheRightPassword(string returnUrl)
    {
        using var client = SignInClient.Create(factory);
        var genuine = await client.StartAsync();
        var url = "/sso/dang-nhap?returnUrl=" + Uri.EscapeDataString(returnUrl);
        var get = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Contains("địa chỉ quay lại không thuộc hệ thống này", await get.Content.ReadAsStringAsync());

        // Posting the genuine form's fields to the same page with the foreign return address signs nobody in.
        var forged = new SignInClient.LoginPage(url, $"<form action=\"{url}\"><input name=\"__RequestVerificationToken\" value=\"{genuine.AntiforgeryToken}\">");
        var response = await client.SubmitAsync(forged, "tc.chuyenvien", "Hue@2026");
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(client.HasProviderSession);
    }

    [Fact]
    public async Task AppSignInReturnUrl_ToAnotherHost_IsIgnored()
    {
        using var client = SignInClient.Create(factory);
        var response = await client.Http.GetAsync("/account/signin?returnUrl=" + Uri.EscapeDataString("https://evil.example/"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/connect/authorize", response.Headers.Location!.ToString());
        var landing = await client.SignInAsync("tc.chuyenvien", path: "/account/signin?returnUrl=" + Uri.EscapeDataString("//evil.example/"));
        Assert.Equal("/", landing.OriginalString);
    }

    [Fact]
    public async Task SignOut_EndsBothSessions_AndNeedsAnAntiforgeryToken()
    {
        using var client = SignInClient.Create(factory);
        await client.SignInAsync("xd.chuyenvien");

        var forged = await client.Http.PostAsync("/account/signout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True(client.HasAppSession);

        var (status, location) = await client.SignOutAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("/signed-out", location.AbsolutePath);
        Assert.False(client.HasAppSession);
        Assert.False(client.HasProviderSession);

        // The provider asks for the password again: its session ended too.
        var again = await client.StartAsync();
        Assert.Contains("Mật khẩu", again.Html);
    }

    [Fact]
    public async Task FirstSignIn_WithoutAnAssignment_SeesOnlyTheWaitingPage()
    {
        using var client = SignInClient.Create(factory);
        await client.SignInAsync("moi.nhanvien");
        var home = await client.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/access-denied", home.Headers.Location!.AbsolutePath);
        var page = await client.Http.GetStringAsync("/access-denied");
        Assert.Contains("Tài khoản đang chờ phân công", page);
        Assert.Contains("Nguyễn Văn Mới", page);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/api/notifications")).StatusCode);
    }

    [Fact]
    public async Task Health_AnswersTheStatusOnly_WithoutSignIn()
    {
        using var client = SignInClient.Create(factory);
        var response = await client.Http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        // Nothing about the data (it once said how many units exist) to an anonymous caller.
        Assert.Equal("{\"status\":\"Healthy\"}", body);
    }

    [Fact]
    public async Task ApiAndHub_AnswerUnauthorized_InsteadOfRedirecting()
    {
        using var client = SignInClient.Create(factory);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.PostAsync("/hubs/notifications/negotiate?negotiateVersion=1", null)).StatusCode);
    }

    [Fact]
    public async Task TheUiIsVietnamese_WhateverTheBrowsersLanguage_AndEnglishOnRequest()
    {
        using var client = SignInClient.Create(factory);
        await client.SignInAsync("gd.chuyenvien");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/notifications");
        request.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        Assert.Contains("Thông báo của tôi", await (await client.Http.SendAsync(request)).Content.ReadAsStringAsync());

        var switched = await client.Http.GetAsync("/culture/en?returnUrl=%2Fnotifications");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/notifications", switched.Headers.Location!.OriginalString);
        var english = await client.Http.GetStringAsync("/notifications");
        Assert.Contains("My notifications", english);
        Assert.Contains("Mark all read", english);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.Http.GetAsync("/culture/fr")).StatusCode);
        var offsite = await client.Http.GetAsync("/culture/vi-VN?returnUrl=" + Uri.EscapeDataString("https://evil.example/"));
        Assert.Equal("/", offsite.Headers.Location!.OriginalString);
    }
}
