using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Inbox;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Web.Features.Notifications;

namespace HueWorkspace.Web.Features.Inbox;

/// <summary>
/// One circuit's view of what waits for its person — the first lines and the count by module (the home page's card and
/// the menu's badges read the same one): read when the menu first draws, and
/// again after each batch of changes to records the person may see — a step taken anywhere moves it, on any instance,
/// since the change reaches everyone who could see the record before and after (docs/decisions/0011-inbox.md).
/// </summary>
public sealed class InboxState(InboxService inbox, NotificationState live, ICurrentUser currentUser) : IDisposable
{
    private bool _started;
    private int _loads;

    /// <summary>How many lines the home page's card shows.</summary>
    public const int FirstLines = 5;

    /// <summary>The first <see cref="FirstLines"/> lines and every module's count; null until first read.</summary>
    public InboxPage? Current { get; private set; }

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
        var counts = await inbox.ListAsync(new InboxQuery(PageSize: FirstLines));
        if (load != Volatile.Read(ref _loads))
        {
            return;
        }

        Current = counts;
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
