using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Tasks;

public sealed class TaskReminderTests : TaskTest
{
    private TaskReminderJob Job(int days = 1) => new(Db, Publisher, FakeClock, new TaskReminderOptions { ReminderWorkingDays = days });

    private async Task<List<(string Kind, Guid To)>> RemindersAsync()
    {
        await using var db = Db.CreateDbContext();
        return (await db.Notifications.AsNoTracking().Where(n => n.Kind == NotificationKinds.TaskDueSoon || n.Kind == NotificationKinds.TaskOverdue).ToListAsync())
            .Select(n => (n.Kind, n.RecipientId)).ToList();
    }

    [Fact]
    public async Task DueSoon_OneWorkingDayBefore_ThenOverdue_EachOnce_ToTheHandlerAndTheUnitLeader_AcrossRestarts()
    {
        // Due Monday 30/11/2026; today Thursday 26/11.
        var id = await AssignAsync(command: await CommandAsync(leadDays: 4, coordinator: null));
        await AssignHandlerAsync(id, days: 4);
        var handler = await DemoActors.UserIdAsync(Db, "khcn.chuyenvien");
        var leader = await DemoActors.UserIdAsync(Db, "khcn.lanhdao");

        Assert.Equal(0, await Job().RunOnceAsync());
        FakeClock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero)); // Friday: one working day left
        Assert.Equal(1, await Job().RunOnceAsync());
        Assert.Equal(0, await Job().RunOnceAsync());
        FakeClock.Advance(TimeSpan.FromDays(3)); // Monday, the deadline itself: already reminded
        Assert.Equal(0, await Job().RunOnceAsync());
        Assert.Equal([(NotificationKinds.TaskDueSoon, leader), (NotificationKinds.TaskDueSoon, handler)], (await RemindersAsync()).OrderBy(r => r.To == handler));

        FakeClock.Advance(TimeSpan.FromDays(1)); // Tuesday: overdue
        Assert.Equal(1, await Job().RunOnceAsync());
        Assert.Equal(0, await Job().RunOnceAsync());
        var reminders = await RemindersAsync();
        Assert.Equal(4, reminders.Count);
        Assert.Contains((NotificationKinds.TaskOverdue, handler), reminders);
        Assert.Contains((NotificationKinds.TaskOverdue, leader), reminders);
        Assert.Equal(4, Publisher.Published.Count(p => p.Kind is NotificationKinds.TaskDueSoon or NotificationKinds.TaskOverdue));
    }

    [Fact]
    public async Task ClosedOrPausedWork_IsNotReminded_AndAnExtendedDeadlineIsRemindedAfresh()
    {
        var done = await AssignAsync(command: await CommandAsync(leadDays: 1, coordinator: null, title: "Xong rồi"));
        await As("chutich", v => Service.CancelAsync(done, v, "Không cần nữa"), done);
        var paused = await AssignAsync(command: await CommandAsync(leadDays: 1, coordinator: null, title: "Tạm dừng"));
        await As("chutich", v => Service.PauseAsync(paused, v, "Chờ"), paused);
        var extended = await AssignAsync(command: await CommandAsync(leadDays: 1, coordinator: null, title: "Gia hạn"));

        Assert.Equal(1, await Job().RunOnceAsync());
        await As("khcn.lanhdao", v => Service.RequestExtensionAsync(extended, v, Today.AddDays(7), "Chờ số liệu"), extended);
        await As("chutich", v => Service.DecideExtensionAsync(extended, v, true, null), extended);
        Assert.Equal(0, await Job().RunOnceAsync());
        FakeClock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(1, await Job().RunOnceAsync());

        await using var db = Db.CreateDbContext();
        Assert.Equal(2, await db.TaskReminders.CountAsync(r => r.TaskId == extended));
        Assert.False(await db.TaskReminders.AnyAsync(r => r.TaskId == done || r.TaskId == paused));
    }

    [Fact]
    public async Task TheLeadTime_IsConfigurable()
    {
        await AssignAsync(command: await CommandAsync(leadDays: 4, coordinator: null));
        Assert.Equal(0, await Job(days: 1).RunOnceAsync());
        Assert.Equal(1, await Job(days: 2).RunOnceAsync());
    }
}
