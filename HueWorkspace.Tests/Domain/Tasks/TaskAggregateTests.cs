using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Tasks;

/// <summary>A change to a task's child rows (its units, its timeline) is a change to the task: versioned and audited.</summary>
public sealed class TaskAggregateTests : TaskTest
{
    [Fact]
    public async Task TwoPeopleActingThroughDifferentChildrenOfOneTask_AtOnce_TheSecondIsAConflict_AndNothingIsLost()
    {
        var id = await AssignAsync();
        await AssignHandlerAsync(id);
        var coordinatorLeader = await DemoActors.ForAsync(Db, "tc.lanhdao");
        var handler = await DemoActors.ForAsync(Db, "tc.chuyenvien");
        var finance = await DemoActors.UnitIdAsync(Db, "STC");

        // Both open the task at the same version, in two contexts.
        await using var first = Db.CreateDbContext();
        await using var second = Db.CreateDbContext();
        var a = await first.Tasks.Include(t => t.Units).SingleAsync(t => t.Id == id);
        var b = await second.Tasks.Include(t => t.Units).SingleAsync(t => t.Id == id);
        var before = a.Version;

        // The coordinating unit's leader names a handler: only a TaskUnit row changes.
        a.AssignHandler(finance, handler.UserId!.Value, handler.Name, Today.AddDays(5), coordinatorLeader, DateTime.UtcNow, Today);
        await first.SaveAsAsync(coordinatorLeader, default);

        // Meanwhile the lead handler reports: only a TaskEvent row is added, on the version they loaded.
        var leadHandler = await DemoActors.ForAsync(Db, "khcn.chuyenvien");
        b.Start(leadHandler, DateTime.UtcNow);
        b.Report(asLead: true, 40, "Đã thu thập số liệu", leadHandler, DateTime.UtcNow);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveAsAsync(leadHandler, default));

        var after = await ReloadAsync(id);
        Assert.NotEqual(before, after.Version);
        Assert.Equal(handler.UserId, after.Units.Single(u => u.UnitId == finance).HandlerId);
        Assert.Equal(TaskState.New, after.State);

        await using var db = Db.CreateDbContext();
        var audit = await db.AuditEntries.Where(e => e.AggregateType == nameof(WorkTask) && e.AggregateId == id.ToString()).ToListAsync();
        var unitRow = Assert.Single(audit, e => e.EntityType == nameof(TaskUnit) && e.ActorId == coordinatorLeader.UserId);
        Assert.Equal("Updated", unitRow.Action);
        Assert.Contains(handler.UserId!.Value.ToString(), unitRow.Changes);
    }

    [Fact]
    public async Task ACoordinatingUnitsReport_MovesTheTasksVersion_SoAFormOpenedBeforeItConflicts()
    {
        var id = await AssignAsync();
        await AssignHandlerAsync(id);
        await AssignHandlerAsync(id, leader: "tc.lanhdao", handler: "tc.chuyenvien", unit: "STC", days: 5);
        var seenByTheAssigner = await VersionAsync(id);

        await ActAsAsync("tc.chuyenvien");
        await Service.ReportAsync(id, seenByTheAssigner, 0, "Sở Tài chính đã rà soát kinh phí");
        Assert.NotEqual(seenByTheAssigner, await VersionAsync(id));

        await ActAsAsync("chutich");
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service.PauseAsync(id, seenByTheAssigner, "Chờ kinh phí"));
        Assert.Equal(TaskState.New, (await ReloadAsync(id)).State);

        await using var db = Db.CreateDbContext();
        Assert.Contains(await db.AuditEntries.Where(e => e.AggregateId == id.ToString()).ToListAsync(),
            e => e.EntityType == nameof(TaskEvent) && e.Action == "Created" && e.Changes.Contains("Sở Tài chính đã rà soát"));
    }

    [Fact]
    public async Task AChildChangedWithoutItsTaskLoaded_IsAProgrammingError_NotASilentUnversionedWrite()
    {
        var id = await AssignAsync();
        await using var db = Db.CreateDbContext();
        var unit = await db.TaskUnits.FirstAsync(u => u.TaskId == id);
        db.Entry(unit).Property(u => u.DueDate).CurrentValue = Today.AddDays(3);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveAsAsync(Actor.System, default));
    }
}
