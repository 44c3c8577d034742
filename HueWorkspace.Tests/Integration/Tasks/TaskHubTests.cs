using System.Threading.Channels;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Builders;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration.Tasks;

/// <summary>A task's changes reach the hub connections of the people it concerns, and nobody else's.</summary>
public sealed class TaskHubTests(TaskHubTests.Factory factory) : IClassFixture<TaskHubTests.Factory>
{
    public sealed class Factory : WorkspaceFactory;

    private async Task<(SignInClient Client, HubConnection Hub, Channel<EntityChange> Changes)> ConnectAsync(string userName)
    {
        var client = SignInClient.Create(factory);
        await client.SignInAsync(userName);
        var changes = Channel.CreateUnbounded<EntityChange>();
        var hub = HubConnections.ForPerson(factory.Server, client);
        hub.On<EntityChange>("changed", c => changes.Writer.TryWrite(c));
        await hub.StartAsync();
        return (client, hub, changes);
    }

    private static async Task<EntityChange> NextAsync(Channel<EntityChange> changes)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await changes.Reader.ReadAsync(timeout.Token);
    }

    private Task<Guid> UnitAsync(string code) => DemoActors.UnitIdAsync(factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>(), code);

    [Fact]
    public async Task ATasksChange_ReachesItsLeadersAndHandlers_AndNotAnotherUnit()
    {
        var (leader, leaderHub, _) = await ConnectAsync("chutich");
        var (department, departmentHub, departmentChanges) = await ConnectAsync("khcn.lanhdao");
        var (outsider, outsiderHub, outsiderChanges) = await ConnectAsync("xd.chuyenvien");
        await using (leaderHub)
        await using (departmentHub)
        await using (outsiderHub)
        {
            var id = await leader.CreateAsync(await UnitAsync("SKHCN"), "Nâng cấp trung tâm dữ liệu");
            var change = await NextAsync(departmentChanges);
            Assert.Equal((EntityChange.Tasks, id), (change.Area, change.Id));

            // The outsider's first change is a later task of their own unit: nothing of the first reached them.
            var theirs = await leader.CreateAsync(await UnitAsync("SXD"), "Kiểm tra công trình");
            var handler = await DemoActors.UserIdAsync(factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>(), "xd.chuyenvien");
            var xdLeader = SignInClient.Create(factory);
            await xdLeader.SignInAsync("xd.lanhdao");
            var version = (await xdLeader.GetTaskAsync(theirs)).Version;
            (await xdLeader.ActAsync(theirs, "AssignHandler", version, new { unitId = await UnitAsync("SXD"), handlerId = handler, dueDate = TaskApi.Today.AddDays(5) })).EnsureSuccessStatusCode();
            Assert.Equal(theirs, (await NextAsync(outsiderChanges)).Id);
            xdLeader.Dispose();
        }

        leader.Dispose();
        department.Dispose();
        outsider.Dispose();
    }
}
