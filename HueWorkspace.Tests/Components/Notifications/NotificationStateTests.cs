using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Web.Features.Notifications;
using Microsoft.Extensions.Logging.Abstractions;

namespace HueWorkspace.Tests.Components.Notifications;

/// <summary>What arrived while a circuit was disconnected is counted as soon as the connection is back.</summary>
public sealed class NotificationStateTests : Domain.DatabaseTest
{
    [Fact]
    public async Task AfterAReconnect_TheUnreadCountIsRebuiltFromTheDatabase()
    {
        var me = await ActAsAsync("yt.chuyenvien");
        var notifier = new NotificationNotifier(NullLogger<NotificationNotifier>.Instance);
        using var state = new NotificationState(notifier, new NotificationService(Db, User, Publisher, TimeProvider.System), User);
        await state.StartAsync();
        Assert.Equal(0, state.UnreadCount);

        // Stored while the browser was offline: no live event reached this circuit.
        await using (var db = Db.CreateDbContext())
        {
            db.Notifications.Add(Notification.Create(me.UserId!.Value, "test", new NotificationText("text", "Trong lúc mất kết nối"), "/notifications", DateTime.UtcNow));
            await db.SaveAsAsync(Actor.System, default);
        }

        Assert.Equal(0, state.UnreadCount);
        await new NotificationCircuitHandler(state).OnConnectionUpAsync(null!, default);
        Assert.Equal(1, state.UnreadCount);
    }
}
