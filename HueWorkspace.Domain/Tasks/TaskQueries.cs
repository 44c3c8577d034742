using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Tasks;

/// <summary>
/// Reading tasks: lists, the detail page, exports, files and the form's choices. Everything a person reads passes the
/// area's access rule (<see cref="TaskAccess"/>): a task they may not see does not exist for them.
/// </summary>
public sealed class TaskQueries(WorkflowServices services) : ITaskProgress
{
    public const string NotFoundMessage = TaskAccess.NotFound;

    public const int MaxExportRows = 10_000;

    public async Task<TaskFormOptions> FormOptionsAsync(Guid? parentId, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await TreeAsync(db, ct);
        var today = VietnamTime.Today(services.Clock);
        if (parentId is { } pid)
        {
            var (parent, _, relation) = await VisibleAsync(db, actor, pid, ct);
            TaskAccess.Rule.Demand(relation, TaskOperation.CreateSubtask, parent);
            var units = tree.Flatten().Where(x => tree.IsWithin(x.Unit.Id, parent.LeadUnitId) && x.Unit.IsActiveOn(today)).ToList();
            return new TaskFormOptions(units, pid, parent.Title, parent.DueDate, today);
        }

        var options = tree.Flatten().Where(x => TaskPolicy.CanAssignTo(actor, x.Unit, tree, today)).ToList();
        return new TaskFormOptions(options, null, null, null, today);
    }

    /// <summary>Every unit of the administration, for filtering lists (unit names are not confidential).</summary>
    public async Task<IReadOnlyList<(Unit Unit, int Depth)>> FilterUnitsAsync(CancellationToken ct = default)
    {
        services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        return (await TreeAsync(db, ct)).Flatten().Where(x => x.Unit.Kind != UnitKind.ExternalOrganisation).ToList();
    }

    /// <summary>The SQL of one list page, for looking at query plans (the benchmarks print them).</summary>
    public async Task<string> ListSqlAsync(TaskListQuery query, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var (filtered, _, _) = await FilterAsync(db, actor, query, ct);
        return Project(Sort(filtered, query.Sort).Skip(Paging.Offset(query.Page, query.PageSize)).Take(query.PageSize)).ToQueryString();
    }

    public async Task<TaskPage> ListAsync(TaskListQuery query, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var (filtered, calendar, today) = await FilterAsync(db, actor, query, ct);
        var total = await filtered.CountAsync(ct);
        var rows = await Project(Sort(filtered, query.Sort).Skip(Paging.Offset(query.Page, pageSize)).Take(pageSize)).ToListAsync(ct);
        return new TaskPage(rows.Select(r => r.ToRow(calendar, today)).ToList(), total);
    }

    /// <summary>The whole filtered list (up to <see cref="MaxExportRows"/>), for the spreadsheet.</summary>
    public async Task<IReadOnlyList<TaskRow>> ExportAsync(TaskListQuery query, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var (filtered, calendar, today) = await FilterAsync(db, actor, query, ct);
        var rows = await Project(Sort(filtered, query.Sort).Take(MaxExportRows)).ToListAsync(ct);
        return rows.Select(r => r.ToRow(calendar, today)).ToList();
    }

    public async Task<TaskDetail> GetAsync(Guid id, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var (task, tree, relation) = await VisibleAsync(db, actor, id, ct);
        var calendar = await CalendarAsync(db, ct);
        var today = VietnamTime.Today(services.Clock);
        var timeline = await db.TaskEvents.AsNoTracking().Where(e => e.TaskId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync(ct);
        var attachments = await FileService.ListAsync(db, TaskService.FilesArea, id, ct);
        var subtasks = (await Project(db.Tasks.AsNoTracking().Where(t => t.ParentId == id).OrderBy(t => t.CreatedAtUtc)).ToListAsync(ct))
            .Select(r => r.ToRow(calendar, today)).ToList();
        var parentTitle = task.ParentId is { } pid ? await db.Tasks.Where(t => t.Id == pid).Select(t => t.Title).SingleOrDefaultAsync(ct) : null;
        var unitsILead = task.Units.Where(u => TaskPolicy.LeadsUnit(actor, u.UnitId)).Select(u => u.UnitId).ToList();

        // The people the task concerns, whom comments may mention.
        var participants = TaskAccess.Rule.Audience(task, tree).Select(tree.Person).OfType<OrgPerson>().Where(p => p.IsAssigned).OrderBy(p => p.FullName)
            .Select(p => new TaskPerson(p.Id, p.FullName, p.UserName, tree.Find(p.UnitId!.Value)?.Name ?? "", p.Position)).ToList();
        return new TaskDetail(task, relation, TaskAccess.Rule.Allowed(relation, task).ToHashSet(), task.IsOverdue(today),
            calendar.CountWorkingDays(today, task.DueDate), tree.Find(task.AssignerUnitId)?.Name ?? "",
            tree.Find(task.AssignerUnitId)?.ParentId is { } above ? tree.Find(above)?.Name : null, parentTitle, subtasks, timeline,
            attachments, unitsILead, participants, today, task.CoordinatingPartOf(actor.UserId, actor.UnitId));
    }

    /// <summary>One attachment of a task the person may see; the download then streams it from the file store.</summary>
    public async Task<StoredFileInfo> GetAttachmentAsync(Guid taskId, Guid fileId, CancellationToken ct = default)
    {
        await using var db = await services.Db.CreateDbContextAsync(ct);
        await VisibleAsync(db, services.CurrentUser.Require(), taskId, ct);
        return await FileService.FindAsync(db, TaskService.FilesArea, taskId, fileId, ct);
    }

    /// <summary>People a unit's leader may name as handler: assigned civil servants of the unit and the units below it.</summary>
    public async Task<IReadOnlyList<TaskPerson>> CandidateHandlersAsync(Guid unitId, string? search, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Require();
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await TreeAsync(db, ct);
        return TaskPolicy.LeadsUnit(actor, unitId) ? await PeopleInAsync(db, tree, unitId, search, ct) : [];
    }

    private static async Task<IReadOnlyList<TaskPerson>> PeopleInAsync(WorkspaceDbContext db, OrgTree tree, Guid unitId, string? search, CancellationToken ct)
    {
        var unitIds = tree.Subtree(unitId).Select(u => (Guid?)u.Id).ToList();
        var needle = TextSearch.Normalize(search);
        var people = await db.UserProfiles.AsNoTracking()
            .Where(p => unitIds.Contains(p.UnitId) && (needle == "" || p.SearchText.Contains(needle)))
            .OrderBy(p => p.FullName).Take(200).ToListAsync(ct);
        return people.Where(p => p.IsAssigned && p.Roles.Any(r => r != Role.DataRequester))
            .Select(p => new TaskPerson(p.Id, p.FullName, p.UserName, tree.Find(p.UnitId!.Value)?.Name ?? "", p.Position)).ToList();
    }

    /// <summary>How each task stands (for the documents they were made from): its state, progress and each unit's handler.</summary>
    public async Task<IReadOnlyDictionary<Guid, TaskProgress>> ProgressAsync(WorkspaceDbContext db, IReadOnlyCollection<Guid> taskIds, CancellationToken ct)
    {
        var tasks = await db.Tasks.AsNoTracking().Include(t => t.Units).Where(t => taskIds.Contains(t.Id)).ToListAsync(ct);
        return tasks.ToDictionary(t => t.Id, t => new TaskProgress(t.Id, t.State, t.Percent,
            t.Units.OrderByDescending(u => u.IsLead).Select(u => TaskUnitProgress.Of(t, u)).ToList()));
    }

    /// <summary>A task this person may see, with the tree and their relation; to anybody else it does not exist.</summary>
    private async Task<(WorkTask Task, OrgTree Tree, TaskRelation Relation)> VisibleAsync(WorkspaceDbContext db, Actor actor, Guid taskId, CancellationToken ct)
    {
        var tree = await TreeAsync(db, ct);
        var task = await db.Tasks.AsNoTracking().Include(t => t.Units).SingleOrDefaultAsync(t => t.Id == taskId, ct);
        var relation = task is null ? TaskRelation.None : TaskAccess.Rule.RelationOf(actor, task, tree);
        return relation == TaskRelation.None ? throw new NotFoundException(NotFoundMessage) : (task!, tree, relation);
    }

    private Task<WorkingCalendar> CalendarAsync(WorkspaceDbContext db, CancellationToken ct) => services.Calendar.GetAsync(db, ct);

    /// <summary>The tasks this person may see (<see cref="TaskAccess.Visible"/>), narrowed to the tab and the filters.</summary>
    private async Task<(IQueryable<WorkTask> Query, WorkingCalendar Calendar, DateOnly Today)> FilterAsync(
        WorkspaceDbContext db, Actor actor, TaskListQuery q, CancellationToken ct)
    {
        var tree = await TreeAsync(db, ct);
        var calendar = await CalendarAsync(db, ct);
        var today = VietnamTime.Today(services.Clock);
        var me = actor.UserId!.Value;
        var tasks = TaskAccess.Rule.Visible(db, actor, tree);
        var handledByMe = db.TaskUnits.Where(u => u.HandlerId == me).Select(u => u.TaskId);
        tasks = q.Tab switch
        {
            TaskTab.All => tasks,
            TaskTab.AssignedByMe => tasks.Where(t => t.AssignerId == me),
            TaskTab.HandledByMe => tasks.Where(t => handledByMe.Contains(t.Id)),
            TaskTab.MyUnit => MyUnit(db, actor, tree, tasks),
            TaskTab.Overdue => tasks.Where(t => WorkTask.OpenStates.Contains(t.State) && t.DueDate < today),
        };

        if (q.State is { } state)
        {
            tasks = tasks.Where(t => t.State == state);
        }

        if (q.OpenOnly)
        {
            tasks = tasks.Where(t => WorkTask.OpenStates.Contains(t.State));
        }

        if (q.UnitId is { } unitId)
        {
            tasks = tasks.Where(t => t.Units.Any(u => u.UnitId == unitId));
        }

        if (q.Priority is { } priority)
        {
            tasks = tasks.Where(t => t.Priority == priority);
        }

        if (q.DueFrom is { } from)
        {
            tasks = tasks.Where(t => t.DueDate >= from);
        }

        if (q.DueTo is { } to)
        {
            tasks = tasks.Where(t => t.DueDate <= to);
        }

        // The dashboard's drill-down: the lead unit within a unit's subtree, given or completed within a period (Huế's days).
        if (q.LeadWithin is { } within)
        {
            var units = tree.Find(within) is null ? [] : tree.Subtree(within).Select(u => u.Id).ToList();
            tasks = tasks.Where(t => units.Contains(t.LeadUnitId));
        }

        // The tasks made from incoming documents' directions: the documents handled, or overdue, on the dashboard.
        if (q.FromDocuments)
        {
            tasks = tasks.Where(t => t.Source == TaskSource.Document && t.SourceId != null);
        }

        if (q.AssignedFrom is { } assignedFrom)
        {
            var start = VietnamTime.StartOfDayUtc(assignedFrom);
            tasks = tasks.Where(t => t.CreatedAtUtc >= start);
        }

        if (q.AssignedTo is { } assignedTo)
        {
            var end = VietnamTime.EndOfDayUtc(assignedTo);
            tasks = tasks.Where(t => t.CreatedAtUtc < end);
        }

        if (q.CompletedFrom is { } completedFrom)
        {
            var start = VietnamTime.StartOfDayUtc(completedFrom);
            tasks = tasks.Where(t => t.State == TaskState.Completed && t.CompletedAtUtc >= start);
        }

        if (q.CompletedTo is { } completedTo)
        {
            var end = VietnamTime.EndOfDayUtc(completedTo);
            tasks = tasks.Where(t => t.State == TaskState.Completed && t.CompletedAtUtc < end);
        }

        var needle = TextSearch.Normalize(q.Search);
        if (needle.Length > 0)
        {
            tasks = tasks.Where(t => t.SearchText.Contains(needle));
        }

        return (tasks, calendar, today);
    }

    /// <summary>Việc của đơn vị: for a leader, the work of their unit and the units below; for others, what they handle there.</summary>
    private static IQueryable<WorkTask> MyUnit(WorkspaceDbContext db, Actor actor, OrgTree tree, IQueryable<WorkTask> visible)
    {
        var myUnits = TaskAccess.MyUnits(actor, tree);
        var me = actor.UserId!.Value;
        return tree.LeadsAll(actor)
            ? visible
            : actor.IsLeader
            ? visible.Where(t => db.TaskUnits.Where(u => myUnits.Contains(u.UnitId)).Select(u => u.TaskId).Contains(t.Id))
            : visible.Where(t => db.TaskUnits.Where(u => u.HandlerId == me && myUnits.Contains(u.UnitId)).Select(u => u.TaskId).Contains(t.Id));
    }

    private Task<OrgTree> TreeAsync(WorkspaceDbContext db, CancellationToken ct) => services.Organization.TreeAsync(db, ct);

    private static IQueryable<WorkTask> Sort(IQueryable<WorkTask> tasks, TaskSort sort) => sort switch
    {
        // Work still owed comes first; finished and cancelled work follows.
        TaskSort.DueAscending => tasks.OrderBy(t => t.IsClosed).ThenBy(t => t.DueDate).ThenBy(t => t.Id),
        TaskSort.DueDescending => tasks.OrderByDescending(t => t.DueDate).ThenByDescending(t => t.Id),
        TaskSort.Newest => tasks.OrderByDescending(t => t.CreatedAtUtc).ThenByDescending(t => t.Id),
        TaskSort.PriorityFirst => tasks.OrderByDescending(t => t.Priority).ThenBy(t => t.DueDate).ThenBy(t => t.Id),
        TaskSort.Title => tasks.OrderBy(t => t.Title).ThenBy(t => t.Id),
    };

    private static IQueryable<RowData> Project(IQueryable<WorkTask> tasks) => tasks.Select(t => new RowData(
        t.Id, t.Title, t.State, t.Priority,
        t.LeadUnitName,
        t.LeadHandlerName,
        t.AssignerName, t.DueDate, t.CreatedAtUtc, t.Percent, t.CompletedLate, t.ParentId != null));

    private sealed record RowData(
        Guid Id, string Title, TaskState State, TaskPriority Priority, string LeadUnitName, string? LeadHandlerName, string AssignerName,
        DateOnly DueDate, DateTime CreatedAtUtc, int Percent, bool CompletedLate, bool IsSubtask)
    {
        public TaskRow ToRow(WorkingCalendar calendar, DateOnly today) => new(Id, Title, State, Priority, LeadUnitName, LeadHandlerName, AssignerName,
            DueDate, CreatedAtUtc, Percent, WorkTask.IsOverdue(State, DueDate, today), calendar.CountWorkingDays(today, DueDate), CompletedLate, IsSubtask);
    }
}
