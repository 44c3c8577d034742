using Bunit;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Web.Components.Shared;
using HueWorkspace.Web.Features.Notifications;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Components.Shared;

/// <summary>
/// The one live-record component every list and detail page uses: it reloads on a change to its record (or its area, on
/// a list), not on another's; it says aloud only a change the person can see; once the page is gone it hears nothing.
/// </summary>
public sealed class LiveRecordTests : BunitContext, IAsyncLifetime
{
    private readonly Failures _logged = new();
    private readonly NotificationNotifier _notifier;
    private readonly List<string> _said = [];
    private TestDatabase _db = null!;
    private Actor _me = null!;
    private int _reloads;
    private string _version = "v1";
    private string _stored = "v1";

    public LiveRecordTests() => _notifier = new(_logged);

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _me = await DemoActors.ForAsync(_db, "tc.chuyenvien");
        Services.AddSingleton<IDbContextFactory<WorkspaceDbContext>>(_db);
        Services.AddSingleton<ICurrentUser>(new TestCurrentUser { Actor = _me });
        Services.AddSingleton(_notifier);
        Services.AddSingleton<INotificationPublisher>(new RecordingPublisher());
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<NotificationService>();
        Services.AddScoped<NotificationState>();
        Services.AddScoped<LiveAnnouncer>();
        Services.AddLocalization();
        await Services.GetRequiredService<NotificationState>().StartAsync();
        Services.GetRequiredService<LiveAnnouncer>().Announced += _said.Add;
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private IRenderedComponent<LiveRecord> RenderFor(Guid? id, bool withChildren = false) => Render<LiveRecord>(p => p
        .Add(c => c.Area, EntityChange.Tasks)
        .Add(c => c.Id, id)
        .Add(c => c.WithChildren, withChildren)
        .Add(c => c.Reload, EventCallback.Factory.Create(this, () =>
        {
            _version = _stored;
            _reloads++;
        }))
        .Add(c => c.Fingerprint, () => _version)
        .Add(c => c.Announcement, () => "Nhiệm vụ vừa được cập nhật."));

    private void Post(string area, Guid id, Guid? parent = null) =>
        _notifier.Post(new NotificationEvent(_me.UserId!.Value, null, new EntityChange(area, id, parent)));

    /// <summary>Waits for the reloads (the component renders nothing, so there is no render to wait for), then checks none failed.</summary>
    private async Task ReloadsAsync(int expected)
    {
        for (var i = 0; i < 100 && Volatile.Read(ref _reloads) < expected; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(expected, Volatile.Read(ref _reloads));
        Assert.Empty(_logged.Errors);
    }

    [Fact]
    public async Task ADetail_ReloadsOnItsRecord_OrASubtask_NotOnAnotherRecordOrArea()
    {
        var id = Guid.NewGuid();
        var page = RenderFor(id, withChildren: true);
        Post(EntityChange.Tasks, Guid.NewGuid());
        Post(EntityChange.Documents, id);
        Post(EntityChange.Tasks, id);
        await ReloadsAsync(1);
        Post(EntityChange.Tasks, Guid.NewGuid(), parent: id);
        await ReloadsAsync(2);
    }

    [Fact]
    public async Task AList_ReloadsOnAnyRecordOfItsArea()
    {
        var page = RenderFor(null);
        Post(EntityChange.Documents, Guid.NewGuid());
        Post(EntityChange.Tasks, Guid.NewGuid());
        await ReloadsAsync(1);
    }

    [Fact]
    public async Task AChange_IsSaidAloud_OnlyWhenWhatThePersonSeesChanged()
    {
        var id = Guid.NewGuid();
        var page = RenderFor(id);
        Post(EntityChange.Tasks, id);
        await ReloadsAsync(1);
        Assert.Empty(_said);

        _stored = "v2";
        Post(EntityChange.Tasks, id);
        await ReloadsAsync(2);
        for (var i = 0; i < 100 && _said.Count == 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(["Nhiệm vụ vừa được cập nhật."], _said);
    }

    [Fact]
    public async Task OnceThePageIsGone_ItHearsNothing()
    {
        var id = Guid.NewGuid();
        var page = RenderFor(id);
        Post(EntityChange.Tasks, id);
        await ReloadsAsync(1);
        await DisposeComponentsAsync();
        Post(EntityChange.Tasks, id);

        // The notifier drains each circuit's queue within its coalescing window; a reload would have come by now.
        await Task.Delay(NotificationNotifier.CoalesceWindow * 10);
        Assert.Equal(1, _reloads);
    }

    /// <summary>What the notifier would log of a failed live update (a failure in the page's handler).</summary>
    private sealed class Failures : Microsoft.Extensions.Logging.ILogger<NotificationNotifier>
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Errors { get; } = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Errors.Enqueue(formatter(state, exception) + " " + exception);
    }
}
