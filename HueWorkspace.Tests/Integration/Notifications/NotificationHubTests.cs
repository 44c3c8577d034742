using System.Net;
using System.Net.Http.Json;
using System.Threading.Channels;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Builders;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration.Notifications;

/// <summary>A notification created for one person reaches that person's hub connections and nobody else's.</summary>
public sealed class NotificationHubTests(NotificationHubTests.Factory factory) : IClassFixture<NotificationHubTests.Factory>
{
    public sealed class Factory : WorkspaceFactory;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private async Task<(SignInClient Client, HubConnection Hub, Channel<NotificationMessage> Inbox)> ConnectAsync(string userName)
    {
        var client = SignInClient.Create(factory);
        await client.SignInAsync(userName);
        var inbox = Channel.CreateUnbounded<NotificationMessage>();
        var hub = HubConnections.ForPerson(factory.Server, client);
        hub.On<NotificationMessage>("notification", m => inbox.Writer.TryWrite(m));
        await hub.StartAsync();
        return (client, hub, inbox);
    }

    private static async Task<NotificationMessage> NextAsync(Channel<NotificationMessage> inbox)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await inbox.Reader.ReadAsync(timeout.Token);
    }

    private async Task<Guid> UnitIdAsync(string code)
    {
        var db = factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();
        return await DemoActors.UnitIdAsync(db, code);
    }

    [Fact]
    public async Task AnAnnouncementToAUnit_ReachesItsMembersHub_AndNotAnotherUnits()
    {
        var (leader, leaderHub, _) = await ConnectAsync("chutich");
        var (a, hubA, inboxA) = await ConnectAsync("tc.chuyenvien");
        var (b, hubB, inboxB) = await ConnectAsync("xd.chuyenvien");
        await using (leaderHub)
        await using (hubA)
        await using (hubB)
        {
            var toFinance = await leader.SendAsync(await UnitIdAsync("STC"), "Báo cáo quyết toán quý IV",
                "Đề nghị Sở Tài chính gửi báo cáo trước ngày 15/12/2026.", includeSubunits: true);
            Assert.Equal(HttpStatusCode.Created, toFinance.StatusCode);

            var received = await NextAsync(inboxA);
            Assert.Equal("Thông báo: Báo cáo quyết toán quý IV", received.Title);
            Assert.StartsWith("/announcements/", received.Link);

            // B's first message must be the one sent to B's unit afterwards: nothing of the first reached B.
            var toConstruction = await leader.SendAsync(await UnitIdAsync("SXD"), "Kiểm tra công trình", "Lịch kiểm tra tuần sau.");
            Assert.Equal(HttpStatusCode.Created, toConstruction.StatusCode);
            Assert.Equal("Thông báo: Kiểm tra công trình", (await NextAsync(inboxB)).Title);
            Assert.False(inboxA.Reader.TryRead(out _), "A must not receive B's announcement");

            // The hub's unread count comes from the database.
            Assert.Equal(1, await hubA.InvokeAsync<int>("UnreadCount"));
            var count = await a.Http.GetFromJsonAsync<CountDto>("/api/notifications/unread-count");
            Assert.Equal(1, count!.Count);
        }

        leader.Dispose();
        a.Dispose();
        b.Dispose();
    }

    [Fact]
    public async Task ANotificationStoredWhileOffline_IsCountedAfterReconnecting()
    {
        var (leader, leaderHub, _) = await ConnectAsync("chutich");
        await leaderHub.DisposeAsync();
        var response = await leader.SendAsync(await UnitIdAsync("P-KIMLONG"), "Thông báo khi vắng mặt");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var (member, hub, _) = await ConnectAsync("kimlong.lanhdao");
        await using (hub)
        {
            Assert.Equal(1, await hub.InvokeAsync<int>("UnreadCount"));
        }

        leader.Dispose();
        member.Dispose();
    }

    [Fact]
    public async Task AnAnonymousConnection_IsRefused()
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "hubs/notifications"), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
            })
            .Build();
        await using (hub)
        {
            var ex = await Assert.ThrowsAsync<HttpRequestException>(() => hub.StartAsync());
            Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        }
    }

    private sealed record CountDto(int Count);
}
