using Bunit;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using MudBlazor.Services;

namespace HueWorkspace.Tests.Components.Notifications;

/// <summary>The bell shows the unread count from the database and follows live notifications.</summary>
public sealed class NotificationBellTests : BunitContext, IAsyncLifetime
{
    private TestDatabase _db = null!;
    private readonly NotificationNotifier _notifier = new(NullLogger<NotificationNotifier>.Instance);
    private Actor _me = null!;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _me = await DemoActors.ForAsync(_db, "tc.chuyenvien");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(o => o.SnackbarConfiguration.ShowTransitionDuration = 0);
        Services.AddLocalization();
        Services.AddSingleton<IDbContextFactory<WorkspaceDbContext>>(_db);
        Services.AddSingleton<ICurrentUser>(new TestCurrentUser { Actor = _me });
        Services.AddSingleton(_notifier);
        Services.AddSingleton<INotificationPublisher>(new RecordingPublisher());
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<NotificationService>();
        Services.AddScoped<NotificationState>();
        Services.AddScoped<HueWorkspace.Web.Components.Shared.LiveAnnouncer>();
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private async Task<NotificationMessage> StoreAsync(string title)
    {
        var notification = Notification.Create(_me.UserId!.Value, NotificationKinds.Announcement, new NotificationText("text", title), "/announcements", DateTime.UtcNow);
        await using var db = _db.CreateDbContext();
        db.Notifications.Add(notification);
        await db.SaveAsAsync(Actor.System, default);
        return NotificationMessage.From(notification);
    }

    private IRenderedComponent<NotificationBell> RenderBell()
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<NotificationBell>();
    }

    private static string Count(IRenderedComponent<NotificationBell> bell) => bell.Find("[data-testid=unread-count]").TextContent;

    [Fact]
    public async Task ShowsTheUnreadCountFromTheDatabase()
    {
        await StoreAsync("Một");
        await StoreAsync("Hai");
        var bell = RenderBell();
        bell.WaitForAssertion(() => Assert.Equal("2", Count(bell)));
        Assert.Contains("2 chưa đọc", bell.Find("a[aria-label]").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task UpdatesWhenANotificationArrives_WithoutReload()
    {
        var bell = RenderBell();
        bell.WaitForAssertion(() => Assert.Equal("0", Count(bell)));
        Assert.Empty(bell.FindAll(".mud-badge-content, .mud-badge .mud-badge-badge"));

        var message = await StoreAsync("Họp giao ban");
        _notifier.Post(new NotificationEvent(_me.UserId!.Value, message));
        bell.WaitForAssertion(() => Assert.Equal("1", Count(bell)));
        bell.WaitForAssertion(() => Assert.Contains("1", bell.Find(".mud-badge").TextContent));
    }

    [Fact]
    public async Task ANewNotification_IsSpokenToAScreenReader_OnceThroughTheLiveRegion()
    {
        var spoken = new List<string>();
        Services.GetRequiredService<HueWorkspace.Web.Components.Shared.LiveAnnouncer>().Announced += spoken.Add;
        var bell = RenderBell();
        bell.WaitForAssertion(() => Assert.Equal("0", Count(bell)));

        var message = await StoreAsync("Họp giao ban");
        _notifier.Post(new NotificationEvent(_me.UserId!.Value, message));
        bell.WaitForAssertion(() => Assert.Equal("1", Count(bell)));
        bell.WaitForAssertion(() => Assert.Single(spoken));
        Assert.StartsWith("Thông báo mới: ", spoken[0]);
        Assert.Contains("Họp giao ban", spoken[0]);

        // The count itself is not a live region: it would be read out as a bare number.
        Assert.Null(bell.Find("[data-testid=unread-count]").GetAttribute("aria-live"));
    }

    [Fact]
    public async Task IgnoresNotificationsForSomebodyElse_AndDropsItsSubscriptionWhenDisposed()
    {
        var bell = RenderBell();
        bell.WaitForAssertion(() => Assert.Equal("0", Count(bell)));
        _notifier.Post(new NotificationEvent(Guid.NewGuid(), null));
        Assert.Equal("0", Count(bell));
        Assert.Equal(1, _notifier.SubscriberCount(_me.UserId!.Value));

        await DisposeComponentsAsync();
        Services.GetRequiredService<NotificationState>().Dispose();
        Assert.Equal(0, _notifier.SubscriberCount(_me.UserId!.Value));
    }
}
