using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Tests.Builders;

namespace HueWorkspace.Tests.Domain.Notifications;

public sealed class NotificationServiceTests : DatabaseTest
{
    private NotificationService Service => new(Db, User, Publisher, TimeProvider.System);

    private async Task<(Guid A, Guid B)> NotifyTwoPeopleAsync()
    {
        var a = await DemoActors.UserIdAsync(Db, "tc.chuyenvien");
        var b = await DemoActors.UserIdAsync(Db, "xd.chuyenvien");
        await using var db = Db.CreateDbContext();
        db.Notifications.AddRange(
            Notification.Create(a, "test", new NotificationText("text", "Cho A 1"), "/a", DateTime.UtcNow),
            Notification.Create(a, "test", new NotificationText("text", "Cho A 2"), "/a", DateTime.UtcNow.AddSeconds(1)),
            Notification.Create(b, "test", new NotificationText("text", "Cho B"), "/b", DateTime.UtcNow));
        await db.SaveAsAsync(Actor.System, default);
        return (a, b);
    }

    [Fact]
    public async Task EachPersonSeesAndCountsOnlyTheirOwn_NewestFirst()
    {
        await NotifyTwoPeopleAsync();
        await ActAsAsync("tc.chuyenvien");
        Assert.Equal(2, await Service.CountUnreadAsync());
        var page = await Service.ListAsync(0, 10);
        Assert.Equal(["Cho A 2", "Cho A 1"], page.Items.Select(n => n.Title));
    }

    [Fact]
    public async Task MarkingAnotherPersonsNotification_IsNotFound_AndChangesNothing()
    {
        await NotifyTwoPeopleAsync();
        await ActAsAsync("xd.chuyenvien");
        var bs = await Service.ListAsync(0, 10);
        await ActAsAsync("tc.chuyenvien");
        await Assert.ThrowsAsync<NotFoundException>(() => Service.MarkReadAsync(bs.Items[0].Id));
        await ActAsAsync("xd.chuyenvien");
        Assert.Equal(1, await Service.CountUnreadAsync());
    }

    [Fact]
    public async Task MarkOne_ThenAll_UpdatesTheCount_AndTellsTheOtherWindows()
    {
        var (a, _) = await NotifyTwoPeopleAsync();
        await ActAsAsync("tc.chuyenvien");
        var page = await Service.ListAsync(0, 10);
        await Service.MarkReadAsync(page.Items[0].Id);
        Assert.Equal(1, await Service.CountUnreadAsync());
        Assert.Equal(1, await Service.MarkAllReadAsync());
        Assert.Equal(0, await Service.CountUnreadAsync());
        Assert.Equal([a, a], Publisher.ReadEvents);
        Assert.Equal(1, (await Service.ListAsync(0, 10, unreadOnly: false)).Items.Count(n => n.Title == "Cho A 1"));
        Assert.Empty((await Service.ListAsync(0, 10, unreadOnly: true)).Items);

        await ActAsAsync("xd.chuyenvien");
        Assert.Equal(1, await Service.CountUnreadAsync());
    }

    [Fact]
    public void ALinkOutsideTheApp_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Notification.Create(Guid.NewGuid(), "x", new NotificationText("text", "t"), "//evil.example/x", DateTime.UtcNow));
}
