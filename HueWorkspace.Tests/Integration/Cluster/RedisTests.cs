using System.Collections.Concurrent;
using System.Net;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Tests.Integration.Tasks;
using HueWorkspace.Web.Cluster;
using HueWorkspace.Web.Features.Notifications;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration.Cluster;

/// <summary>
/// Two instances with a real Redis between them: a change made on one reaches the pages (circuits) and the hub clients
/// on the other, each once; with Redis killed, writes and sign-in go on and only the pushes between instances pause,
/// coming back by themselves when Redis returns.
/// </summary>
public sealed class RedisTests : IAsyncLifetime
{
    private RedisServer? _redis;
    private WorkspaceFactory _a = null!;
    private WorkspaceFactory _b = null!;

    public async ValueTask InitializeAsync()
    {
        _redis = RedisServer.TryStart();
        if (_redis is null)
        {
            return;
        }

        var settings = new Dictionary<string, string> { ["Redis:Configuration"] = _redis.Configuration };
        _a = new WorkspaceFactory { Settings = settings };
        _ = _a.Server;
        _b = new WorkspaceFactory { SecondNodeOf = _a, Settings = settings };
        _ = _b.Server;
        await WaitConnectedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await _b.DisposeAsync();
            await _a.DisposeAsync();
            _redis.Dispose();
        }
    }

    private void RequireRedis()
    {
        if (_redis is null)
        {
            Assert.Skip("redis-server is not installed here (the test command installs Debian's redis-server).");
        }
    }

    private async Task WaitConnectedAsync()
    {
        for (var i = 0; i < 200 && !new[] { _a, _b }.All(n => n.Services.GetRequiredService<RedisConnection>().Multiplexer.IsConnected); i++)
        {
            await Task.Delay(100);
        }

        // The subscription is made in the background once connected.
        await Task.Delay(500);
    }

    private async Task<Guid> PersonAsync(string user) => await DemoActors.UserIdAsync(_a.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>(), user);

    private Task<Guid> UnitAsync(string code) => DemoActors.UnitIdAsync(_a.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>(), code);

    private static async Task<bool> EventuallyAsync(Func<bool> condition, int seconds = 10)
    {
        for (var i = 0; i < seconds * 20; i++)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return condition();
    }

    [Fact]
    public async Task AChangeOnOneInstance_ReachesPagesAndHubClientsOnTheOther_Once()
    {
        RequireRedis();
        var leader = await PersonAsync("khcn.lanhdao");
        var circuitEvents = new ConcurrentBag<NotificationEvent>();
        using var subscription = _b.Services.GetRequiredService<NotificationNotifier>().Subscribe(leader, batch =>
        {
            foreach (var e in batch)
            {
                circuitEvents.Add(e);
            }

            return Task.CompletedTask;
        });

        var onB = SignInClient.Create(_b);
        await onB.SignInAsync("khcn.lanhdao");
        await using var hub = HubConnections.ForPerson(_b.Server, onB);
        var hubNotifications = 0;
        hub.On<object>("notification", _ => Interlocked.Increment(ref hubNotifications));
        await hub.StartAsync();

        var onA = SignInClient.Create(_a);
        await onA.SignInAsync("chutich");
        await onA.CreateAsync(await UnitAsync("SKHCN"), "Việc giao trên máy A");

        Assert.True(await EventuallyAsync(() => circuitEvents.Any(e => e.Created is not null)), "the page on B hears of it");
        Assert.True(await EventuallyAsync(() => hubNotifications >= 1), "the hub client on B hears of it");
        await Task.Delay(700);
        Assert.Equal(1, hubNotifications);
        Assert.Single(circuitEvents, e => e.Created is not null);
    }

    [Fact]
    public async Task WithRedisDown_WritesAndSignInGoOn_AndPushesComeBackWhenItReturns()
    {
        RequireRedis();
        var leader = await PersonAsync("khcn.lanhdao");
        var created = new ConcurrentBag<string>();
        using var subscription = _b.Services.GetRequiredService<NotificationNotifier>().Subscribe(leader, batch =>
        {
            foreach (var e in batch.Where(e => e.Created is not null))
            {
                created.Add(string.Join(" ", e.Created!.TitleArgs));
            }

            return Task.CompletedTask;
        });
        var onA = SignInClient.Create(_a);
        await onA.SignInAsync("chutich");

        _redis!.Stop();
        var during = await onA.CreateAsync(await UnitAsync("SKHCN"), "Việc giao khi Redis dừng");
        Assert.NotEqual(Guid.Empty, during);
        var fresh = SignInClient.Create(_b);
        Assert.Equal("/", (await fresh.SignInAsync("khcn.lanhdao")).OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await fresh.Http.GetAsync($"/api/tasks/{during}")).StatusCode);

        _redis.Start();
        await WaitConnectedAsync();
        await onA.CreateAsync(await UnitAsync("SKHCN"), "Việc giao sau khi Redis chạy lại");
        Assert.True(await EventuallyAsync(() => created.Any(t => t.Contains("sau khi Redis chạy lại", StringComparison.Ordinal)), 20), "pushes resumed by themselves");
    }
}
