using System.Collections.Concurrent;
using System.Collections.Immutable;
using HueWorkspace.Domain.Notifications;

namespace HueWorkspace.Web.Features.Notifications;

/// <summary>
/// Something changed for a person: a notification arrived (<see cref="Created"/>), some were read (neither set),
/// or a record they may see changed (<see cref="Change"/>).
/// </summary>
public sealed record NotificationEvent(Guid RecipientId, NotificationMessage? Created, EntityChange? Change = null);

/// <summary>
/// In-process fan-out to the Blazor circuits open in this instance, keyed by person. A circuit cannot use a
/// browser's hub connection, so circuits subscribe here. With several instances, each instance's notifier is
/// fed from a shared channel (docs/decisions/0002-notifications.md).
/// </summary>
public sealed class NotificationNotifier(ILogger<NotificationNotifier> logger)
{
    private readonly ConcurrentDictionary<Guid, ImmutableList<Func<NotificationEvent, Task>>> _subscribers = new();

    public IDisposable Subscribe(Guid userId, Func<NotificationEvent, Task> handler)
    {
        _subscribers.AddOrUpdate(userId, _ => [handler], (_, list) => list.Add(handler));
        return new Subscription(() => _subscribers.AddOrUpdate(userId, _ => [], (_, list) => list.Remove(handler)));
    }

    public int SubscriberCount(Guid userId) => _subscribers.TryGetValue(userId, out var list) ? list.Count : 0;

    public async Task PublishAsync(NotificationEvent notification)
    {
        if (!_subscribers.TryGetValue(notification.RecipientId, out var handlers))
        {
            return;
        }

        foreach (var handler in handlers)
        {
            try
            {
                await handler(notification);
            }
            catch (Exception ex)
            {
                // One closed circuit must not stop delivery to the others; the database still has it.
                logger.LogWarning(ex, "Live notification to a circuit of {UserId} failed", notification.RecipientId);
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
