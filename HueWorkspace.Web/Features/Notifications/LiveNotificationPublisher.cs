using HueWorkspace.Domain.Notifications;
using Microsoft.AspNetCore.SignalR;

namespace HueWorkspace.Web.Features.Notifications;

/// <summary>
/// Pushes committed notifications to this instance's circuits and to hub clients. Runs after the commit;
/// a failed push loses nothing, since clients recount from the database when they reconnect.
/// </summary>
internal sealed class LiveNotificationPublisher(
    NotificationNotifier notifier,
    IHubContext<NotificationHub> hub,
    ILogger<LiveNotificationPublisher> logger) : INotificationPublisher
{
    public async Task PublishAsync(IReadOnlyCollection<NotificationMessage> notifications, CancellationToken cancellationToken = default)
    {
        foreach (var message in notifications)
        {
            await notifier.PublishAsync(new NotificationEvent(message.RecipientId, message));
            await SafeAsync(() => hub.Clients.Group(NotificationHub.UserGroup(message.RecipientId)).SendAsync("notification", message, cancellationToken));
        }
    }

    public async Task PublishReadAsync(Guid recipientId, CancellationToken cancellationToken = default)
    {
        await notifier.PublishAsync(new NotificationEvent(recipientId, null));
        await SafeAsync(() => hub.Clients.Group(NotificationHub.UserGroup(recipientId)).SendAsync("read", cancellationToken));
    }

    public async Task PublishChangeAsync(EntityChange change, IReadOnlyCollection<Guid> audience, CancellationToken cancellationToken = default)
    {
        foreach (var person in audience)
        {
            await notifier.PublishAsync(new NotificationEvent(person, null, change));
        }

        await SafeAsync(() => hub.Clients.Groups(audience.Select(NotificationHub.UserGroup).ToList()).SendAsync("changed", change, cancellationToken));
    }

    private async Task SafeAsync(Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Pushing a notification to hub clients failed; it stays in the database");
        }
    }
}
