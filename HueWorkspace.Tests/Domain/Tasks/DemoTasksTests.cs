using HueWorkspace.Domain.Seeding;
using HueWorkspace.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Tasks;

public sealed class DemoTasksTests : TaskTest
{
    [Fact]
    public async Task TheDemoOffice_HasTasksInEveryState_SomeOverdue_OnceOnly_AndNoNotifications()
    {
        Assert.True(await DemoTasks.SeedAsync(Db, FakeClock) >= 30);
        Assert.Equal(0, await DemoTasks.SeedAsync(Db, FakeClock));

        await using var db = Db.CreateDbContext();
        var tasks = await db.Tasks.AsNoTracking().ToListAsync();
        Assert.Equal(Enum.GetValues<TaskState>().ToHashSet(), tasks.Select(t => t.State).ToHashSet());
        Assert.True(tasks.Count(t => t.IsOverdue(Today)) >= 3);
        Assert.Contains(tasks, t => t.CompletedLate);
        Assert.Equal(tasks.Count, tasks.Select(t => t.Title).Distinct().Count());
        Assert.False(await db.Notifications.AnyAsync());

        // They are ordinary tasks: the people they concern see them in their lists.
        await ActAsAsync("khcn.lanhdao");
        Assert.True((await Queries.ListAsync(new(TaskTab.MyUnit))).Total >= 5);
    }
}
