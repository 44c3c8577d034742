using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;

namespace HueWorkspace.Web.Features.Notifications;

/// <summary>
/// One circuit's view of its person's notifications: the unread count, rebuilt from the database on every
/// change and after every reconnect. Components subscribe to <see cref="Changed"/>.
/// </summary>
public sealed class NotificationState(NotificationNotifier notifier, NotificationService service, ICurrentUser currentUser) : IDisposable
{
    private IDisposable? _subscription;

    public int UnreadCount { get; private set; }

    /// <summary>The last notification that arrived live in this circuit.</summary>
    public NotificationMessage? Latest { get; private set; }

    /// <summary>Raised from any thread; components marshal with <c>InvokeAsync</c>.</summary>
    public event Func<Task>? Changed;

    /// <summary>A record this person may see was changed by someone; pages showing it reload. Raised from any thread.</summary>
    public event Func<EntityChange, Task>? RecordChanged;

    public bool IsStarted => _subscription is not null;

    public async Task StartAsync()
    {
        if (_subscription is not null || currentUser.Actor is not { IsAssigned: true } actor)
        {
            return;
        }

        _subscription = notifier.Subscribe(actor.UserId!.Value, OnEventAsync);
        await RefreshAsync();
    }

    public async Task RefreshAsync(CancellationToken ct = default)
    {
        if (_subscription is null)
        {
            return;
        }

        UnreadCount = await service.CountUnreadAsync(ct);
        await RaiseAsync();
    }

    private async Task OnEventAsync(NotificationEvent e)
    {
        if (e.Change is { } change)
        {
            if (RecordChanged is { } listeners)
            {
                foreach (var listener in listeners.GetInvocationList().Cast<Func<EntityChange, Task>>())
                {
                    await listener(change);
                }
            }

            return;
        }

        if (e.Created is not null)
        {
            Latest = e.Created;
        }

        await RefreshAsync();
    }

    private async Task RaiseAsync()
    {
        if (Changed is { } handlers)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<Func<Task>>())
            {
                await handler();
            }
        }
    }

    public void Dispose() => _subscription?.Dispose();
}
