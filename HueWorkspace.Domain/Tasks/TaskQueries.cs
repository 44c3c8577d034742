using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Tasks;

public enum TaskTab
{
    /// <summary>Việc tôi giao.</summary>
    AssignedByMe,

    /// <summary>Việc tôi xử lý.</summary>
    HandledByMe,

    /// <summary>Việc của đơn vị: my unit and, for leaders, the units below it.</summary>
    MyUnit,

    /// <summary>Quá hạn.</summary>
    Overdue,
}

public enum TaskSort
{
    DueAscending,
    DueDescending,
    Newest,
    PriorityFirst,
    Title,
}

/// <summary>One page of one tab, filtered and sorted by the database.</summary>
public sealed record TaskListQuery(
    TaskTab Tab = TaskTab.MyUnit,
    TaskState? State = null,
    Guid? UnitId = null,
    TaskPriority? Priority = null,
    DateOnly? DueFrom = null,
    DateOnly? DueTo = null,
    string? Search = null,
    TaskSort Sort = TaskSort.DueAscending,
    int Page = 0,
    int PageSize = 20,
    bool OpenOnly = false);

public sealed record TaskRow(
    Guid Id, string Title, TaskState State, TaskPriority Priority, string LeadUnitName, string? LeadHandlerName, string AssignerName,
    DateOnly DueDate, DateTime CreatedAtUtc, int Percent, bool IsOverdue, int WorkingDaysLeft, bool CompletedLate, bool IsSubtask);

public sealed record TaskPage(IReadOnlyList<TaskRow> Items, int Total);

public sealed record TaskAttachmentInfo(Guid Id, Guid? EventId, string FileName, long Length, string UploadedByName, DateTime UploadedAtUtc);

public sealed record TaskDetail(
    WorkTask Task,
    TaskRelation Relation,
    IReadOnlySet<TaskOperation> Allowed,
    bool IsOverdue,
    int WorkingDaysLeft,
    string AssignerUnitName,
    string? AssignerParentUnitName,
    string? ParentTitle,
    IReadOnlyList<TaskRow> Subtasks,
    IReadOnlyList<TaskEvent> Timeline,
    IReadOnlyList<TaskAttachmentInfo> Attachments,
    IReadOnlyList<Guid> UnitsILead,
    IReadOnlyList<TaskPerson> Participants,
    DateOnly Today)
{
    public bool Can(TaskOperation operation) => Allowed.Contains(operation);
}

public sealed record TaskFile(string FileName, string ContentType, byte[] Content);

public sealed partial class TaskService
{
    public const int MaxExportRows = 10_000;

    /// <summary>The SQL of one list page, for looking at query plans (the benchmarks print them).</summary>
    public async Task<string> ListSqlAsync(TaskListQuery query, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (filtered, _, _) = await FilterAsync(db, actor, query, ct);
        return Project(Sort(filtered, query.Sort).Skip(query.Page * query.PageSize).Take(query.PageSize)).ToQueryString();
    }

    public async Task<TaskPage> ListAsync(TaskListQuery query, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (filtered, calendar, today) = await FilterAsync(db, actor, query, ct);
        var total = await filtered.CountAsync(ct);
        var rows = await Project(Sort(filtered, query.Sort).Skip(Math.Max(query.Page, 0) * pageSize).Take(pageSize)).ToListAsync(ct);
        return new TaskPage(rows.Select(r => r.ToRow(calendar, today)).ToList(), total);
    }

    /// <summary>The whole filtered list (up to <see cref="MaxExportRows"/>), for the spreadsheet.</summary>
    public async Task<IReadOnlyList<TaskRow>> ExportAsync(TaskListQuery query, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (filtered, calendar, today) = await FilterAsync(db, actor, query, ct);
        var rows = await Project(Sort(filtered, query.Sort).Take(MaxExportRows)).ToListAsync(ct);
        return rows.Select(r => r.ToRow(calendar, today)).ToList();
    }

    public async Task<TaskDetail> GetAsync(Guid id, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (task, tree, relation) = await VisibleAsync(db, actor, id, ct);
        var calendar = await CalendarAsync(db, ct);
        var today = VietnamTime.Today(clock);
        var timeline = await db.TaskEvents.AsNoTracking().Where(e => e.TaskId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync(ct);
        var attachments = await db.TaskAttachments.AsNoTracking().Where(a => a.TaskId == id).OrderBy(a => a.UploadedAtUtc)
            .Select(a => new TaskAttachmentInfo(a.Id, a.EventId, a.FileName, a.Length, a.UploadedByName, a.UploadedAtUtc)).ToListAsync(ct);
        var subtasks = (await Project(db.Tasks.AsNoTracking().Where(t => t.ParentId == id).OrderBy(t => t.CreatedAtUtc)).ToListAsync(ct))
            .Select(r => r.ToRow(calendar, today)).ToList();
        var parentTitle = task.ParentId is { } pid ? await db.Tasks.Where(t => t.Id == pid).Select(t => t.Title).SingleOrDefaultAsync(ct) : null;
        var unitsILead = task.Units.Where(u => TaskPolicy.LeadsUnit(actor, u.UnitId)).Select(u => u.UnitId).ToList();

        // The people the task concerns, whom comments may mention.
        var audience = (await ParticipantsAsync(db, tree, task, ct)).Audience.ToList();
        var participants = (await db.UserProfiles.AsNoTracking().Where(p => audience.Contains(p.Id)).OrderBy(p => p.FullName).ToListAsync(ct))
            .Select(p => new TaskPerson(p.Id, p.FullName, p.UserName, tree.Find(p.UnitId!.Value)?.Name ?? "")).ToList();
        return new TaskDetail(task, relation, TaskPolicy.AllowedOperations(relation, task), task.IsOverdue(today),
            calendar.CountWorkingDays(today, task.DueDate), tree.Find(task.AssignerUnitId)?.Name ?? "",
            tree.Find(task.AssignerUnitId)?.ParentId is { } above ? tree.Find(above)?.Name : null, parentTitle, subtasks, timeline,
            attachments, unitsILead, participants, today);
    }

    public async Task<TaskFile> GetAttachmentAsync(Guid taskId, Guid attachmentId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await VisibleAsync(db, currentUser.Require(), taskId, ct);
        var file = await db.TaskAttachments.AsNoTracking().Where(a => a.Id == attachmentId && a.TaskId == taskId)
            .Select(a => new { a.FileName, a.ContentType, Bytes = db.TaskAttachmentContents.Where(c => c.Id == a.Id).Select(c => c.Bytes).Single() })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Không tìm thấy tệp đính kèm.");
        return new TaskFile(file.FileName, file.ContentType, file.Bytes);
    }

    /// <summary>People a unit's leader may name as handler: assigned civil servants of the unit and the units below it.</summary>
    public async Task<IReadOnlyList<TaskPerson>> CandidateHandlersAsync(Guid unitId, string? search, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
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
            .Select(p => new TaskPerson(p.Id, p.FullName, p.UserName, tree.Find(p.UnitId!.Value)?.Name ?? "")).ToList();
    }

    /// <summary>A task this person may see, with the tree and their relation; to anybody else it does not exist.</summary>
    private static async Task<(WorkTask Task, OrgTree Tree, TaskRelation Relation)> VisibleAsync(WorkspaceDbContext db, Actor actor, Guid taskId, CancellationToken ct)
    {
        var tree = await TreeAsync(db, ct);
        var task = await db.Tasks.AsNoTracking().Include(t => t.Units).SingleOrDefaultAsync(t => t.Id == taskId, ct);
        var relation = task is null ? TaskRelation.None : TaskPolicy.RelationOf(actor, task, tree);
        return relation == TaskRelation.None ? throw new NotFoundException(NotFoundMessage) : (task!, tree, relation);
    }

    private static async Task<WorkingCalendar> CalendarAsync(WorkspaceDbContext db, CancellationToken ct) =>
        new(await db.CalendarDays.AsNoTracking().ToListAsync(ct));

    /// <summary>
    /// The tasks this person may see (assigner, handler, or leader of a task unit or a unit above it — the same
    /// rule as <see cref="TaskPolicy.RelationOf"/>), narrowed to the tab and the filters.
    /// </summary>
    private async Task<(IQueryable<WorkTask> Query, WorkingCalendar Calendar, DateOnly Today)> FilterAsync(
        WorkspaceDbContext db, Actor actor, TaskListQuery q, CancellationToken ct)
    {
        var tree = await TreeAsync(db, ct);
        var calendar = await CalendarAsync(db, ct);
        var today = VietnamTime.Today(clock);
        var me = actor.UserId!.Value;
        var myUnits = tree.Subtree(actor.UnitId!.Value).Select(u => u.Id).ToList();
        var isLeader = TaskPolicy.IsLeader(actor);

        // A leader at the top sees every task: no unit filter, so the database walks the deadline index directly.
        var seesAll = isLeader && tree.Units.Where(u => u.Kind != UnitKind.ExternalOrganisation).All(u => myUnits.Contains(u.Id));
        var tasks = db.Tasks.AsNoTracking();

        // "Task has a unit in my subtree", written as Id IN (…) so the database starts from the units' index.
        var ofMyUnits = db.TaskUnits.Where(u => myUnits.Contains(u.UnitId)).Select(u => u.TaskId);
        var handledByMe = db.TaskUnits.Where(u => u.HandlerId == me).Select(u => u.TaskId);
        tasks = q.Tab switch
        {
            TaskTab.AssignedByMe => tasks.Where(t => t.AssignerId == me),
            TaskTab.HandledByMe => tasks.Where(t => handledByMe.Contains(t.Id)),
            TaskTab.MyUnit => seesAll
                ? tasks
                : isLeader
                    ? tasks.Where(t => ofMyUnits.Contains(t.Id))
                    : tasks.Where(t => db.TaskUnits.Where(u => u.HandlerId == me && myUnits.Contains(u.UnitId)).Select(u => u.TaskId).Contains(t.Id)),
            TaskTab.Overdue => (seesAll
                    ? tasks
                    : isLeader
                        ? tasks.Where(t => t.AssignerId == me || ofMyUnits.Contains(t.Id) || handledByMe.Contains(t.Id))
                        : tasks.Where(t => t.AssignerId == me || handledByMe.Contains(t.Id)))
                .Where(t => WorkTask.OpenStates.Contains(t.State) && t.DueDate < today),
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

        var needle = TextSearch.Normalize(q.Search);
        if (needle.Length > 0)
        {
            tasks = tasks.Where(t => t.SearchText.Contains(needle));
        }

        return (tasks, calendar, today);
    }

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
