using System.Net;
using System.Net.Http.Json;
using System.Text;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration.Security;

/// <summary>No way in around the front door: another origin, a bare form post, a copied cookie, a bare sign-out link.</summary>
public sealed class SideDoorTests(SideDoorTests.Factory factory) : IClassFixture<SideDoorTests.Factory>
{
    public sealed class Factory : SignedInFactory;

    private const string OtherPort = "http://localhost:8001";

    private IDbContextFactory<WorkspaceDbContext> Db => factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();

    private static HttpRequestMessage Request(HttpMethod method, string path, string? origin = null, HttpContent? content = null, string? fetchSite = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        return request;
    }

    [Fact]
    public async Task OpeningANotification_MarksOnlyOnesOwn_OnlyFromThisSite_AndLeadsOnlyToItsOwnLink()
    {
        var mine = await DemoActors.UserIdAsync(Db, "tc.chuyenvien");
        var theirs = await DemoActors.UserIdAsync(Db, "khcn.chuyenvien");
        var own = Notification.Create(mine, "test", new NotificationText("text", "Của tôi"), "/tasks?tab=Mine", DateTime.UtcNow);
        var other = Notification.Create(theirs, "test", new NotificationText("text", "Của người khác"), "/tasks", DateTime.UtcNow);
        var outside = Notification.Create(mine, "test", new NotificationText("text", "Từ trang ngoài"), "/announcements", DateTime.UtcNow);
        await using (var db = await Db.CreateDbContextAsync())
        {
            db.Actor = global::HueWorkspace.Domain.Common.Actor.System;
            db.Notifications.AddRange(own, other, outside);
            await db.SaveChangesAsync();
        }

        var client = (await factory.ClientAsync("tc.chuyenvien")).Http;
        async Task<(HttpStatusCode Status, string? Location)> OpenAsync(Guid id, string? fetchSite = null)
        {
            using var response = await client.SendAsync(Request(HttpMethod.Get, $"/notifications/{id}/open", fetchSite: fetchSite));
            return (response.StatusCode, response.Headers.Location?.OriginalString);
        }

        async Task<bool> ReadAsync(Guid id)
        {
            await using var db = await Db.CreateDbContextAsync();
            return await db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAtUtc != null).SingleAsync();
        }

        Assert.Equal((HttpStatusCode.Redirect, "/tasks?tab=Mine"), await OpenAsync(own.Id, "same-origin"));
        Assert.True(await ReadAsync(own.Id));
        Assert.Equal((HttpStatusCode.Redirect, "/notifications"), await OpenAsync(other.Id));
        Assert.False(await ReadAsync(other.Id));
        Assert.Equal((HttpStatusCode.Redirect, "/notifications"), await OpenAsync(outside.Id, "cross-site"));
        Assert.False(await ReadAsync(outside.Id));
        using var anonymous = await SignInClient.Create(factory).Http.GetAsync($"/notifications/{outside.Id}/open");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.DoesNotContain("/announcements", anonymous.Headers.Location?.OriginalString ?? "/announcements");
        Assert.False(await ReadAsync(outside.Id));
    }

    [Theory]
    [InlineData("/hubs/notifications/negotiate?negotiateVersion=1")]
    [InlineData("/_blazor/negotiate?negotiateVersion=1")]
    public async Task ALiveConnectionFromAnotherOrigin_IsRefused_FromOurOwnItOpens(string negotiate)
    {
        var staff = await factory.ClientAsync("tc.lanhdao");
        var foreign = await staff.Http.SendAsync(Request(HttpMethod.Post, negotiate, OtherPort));
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Contains("trang khác", await foreign.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Http.SendAsync(Request(HttpMethod.Post, negotiate, "null"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Http.SendAsync(Request(HttpMethod.Post, negotiate, null, fetchSite: "same-site"))).StatusCode);

        // The WebSocket upgrade itself is a GET: refused before it reaches the hub.
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Http.SendAsync(Request(HttpMethod.Get, negotiate.Replace("/negotiate", "", StringComparison.Ordinal), OtherPort))).StatusCode);

        var own = await staff.Http.SendAsync(Request(HttpMethod.Post, negotiate, "http://localhost"));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task AnOutsideDataRequester_CannotOpenTheHub()
    {
        var requester = await factory.ClientAsync("vnpt.khaithac");
        Assert.Equal(HttpStatusCode.Forbidden, (await requester.Http.PostAsync("/hubs/notifications/negotiate?negotiateVersion=1", null)).StatusCode);
    }

    [Fact]
    public async Task ABodilessFormPost_CannotClearSomeonesUnreadCount()
    {
        var leader = await factory.ClientAsync("chutich");
        Assert.Equal(HttpStatusCode.Created, (await leader.SendAsync(await DemoActors.UnitIdAsync(Db, "STC"), "Để đếm chưa đọc")).StatusCode);
        var victim = await factory.ClientAsync("tc.chuyenvien");
        var unread = await UnreadAsync("tc.chuyenvien");
        Assert.True(unread > 0);

        // What a page elsewhere can send with the victim's cookies: a form, plain text, or nothing at all.
        var form = await victim.Http.SendAsync(Request(HttpMethod.Post, "/api/notifications/read-all", null, new FormUrlEncodedContent([])));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Contains("application/json", await form.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await victim.Http.SendAsync(Request(HttpMethod.Post, "/api/notifications/read-all", null, new StringContent("", Encoding.UTF8, "text/plain")))).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await victim.Http.PostAsync("/api/notifications/read-all", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await victim.Http.SendAsync(Request(HttpMethod.Post, "/api/notifications/read-all", OtherPort, JsonContent.Create(new { })))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await victim.Http.SendAsync(Request(HttpMethod.Post, "/api/notifications/read-all", null, JsonContent.Create(new { }), "cross-site"))).StatusCode);
        Assert.Equal(unread, await UnreadAsync("tc.chuyenvien"));

        // The Hue-S app (JSON, no browser headers) still can.
        Assert.Equal(HttpStatusCode.OK, (await victim.Http.PostAsync("/api/notifications/read-all", JsonContent.Create(new { }))).StatusCode);
        Assert.Equal(0, await UnreadAsync("tc.chuyenvien"));
    }

    private async Task<int> UnreadAsync(string userName)
    {
        var id = await DemoActors.UserIdAsync(Db, userName);
        await using var db = await Db.CreateDbContextAsync();
        return await db.Notifications.CountAsync(n => n.RecipientId == id && n.ReadAtUtc == null);
    }

    [Fact]
    public async Task ACopiedCookie_StopsWorking_OnceItsOwnerSignsOut()
    {
        using var owner = SignInClient.Create(factory);
        await owner.SignInAsync("tc.vanthu");
        using var thief = SignInClient.Create(factory);
        thief.Http.DefaultRequestHeaders.Add("Cookie", owner.CookieHeader);
        Assert.Equal(HttpStatusCode.OK, (await thief.Http.GetAsync("/api/tasks")).StatusCode);

        var (status, _) = await owner.SignOutAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.Http.GetAsync("/api/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.Http.GetAsync("/api/notifications")).StatusCode);

        // Signing in again is a new session that works.
        using var again = SignInClient.Create(factory);
        await again.SignInAsync("tc.vanthu");
        Assert.Equal(HttpStatusCode.OK, (await again.Http.GetAsync("/api/tasks")).StatusCode);
    }

    [Fact]
    public async Task ABareEndSessionLink_DoesNotSignAnyoneOut()
    {
        using var client = SignInClient.Create(factory);
        await client.SignInAsync("tc.lanhdao");
        Assert.True(client.HasProviderSession);

        var response = await client.Http.GetAsync("/connect/endsession");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Đăng xuất", await response.Content.ReadAsStringAsync());
        Assert.True(client.HasProviderSession);
        Assert.True(client.HasAppSession);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/api/tasks")).StatusCode);
    }
}

/// <summary>Password guessing at the built-in sign-in page, on its own host (the throttle counts per address).</summary>
public sealed class SignInThrottlingTests(SignInThrottlingTests.Factory factory) : IClassFixture<SignInThrottlingTests.Factory>
{
    public sealed class Factory : WorkspaceFactory;

    [Fact]
    public async Task FiveWrongPasswords_ThenEvenTheRightOneWaits_AndEveryTryIsAudited()
    {
        using var client = SignInClient.Create(factory);
        var page = await client.StartAsync();
        for (var i = 0; i < HueWorkspace.Domain.SignIn.SignInThrottle.MaxFailuresPerAccount; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SubmitAsync(page, "tc.lanhdao", $"sai-{i}")).StatusCode);
        }

        var refused = await client.SubmitAsync(page, "tc.lanhdao", "Hue@2026");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Đăng nhập sai quá nhiều lần", await refused.Content.ReadAsStringAsync());
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(14));

        // Someone else signs in as usual.
        using var colleague = SignInClient.Create(factory);
        await colleague.SignInAsync("tc.vanthu");

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        var audited = await db.AuditEntries.Where(e => e.EntityType == "SignInAttempt").Select(e => e.Changes).ToListAsync();
        Assert.Equal(HueWorkspace.Domain.SignIn.SignInThrottle.MaxFailuresPerAccount, audited.Count(c => c.Contains("tc.lanhdao") && c.Contains("false")));
        Assert.Single(audited, c => c.Contains("tc.vanthu") && c.Contains("true"));
    }
}
