using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Inbox;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Web.Features.Notifications;

namespace HueWorkspace.Web.Features.Inbox;

/// <summary>
/// One circuit's count of what waits for its person, by module (the menu's badges): read when the menu first draws, and
/// again after each batch of changes to records the person may see — a step taken anywhere moves it, on any instance,
/// since the change reaches everyone who could see the record before and after (docs/decisions/0011-inbox.md).
/// </summary>
public sealed class InboxState(InboxService inbox, NotificationState live, ICurrentUser currentUser) : IDisposable
{
    private bool _started;
    private int _loads;

    public InboxPage? Counts { get; private set; }

    public event Func<Task>? Changed;

    public async Task StartAsync()
    {
        if (_started || currentUser.Actor is not { IsAssigned: true })
        {
            return;
        }

        _started = true;
        live.RecordsChanged += OnRecordsChangedAsync;
        await live.StartAsync();
        await RefreshAsync();
    }

    /// <summary>Reads the counts again (after a step the person took in this circuit too).</summary>
    public async Task RefreshAsync()
    {
        // Changes and the person's own steps can overlap: only the newest read may fill the counts.
        var load = Interlocked.Increment(ref _loads);
        var counts = await inbox.ListAsync(new InboxQuery(PageSize: 1));
        if (load != Volatile.Read(ref _loads))
        {
            return;
        }

        Counts = counts;
        if (Changed is { } handlers)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<Func<Task>>())
            {
                await handler();
            }
        }
    }

    private Task OnRecordsChangedAsync(IReadOnlyList<EntityChange> changes) => RefreshAsync();

    public void Dispose() => live.RecordsChanged -= OnRecordsChangedAsync;
}
