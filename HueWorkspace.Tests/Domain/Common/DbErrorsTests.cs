using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Common;

/// <summary>Only a broken unique key means "another instance already did it"; every other failed save surfaces.</summary>
public sealed class DbErrorsTests : TaskTest
{
    [Fact]
    public async Task ADuplicateReminder_IsAUniqueViolation_ButABrokenForeignKeyIsNot()
    {
        var id = await AssignAsync();
        await using (var db = Db.CreateDbContext())
        {
            db.TaskReminders.Add(TaskReminder.Create(id, TaskReminderJob.DueSoon, Today, DateTime.UtcNow));
            await db.SaveAsAsync(Actor.System, default);
        }

        await using (var db = Db.CreateDbContext())
        {
            db.TaskReminders.Add(TaskReminder.Create(id, TaskReminderJob.DueSoon, Today, DateTime.UtcNow));
            var duplicate = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.True(DbErrors.IsUniqueViolation(duplicate));
        }

        await using (var db = Db.CreateDbContext())
        {
            db.TaskReminders.Add(TaskReminder.Create(Guid.NewGuid(), TaskReminderJob.DueSoon, Today, DateTime.UtcNow));
            var orphan = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.False(DbErrors.IsUniqueViolation(orphan));
        }
    }
}
