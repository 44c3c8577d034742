using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;

namespace HueWorkspace.Domain.Tasks;

public sealed partial class TaskService
{
    /// <summary>
    /// New work: top-level by a leader (city leaders anywhere, unit leaders within their subtree), or a subtask by the
    /// lead unit of its parent, within the parent's lead unit and deadline.
    /// </summary>
    public async Task<Guid> CreateAsync(CreateTask command, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await TreeAsync(db, ct);
        var prepared = await PrepareAsync(db, tree, actor, command, ct);
        await db.SaveAsAsync(actor, ct);
        await PublishAsync(prepared, ct);
        return prepared.Task.Id;
    }

    /// <summary>A new task, checked and added to <paramref name="db"/> with its files and notifications, not yet saved.</summary>
    internal sealed record PreparedTask(WorkspaceDbContext Db, OrgTree Tree, WorkTask Task, WorkTask? Parent, IReadOnlyList<Notification> Notifications, TaskAudience Audience);

    /// <summary>
    /// Everything of <see cref="CreateAsync"/> but the save and the push, so that another use case (a leader directing an
    /// incoming document) can create the task in its own single save and publish it afterwards with <see cref="PublishAsync(PreparedTask, CancellationToken)"/>.
    /// </summary>
    internal async Task<PreparedTask> PrepareAsync(WorkspaceDbContext db, OrgTree tree, Actor actor, CreateTask command, CancellationToken ct)
    {
        if (command.Lead is null)
        {
            throw new DomainException("Vui lòng chọn đơn vị chủ trì.");
        }

        if (command.Coordinators is null || command.Coordinators.Any(c => c is null))
        {
            throw new DomainException("Danh sách đơn vị phối hợp có mục trống.");
        }

        FileCheck.CheckCount(command.Files?.Count ?? 0);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(clock);
        WorkTask? parent = null;
        if (command.ParentId is { } parentId)
        {
            parent = await LoadAsync(db, parentId, ct);
            TaskPolicy.Demand(TaskAccess.RelationOf(actor, parent, tree), TaskOperation.CreateSubtask);
            parent.RequireCanHaveSubtask();
            if (command.Coordinators.Any(c => !tree.IsWithin(c.UnitId, parent.LeadUnitId)) || !tree.IsWithin(command.Lead.UnitId, parent.LeadUnitId))
            {
                throw new DomainException("Việc con chỉ được giao cho đơn vị chủ trì của công việc cấp trên hoặc đơn vị trực thuộc.");
            }
        }
        else if (!TaskPolicy.CanAssign(actor))
        {
            throw new ForbiddenException("Chỉ lãnh đạo được giao việc.");
        }
        else
        {
            foreach (var unitId in command.Coordinators.Select(c => c.UnitId).Append(command.Lead.UnitId))
            {
                if (tree.Find(unitId) is not { } unit || !TaskPolicy.CanAssignTo(actor, unit, tree, today))
                {
                    throw new ForbiddenException("Bạn chỉ được giao việc cho đơn vị mình và các đơn vị trực thuộc.");
                }
            }
        }

        var data = new NewTaskData(command.Title, command.Description, command.Source, command.SourceReference, command.SourceId,
            command.Priority, parent?.Id, WithName(command.Lead, tree), command.Coordinators.Select(c => WithName(c, tree)).ToList());
        var task = WorkTask.Create(data, actor, now, today, parent?.DueDate);
        if (command.LeadHandlerId is { } handlerId)
        {
            // A leader may name the handler at once; someone breaking their own work down may take a subtask themselves.
            if (!TaskPolicy.LeadsUnit(actor, task.LeadUnitId) && handlerId != actor.UserId)
            {
                throw new ForbiddenException("Chỉ lãnh đạo đơn vị chủ trì được phân công người xử lý.");
            }

            var handler = await HandlerAsync(db, tree, task.LeadUnitId, handlerId, ct);
            task.AssignHandler(task.LeadUnitId, handler.Id, handler.FullName, command.LeadHandlerDue ?? task.DueDate, actor, now, today);
        }

        db.Tasks.Add(task);
        await files.AttachAsync(db, FilesArea, task.Id, null, command.Files, actor, now, ct);
        parent?.NoteSubtask(task, actor, now);
        var audience = await TaskAccess.AudienceAsync(db, tree, task, ct);
        var notifications = Notify(audience.LeadersOf(task.Units.Select(u => u.UnitId)).Concat(task.Units.Select(u => u.HandlerId)),
            actor, NotificationKinds.TaskAssigned, new NotificationText(NotificationKinds.TaskAssigned, task.Title), task, now);
        db.Notifications.AddRange(notifications);
        return new PreparedTask(db, tree, task, parent, notifications, audience);
    }

    /// <summary>After the save of a prepared task: its notifications, and a content-free change to it (and its parent).</summary>
    internal async Task PublishAsync(PreparedTask prepared, CancellationToken ct)
    {
        await PublishAsync(prepared.Notifications, prepared.Task, prepared.Audience, ct);
        if (prepared.Parent is { } parent)
        {
            await publisher.PublishChangeAsync(new EntityChange(EntityChange.Tasks, parent.Id), (await TaskAccess.AudienceAsync(prepared.Db, prepared.Tree, parent, ct)).Everyone, ct);
        }
    }

    private static TaskUnitDue WithName(TaskUnitDue unit, OrgTree tree) =>
        unit with { UnitName = tree.Find(unit.UnitId)?.Name ?? throw new DomainException("Không tìm thấy đơn vị được chọn.") };
}
