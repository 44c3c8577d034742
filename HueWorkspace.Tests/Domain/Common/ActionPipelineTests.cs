using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Tests.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Common;

/// <summary>
/// The one action pipeline (docs/decisions/0010-workflow-core.md) on a real task: a refused step saves and publishes
/// nothing, a stale version is a conflict, and what a step adds to the save commits with it or not at all.
/// </summary>
public sealed class ActionPipelineTests : TaskTest
{
    private ActionPipeline<WorkTask, TaskRelation, TaskOperation> Pipeline => new(Workflow, new WorkflowArea<WorkTask, TaskRelation, TaskOperation>(
        TaskAccess.Rule,
        (db, id, ct) => db.Tasks.Include(t => t.Units).SingleOrDefaultAsync(t => t.Id == id, ct),
        t => new EntityChange(EntityChange.Tasks, t.Id),
        t => $"/tasks/{t.Id}",
        (t, kind) => new NotificationText(kind, t.Title)));

    private async Task<int> NotificationsAsync(string kind)
    {
        await using var db = Db.CreateDbContext();
        return await db.Notifications.CountAsync(n => n.Kind == kind);
    }

    [Fact]
    public async Task ARefusedStep_SavesNothing_AndPublishesNothing()
    {
        var id = await AssignAsync();
        var version = await VersionAsync(id);
        var someone = await DemoActors.UserIdAsync(Db, "khcn.lanhdao");
        Publisher.Published.Clear();
        Publisher.Changes.Clear();

        var refused = await Assert.ThrowsAsync<DomainException>(() => Pipeline.ActAsync(id, version, TaskOperation.Comment, x =>
        {
            x.Root.Comment("Ý kiến sẽ không được lưu", x.Actor, x.Now);
            x.Notify(NotificationKinds.TaskMentioned, [someone]);
            throw new DomainException("Bước bị từ chối.");
        }, default));

        Assert.Equal("Bước bị từ chối.", refused.Message);
        Assert.Equal(version, await VersionAsync(id));
        Assert.Equal(0, await NotificationsAsync(NotificationKinds.TaskMentioned));
        Assert.Empty(Publisher.Published);
        Assert.Empty(Publisher.Changes);
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict_AndTheStepNeverRuns()
    {
        var id = await AssignAsync();
        var seen = await VersionAsync(id);
        await Service.CommentAsync(id, seen, "Ý kiến thứ nhất");
        var ran = false;

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Pipeline.ActAsync(id, seen, TaskOperation.Comment, x =>
        {
            ran = true;
            return Task.CompletedTask;
        }, default));

        Assert.False(ran);
    }

    [Fact]
    public async Task SomeoneWithoutARelation_GetsNotFound_AndTheStepNeverRuns()
    {
        var id = await AssignAsync();
        var version = await VersionAsync(id);
        await ActAsAsync("phuxuan.chuyenvien");
        var ran = false;

        await Assert.ThrowsAsync<NotFoundException>(() => Pipeline.ActAsync(id, version, TaskOperation.Comment, x =>
        {
            ran = true;
            return Task.CompletedTask;
        }, default));

        Assert.False(ran);
    }

    [Fact]
    public async Task WhatAStepAdds_CommitsWithIt_AndIsPublishedOnlyAfterTheCommit()
    {
        var id = await AssignAsync();
        var version = await VersionAsync(id);
        var someone = await DemoActors.UserIdAsync(Db, "khcn.lanhdao");
        Publisher.Published.Clear();
        Publisher.Changes.Clear();
        var other = new EntityChange(EntityChange.Documents, Guid.NewGuid());

        await Pipeline.ActAsync(id, version, TaskOperation.Comment, async x =>
        {
            await x.BeginTransactionAsync();
            x.Root.Comment("Ý kiến có kèm việc khác", x.Actor, x.Now);
            x.Notify(NotificationKinds.TaskMentioned, [someone, someone, x.Actor.UserId, Guid.Empty]);
            x.AlsoChanged(other, [someone]);
        }, default);

        Assert.NotEqual(version, await VersionAsync(id));
        Assert.Equal(1, await NotificationsAsync(NotificationKinds.TaskMentioned));
        Assert.Equal([someone], Publisher.Published.Select(p => p.RecipientId));
        Assert.Contains(Publisher.Changes, c => c.Change == other);
        Assert.Contains(Publisher.Changes, c => c.Change.Id == id);
    }

    [Fact]
    public async Task WhenTheSaveFails_NeitherTheStepNorWhatItAdded_IsKept()
    {
        var id = await AssignAsync();
        var version = await VersionAsync(id);
        var someone = await DemoActors.UserIdAsync(Db, "khcn.lanhdao");
        Publisher.Published.Clear();
        Publisher.Changes.Clear();

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => Pipeline.ActAsync(id, version, TaskOperation.Comment, async x =>
        {
            await x.BeginTransactionAsync();
            x.Root.Comment("Ý kiến sẽ không được lưu", x.Actor, x.Now);
            x.Notify(NotificationKinds.TaskMentioned, [someone]);

            // A row that cannot be stored (its key exists): the whole save fails with it.
            x.Db.ChangeStamps.Add(new ChangeStamp(ChangeStamp.Organization, Guid.NewGuid()));
        }, default));

        Assert.Equal(version, await VersionAsync(id));
        Assert.Equal(0, await NotificationsAsync(NotificationKinds.TaskMentioned));
        Assert.Empty(Publisher.Published);
        Assert.Empty(Publisher.Changes);
    }
}
