using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;

namespace HueWorkspace.Web.Features.Notifications;

/// <summary>
/// One circuit's view of its person's notifications: the unread count, rebuilt from the database after every batch of
/// events and after every reconnect, and the records that changed. Components subscribe to <see cref="Changed"/> and
/// <see cref="RecordsChanged"/>; both are raised off the circuit's thread, so handlers marshal with <c>InvokeAsync</c>.
/// </summary>
public sealed class NotificationState(NotificationNotifier notifier, NotificationService service, ICurrentUser currentUser) : IDisposable
{
    private IDisposable? _subscription;

    public int UnreadCount { get; private set; }

    /// <summary>The last notification that arrived live in this circuit.</summary>
    public NotificationMessage? Latest { get; private set; }

    public event Func<Task>? Changed;

    /// <summary>Records this person may see were changed by someone: pages showing them reload once per batch.</summary>
    public event Func<IReadOnlyList<EntityChange>, Task>? RecordsChanged;

    public bool IsStarted => _subscription is not null;

    public async Task StartAsync()
    {
        if (_subscription is not null || currentUser.Actor is not { IsAssigned: true } actor)
        {
            return;
        }

        _subscription = notifier.Subscribe(actor.UserId!.Value, OnEventsAsync);
        await RefreshAsync();
    }

    public async Task RefreshAsync(CancellationToken ct = default)
    {
        if (_subscription is null)
        {
            return;
        }

        UnreadCount = await service.CountUnreadAsync(ct);
        await RaiseAsync(Changed);
    }

    private async Task OnEventsAsync(IReadOnlyList<NotificationEvent> batch)
    {
        var changes = batch.Select(e => e.Change).OfType<EntityChange>().Distinct().ToList();
        if (changes.Count > 0 && RecordsChanged is { } listeners)
        {
            foreach (var listener in listeners.GetInvocationList().Cast<Func<IReadOnlyList<EntityChange>, Task>>())
            {
                await listener(changes);
            }
        }

        if (batch.LastOrDefault(e => e.Created is not null)?.Created is { } created)
        {
            Latest = created;
        }

        if (batch.Any(e => e.Change is null && !e.ProfileChanged))
        {
            await RefreshAsync();
        }
    }

    private static async Task RaiseAsync(Func<Task>? handlers)
    {
        if (handlers is not null)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<Func<Task>>())
            {
                await handler();
            }
        }
    }

    public void Dispose() => _subscription?.Dispose();
}
