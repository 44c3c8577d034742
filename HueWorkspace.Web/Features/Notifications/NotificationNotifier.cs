using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Channels;
using HueWorkspace.Domain.Notifications;

namespace HueWorkspace.Web.Features.Notifications;

/// <summary>
/// Something changed for a person: a notification arrived (<see cref="Created"/>), some were read (nothing set), a
/// record they may see changed (<see cref="Change"/>), or their own unit or roles changed (<see cref="ProfileChanged"/>).
/// </summary>
public sealed record NotificationEvent(Guid RecipientId, NotificationMessage? Created, EntityChange? Change = null, bool ProfileChanged = false);

/// <summary>
/// In-process fan-out to the Blazor circuits open in this instance, keyed by person. Each subscription is a queue with
/// its own reader: <see cref="Post"/> only drops the event into the queues and returns, so the person whose action
/// caused it never waits for the pages watching; each circuit drains its queue in batches (a burst becomes one reload)
/// at its own pace. With several instances, each instance's notifier is fed from a shared channel
/// (docs/decisions/0002-notifications.md).
/// </summary>
public sealed class NotificationNotifier(ILogger<NotificationNotifier> logger)
{
    /// <summary>A burst of events within this window reaches a circuit as one batch.</summary>
    public static readonly TimeSpan CoalesceWindow = TimeSpan.FromMilliseconds(20);

    /// <summary>A circuit that stops reading keeps at most this many events; the oldest are dropped (the database still has them).</summary>
    public const int QueueCapacity = 1024;

    private readonly ConcurrentDictionary<Guid, ImmutableList<Inbox>> _subscribers = new();

    /// <summary>Delivers batches of this person's events to <paramref name="handler"/>, one batch at a time, off the caller's thread.</summary>
    public IDisposable Subscribe(Guid userId, Func<IReadOnlyList<NotificationEvent>, Task> handler)
    {
        var inbox = new Inbox(handler, logger, userId);
        _subscribers.AddOrUpdate(userId, _ => [inbox], (_, list) => list.Add(inbox));
        return new Subscription(() =>
        {
            _subscribers.AddOrUpdate(userId, _ => [], (_, list) => list.Remove(inbox));
            inbox.Complete();
        });
    }

    public int SubscriberCount(Guid userId) => _subscribers.TryGetValue(userId, out var list) ? list.Count : 0;

    /// <summary>Queues the event for every open circuit of its person; never waits for them.</summary>
    public void Post(NotificationEvent notification)
    {
        if (_subscribers.TryGetValue(notification.RecipientId, out var inboxes))
        {
            foreach (var inbox in inboxes)
            {
                inbox.Post(notification);
            }
        }
    }

    private sealed class Inbox
    {
        private readonly Channel<NotificationEvent> _queue = Channel.CreateBounded<NotificationEvent>(
            new BoundedChannelOptions(QueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        private readonly Func<IReadOnlyList<NotificationEvent>, Task> _handler;
        private readonly ILogger _logger;
        private readonly Guid _userId;

        public Inbox(Func<IReadOnlyList<NotificationEvent>, Task> handler, ILogger logger, Guid userId)
        {
            _handler = handler;
            _logger = logger;
            _userId = userId;
            _ = Task.Run(PumpAsync);
        }

        public void Post(NotificationEvent e) => _queue.Writer.TryWrite(e);

        public void Complete() => _queue.Writer.TryComplete();

        private async Task PumpAsync()
        {
            var reader = _queue.Reader;
            while (await reader.WaitToReadAsync())
            {
                await Task.Delay(CoalesceWindow);
                var batch = new List<NotificationEvent>();
                while (batch.Count < QueueCapacity && reader.TryRead(out var e))
                {
                    batch.Add(e);
                }

                try
                {
                    await _handler(batch);
                }
                catch (Exception ex)
                {
                    // A closed or broken circuit must not stop its queue; the database still has everything.
                    _logger.LogWarning(ex, "Live update to a circuit of {UserId} failed", _userId);
                }
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
