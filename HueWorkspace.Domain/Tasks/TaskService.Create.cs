using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Tasks;

public sealed partial class TaskService
{
    /// <summary>
    /// New work: top-level by a leader (city leaders anywhere, unit leaders within their subtree), or a subtask by the
    /// lead unit of its parent, within the parent's lead unit and deadline.
    /// </summary>
    public async Task<Guid> CreateAsync(CreateTask command, CancellationToken ct = default)
    {
        var task = await _actions.CreateAsync(async x =>
        {
            var prepared = await PrepareAsync(x.Db, x.Tree, x.Actor, command, ct);
            foreach (var notice in prepared.Notices)
            {
                x.Notify(notice.Kind, notice.To, notice.Title);
            }

            if (prepared.Parent is { } parent)
            {
                x.AlsoChanged(new EntityChange(EntityChange.Tasks, parent.Id), TaskAccess.Rule.Audience(parent, x.Tree));
            }

            return prepared.Task;
        }, ct);
        return task.Id;
    }

    /// <summary>
    /// Everything of <see cref="CreateAsync"/> but the save and the push, so that another module's step (a leader directing an
    /// incoming document) creates the task in its own single save and joins its notices and pushes (<see cref="PreparedTask.JoinStep"/>).
    /// </summary>
    public async Task<PreparedTask> PrepareAsync(WorkspaceDbContext db, OrgTree tree, Actor actor, CreateTask command, CancellationToken ct)
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
        var now = _services.Clock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(_services.Clock);
        WorkTask? parent = null;
        if (command.ParentId is { } parentId)
        {
            parent = await db.Tasks.Include(t => t.Units).SingleOrDefaultAsync(t => t.Id == parentId, ct) ?? throw new NotFoundException(TaskAccess.NotFound);
            TaskAccess.Rule.Demand(TaskAccess.Rule.RelationOf(actor, parent, tree), TaskOperation.CreateSubtask, parent);
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

            var handler = Handler(tree, task.LeadUnitId, handlerId);
            task.AssignHandler(task.LeadUnitId, handler.Id, handler.FullName, command.LeadHandlerDue ?? task.DueDate, actor, now, today);
        }

        db.Tasks.Add(task);
        await _files.AttachAsync(db, FilesArea, task.Id, null, command.Files, actor, now, ct);
        parent?.NoteSubtask(task, actor, now);
        var assigned = tree.LeadersOf(task.Units.Select(u => u.UnitId)).Select(id => (Guid?)id).Concat(task.Units.Select(u => u.HandlerId)).ToList();
        return new PreparedTask(task, parent, [new(NotificationKinds.TaskAssigned, new NotificationText(NotificationKinds.TaskAssigned, task.Title), assigned)]);
    }

    private static TaskUnitDue WithName(TaskUnitDue unit, OrgTree tree) =>
        unit with { UnitName = tree.Find(unit.UnitId)?.Name ?? throw new DomainException("Không tìm thấy đơn vị được chọn.") };
}

/// <summary>What another module asks of Tasks inside its own save: work made from its record (a leader's direction).</summary>
public interface ITaskAssignments
{
    /// <summary>A new task checked and added to <paramref name="db"/> with its files, not yet saved; its notices join the caller's step.</summary>
    Task<PreparedTask> PrepareAsync(WorkspaceDbContext db, OrgTree tree, Actor actor, CreateTask command, CancellationToken ct);
}

/// <summary>A task added to another module's save: the task, the parent it breaks down, and who is to be told.</summary>
public sealed record PreparedTask(WorkTask Task, WorkTask? Parent, IReadOnlyList<PreparedTask.Notice> Notices)
{
    public sealed record Notice(string Kind, NotificationText Title, IReadOnlyList<Guid?> To);

    /// <summary>A unit the task was given to: the lead or a coordinator, with its deadline.</summary>
    public sealed record Handling(Guid UnitId, string UnitName, bool IsLead, DateOnly DueDate);

    public Guid Id => Task.Id;

    /// <summary>The units the task was given to, for the record it was made from.</summary>
    public IReadOnlyList<Handling> Units => [.. Task.Units.Select(u => new Handling(u.UnitId, u.UnitName, u.IsLead, u.DueDate))];

    /// <summary>Hands the task's notices to the step that saves it, and the live pushes about the task to its after-commit work.</summary>
    public void JoinStep<TRoot, TRelation>(ActionStep<TRoot, TRelation> step) where TRoot : class where TRelation : struct, Enum
    {
        foreach (var notice in Notices)
        {
            step.Notify(notice.Kind, notice.To, notice.Title, $"/tasks/{Task.Id}");
        }

        step.AlsoChanged(new EntityChange(EntityChange.Tasks, Task.Id, Task.ParentId), TaskAccess.Rule.Audience(Task, step.Tree));
        if (Parent is { } parent)
        {
            step.AlsoChanged(new EntityChange(EntityChange.Tasks, parent.Id), TaskAccess.Rule.Audience(parent, step.Tree));
        }
    }
}
