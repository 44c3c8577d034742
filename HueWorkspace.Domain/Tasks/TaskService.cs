using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Tasks;

/// <summary>
/// Giao việc, chỉ đạo điều hành (Decision 41 Art. 3.2c, 16). Every action loads the task, checks
/// <see cref="TaskPolicy"/> for this person, lets the aggregate check the workflow, and commits the change,
/// its timeline entry, its audit rows and its notifications in one save; then the people concerned are told live.
/// </summary>
public sealed partial class TaskService(
    IDbContextFactory<WorkspaceDbContext> dbFactory,
    ICurrentUser currentUser,
    INotificationPublisher publisher,
    TimeProvider clock)
{
    public const string NotFoundMessage = "Không tìm thấy công việc, hoặc bạn không có quyền xem công việc này.";

    public async Task<TaskFormOptions> FormOptionsAsync(Guid? parentId, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await TreeAsync(db, ct);
        var today = VietnamTime.Today(clock);
        if (parentId is { } pid)
        {
            var parent = await LoadAsync(db, pid, ct);
            TaskPolicy.Demand(TaskPolicy.RelationOf(actor, parent, tree), TaskOperation.CreateSubtask);
            var units = tree.Flatten().Where(x => tree.IsWithin(x.Unit.Id, parent.LeadUnitId) && x.Unit.IsActiveOn(today)).ToList();
            return new TaskFormOptions(units, pid, parent.Title, parent.DueDate, today);
        }

        var options = tree.Flatten().Where(x => TaskPolicy.CanAssignTo(actor, x.Unit, tree, today)).ToList();
        return new TaskFormOptions(options, null, null, null, today);
    }

    /// <summary>Every unit of the administration, for filtering lists (unit names are not confidential).</summary>
    public async Task<IReadOnlyList<(Unit Unit, int Depth)>> FilterUnitsAsync(CancellationToken ct = default)
    {
        currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await TreeAsync(db, ct)).Flatten().Where(x => x.Unit.Kind != UnitKind.ExternalOrganisation).ToList();
    }

    public async Task<Guid> CreateAsync(CreateTask command, CancellationToken ct = default)
    {
        var actor = currentUser.Require();
        TaskAttachment.CheckAll(command.Files);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await TreeAsync(db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(clock);
        WorkTask? parent = null;
        if (command.ParentId is { } parentId)
        {
            parent = await LoadAsync(db, parentId, ct);
            TaskPolicy.Demand(TaskPolicy.RelationOf(actor, parent, tree), TaskOperation.CreateSubtask);
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
        AddFiles(db, task.Id, null, command.Files, actor, now);
        parent?.NoteSubtask(task, actor, now);
        var participants = await ParticipantsAsync(db, tree, task, ct);
        var notifications = Notify(participants.LeadersOf(task.Units.Select(u => u.UnitId)).Concat(task.Units.Select(u => u.HandlerId)),
            actor, NotificationKinds.TaskAssigned, $"Được giao việc: {task.Title}", task, now);
        db.Notifications.AddRange(notifications);
        await db.SaveAsAsync(actor, ct);
        await PublishAsync(notifications, task, participants, ct);
        if (parent is not null)
        {
            await publisher.PublishChangeAsync(new EntityChange(EntityChange.Tasks, parent.Id), (await ParticipantsAsync(db, tree, parent, ct)).Audience, ct);
        }

        return task.Id;
    }

    public Task AssignHandlerAsync(Guid id, Guid version, Guid unitId, Guid handlerId, DateOnly due, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.AssignHandler, async x =>
        {
            if (!TaskPolicy.LeadsUnit(x.Actor, unitId))
            {
                throw new ForbiddenException("Chỉ lãnh đạo của đơn vị được phân công người xử lý cho đơn vị đó.");
            }

            var handler = await HandlerAsync(x.Db, x.Tree, unitId, handlerId, ct);
            x.Task.AssignHandler(unitId, handler.Id, handler.FullName, due, x.Actor, x.Now, x.Today);
            return [(NotificationKinds.TaskHandlerAssigned, $"Được phân công xử lý: {x.Task.Title}", [handler.Id])];
        }, ct);

    public Task StartAsync(Guid id, Guid version, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.Start, x =>
        {
            x.Task.Start(x.Actor, x.Now);
            return None;
        }, ct);

    public Task ReportAsync(Guid id, Guid version, int percent, string? text, IReadOnlyList<UploadedFile>? files = null, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.Report, x =>
        {
            TaskAttachment.CheckAll(files);
            var asLead = (x.Relation & (TaskRelation.LeadLeader | TaskRelation.LeadHandler)) != 0;
            var e = x.Task.Report(asLead, percent, text, x.Actor, x.Now);
            AddFiles(x.Db, x.Task.Id, e.Id, files, x.Actor, x.Now);
            IEnumerable<Guid?> to = asLead
                ? [x.Task.AssignerId, .. x.Participants.LeadersOf([x.Task.LeadUnitId])]
                : [x.Task.Lead.HandlerId, .. x.Participants.LeadersOf([x.Task.LeadUnitId])];
            var title = asLead ? $"Báo cáo tiến độ {percent}%: {x.Task.Title}" : $"Đơn vị phối hợp báo cáo: {x.Task.Title}";
            return Result((NotificationKinds.TaskReported, title, to));
        }, ct);

    public Task SubmitAsync(Guid id, Guid version, string? result, IReadOnlyList<UploadedFile>? files = null, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.Submit, x =>
        {
            TaskAttachment.CheckAll(files);
            var e = x.Task.Submit(result, x.Actor, x.Now);
            AddFiles(x.Db, x.Task.Id, e.Id, files, x.Actor, x.Now);
            return Result((NotificationKinds.TaskSubmitted, $"Trình kết quả, chờ duyệt: {x.Task.Title}", [x.Task.AssignerId]));
        }, ct);

    public Task ApproveAsync(Guid id, Guid version, string? comment, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.Approve, x =>
        {
            x.Task.Approve(comment, x.Actor, x.Now);
            return Result((NotificationKinds.TaskApproved, $"Đã duyệt hoàn thành: {x.Task.Title}", x.LeadPeople));
        }, ct);

    public Task ReturnAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.Return, x =>
        {
            x.Task.Return(reason, x.Actor, x.Now);
            return Result((NotificationKinds.TaskReturned, $"Kết quả bị trả lại: {x.Task.Title}", x.LeadPeople));
        }, ct);

    public Task PauseAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.Pause, x =>
        {
            x.Task.Pause(reason, x.Actor, x.Now);
            return Result((NotificationKinds.TaskPaused, $"Tạm dừng: {x.Task.Title}", x.Workers));
        }, ct);

    public Task ResumeAsync(Guid id, Guid version, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.Resume, x =>
        {
            x.Task.Resume(x.Actor, x.Now);
            return Result((NotificationKinds.TaskResumed, $"Tiếp tục thực hiện: {x.Task.Title}", x.Workers));
        }, ct);

    public Task CancelAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.Cancel, x =>
        {
            x.Task.Cancel(reason, x.Actor, x.Now);
            return Result((NotificationKinds.TaskCancelled, $"Đã hủy: {x.Task.Title}", x.Workers));
        }, ct);

    public Task RequestExtensionAsync(Guid id, Guid version, DateOnly newDue, string? reason, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.RequestExtension, async x =>
        {
            DateOnly? parentDue = x.Task.ParentId is { } pid
                ? await x.Db.Tasks.Where(t => t.Id == pid).Select(t => (DateOnly?)t.DueDate).SingleOrDefaultAsync(ct)
                : null;
            x.Task.RequestExtension(newDue, reason, x.Actor, x.Now, parentDue);
            return [(NotificationKinds.TaskExtensionRequested, $"Đề nghị gia hạn đến {VietnamTime.Format(newDue)}: {x.Task.Title}", [x.Task.AssignerId])];
        }, ct);

    public Task DecideExtensionAsync(Guid id, Guid version, bool approve, string? reason, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.DecideExtension, x =>
        {
            var requester = x.Task.ExtensionRequestedById;
            x.Task.DecideExtension(approve, reason, x.Actor, x.Now);
            var title = approve ? $"Đồng ý gia hạn đến {VietnamTime.Format(x.Task.DueDate)}: {x.Task.Title}" : $"Không đồng ý gia hạn: {x.Task.Title}";
            return Result((NotificationKinds.TaskExtensionDecided, title, [requester, .. x.LeadPeople]));
        }, ct);

    /// <summary>
    /// An opinion on the task, open to everyone who may see it. <c>@tên.đăng.nhập</c> mentions notify that person,
    /// who must be someone the task concerns. Adding a comment changes nothing others are editing, so it needs no version.
    /// </summary>
    public Task CommentAsync(Guid id, string? text, IReadOnlyList<UploadedFile>? files = null, CancellationToken ct = default) =>
        ActAsync(id, null, TaskOperation.Comment, async x =>
        {
            TaskAttachment.CheckAll(files);
            var e = x.Task.Comment(text, x.Actor, x.Now);
            AddFiles(x.Db, x.Task.Id, e.Id, files, x.Actor, x.Now);
            var mentioned = await MentionsAsync(x.Db, x.Participants, text ?? "", ct);
            return [(NotificationKinds.TaskMentioned, $"{x.Actor.Name} nhắc đến bạn: {x.Task.Title}", mentioned.Cast<Guid?>())];
        }, ct);

    private static IReadOnlyList<(string Kind, string Title, IEnumerable<Guid?> To)> None { get; } = [];

    private static IReadOnlyList<(string Kind, string Title, IEnumerable<Guid?> To)> Result((string Kind, string Title, IEnumerable<Guid?> To) n) => [n];

    private Task ActAsync(Guid id, Guid? version, TaskOperation operation,
        Func<ActionContext, IReadOnlyList<(string Kind, string Title, IEnumerable<Guid?> To)>> apply, CancellationToken ct) =>
        ActAsync(id, version, operation, x => Task.FromResult(apply(x)), ct);

    private async Task ActAsync(Guid id, Guid? version, TaskOperation operation,
        Func<ActionContext, Task<IReadOnlyList<(string Kind, string Title, IEnumerable<Guid?> To)>>> apply, CancellationToken ct)
    {
        var actor = currentUser.Require();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await TreeAsync(db, ct);
        var task = await LoadAsync(db, id, ct);
        var relation = TaskPolicy.RelationOf(actor, task, tree);
        TaskPolicy.Demand(relation, operation);
        if (version is { } v)
        {
            db.ExpectVersion(task, v);
        }

        var participants = await ParticipantsAsync(db, tree, task, ct);
        var context = new ActionContext(db, tree, actor, task, relation, participants, clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock));
        var notices = await apply(context);
        var notifications = notices.SelectMany(n => Notify(n.To, actor, n.Kind, n.Title, task, context.Now)).ToList();
        db.Notifications.AddRange(notifications);
        await db.SaveAsAsync(actor, ct);
        await PublishAsync(notifications, task, participants, ct);
    }

    private async Task PublishAsync(IReadOnlyCollection<Notification> notifications, WorkTask task, Participants participants, CancellationToken ct)
    {
        await publisher.PublishAsync(notifications.Select(NotificationMessage.From).ToList(), ct);
        await publisher.PublishChangeAsync(new EntityChange(EntityChange.Tasks, task.Id, task.ParentId), participants.Audience, ct);
    }

    /// <summary>One notification per person, never to the person who acted.</summary>
    private static List<Notification> Notify(IEnumerable<Guid?> recipients, Actor actor, string kind, string title, WorkTask task, DateTime now) =>
        recipients.OfType<Guid>().Distinct().Where(r => r != actor.UserId)
            .Select(r => Notification.Create(r, kind, title, $"/tasks/{task.Id}", now)).ToList();

    private static void AddFiles(WorkspaceDbContext db, Guid taskId, Guid? eventId, IReadOnlyList<UploadedFile>? files, Actor actor, DateTime now)
    {
        foreach (var file in files ?? [])
        {
            var (attachment, content) = TaskAttachment.Create(taskId, eventId, file, actor, now);
            db.TaskAttachments.Add(attachment);
            db.TaskAttachmentContents.Add(content);
        }
    }

    private static TaskUnitDue WithName(TaskUnitDue unit, OrgTree tree) =>
        unit with { UnitName = tree.Find(unit.UnitId)?.Name ?? throw new DomainException("Không tìm thấy đơn vị được chọn.") };

    /// <summary>A handler must be an assigned civil servant of the unit or a unit below it.</summary>
    private static async Task<UserProfile> HandlerAsync(WorkspaceDbContext db, OrgTree tree, Guid unitId, Guid handlerId, CancellationToken ct)
    {
        var person = await db.UserProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == handlerId, ct);
        if (person is not { IsAssigned: true } || !tree.IsWithin(person.UnitId!.Value, unitId) || person.Roles.All(r => r == Role.DataRequester))
        {
            throw new DomainException("Người xử lý phải là cán bộ của đơn vị được giao hoặc đơn vị trực thuộc.");
        }

        return person;
    }

    /// <summary>People named with <c>@tên.đăng.nhập</c>; naming someone the task does not concern is refused.</summary>
    private static async Task<IReadOnlyList<Guid>> MentionsAsync(WorkspaceDbContext db, Participants participants, string text, CancellationToken ct)
    {
        var names = MentionPattern().Matches(text).Select(m => m.Groups[1].Value.TrimEnd('.')).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count == 0)
        {
            return [];
        }

        var people = await db.UserProfiles.AsNoTracking().Where(p => p.UserName != null && names.Contains(p.UserName))
            .Select(p => new { p.Id, p.UserName, p.FullName }).ToListAsync(ct);
        foreach (var name in names)
        {
            var person = people.FirstOrDefault(p => string.Equals(p.UserName, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new DomainException($"Không tìm thấy người có tên đăng nhập \"@{name}\".");
            if (!participants.Audience.Contains(person.Id))
            {
                throw new DomainException($"{person.FullName} không tham gia công việc này nên không thể được nhắc đến.");
            }
        }

        return people.Select(p => p.Id).ToList();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.])@([A-Za-z0-9][A-Za-z0-9._-]{0,99})")]
    private static partial System.Text.RegularExpressions.Regex MentionPattern();

    internal static async Task<OrgTree> TreeAsync(WorkspaceDbContext db, CancellationToken ct) =>
        new(await db.Units.AsNoTracking().ToListAsync(ct));

    private static async Task<WorkTask> LoadAsync(WorkspaceDbContext db, Guid id, CancellationToken ct) =>
        await db.Tasks.Include(t => t.Units).SingleOrDefaultAsync(t => t.Id == id, ct)
        ?? throw new NotFoundException(NotFoundMessage);

    /// <summary>Everyone a task concerns: its assigner, handlers, and the leaders of its units and of the units above them.</summary>
    internal static async Task<Participants> ParticipantsAsync(WorkspaceDbContext db, OrgTree tree, WorkTask task, CancellationToken ct)
    {
        var unitIds = task.Units.SelectMany(u => tree.Ancestors(u.UnitId).Select(a => a.Id).Append(u.UnitId)).Distinct().Cast<Guid?>().ToList();
        var leaders = (await db.UserProfiles.AsNoTracking().Where(p => unitIds.Contains(p.UnitId)).ToListAsync(ct))
            .Where(p => p.Roles.Any(r => r is Role.UnitLeader or Role.CityLeader))
            .Select(p => (p.Id, p.UnitId!.Value)).ToList();
        return new Participants(task, leaders);
    }

    internal sealed class Participants(WorkTask task, IReadOnlyList<(Guid PersonId, Guid UnitId)> leaders)
    {
        /// <summary>Read after the change, so that a newly named handler is included.</summary>
        public IReadOnlySet<Guid> Audience => leaders.Select(l => l.PersonId)
            .Concat(task.Units.Select(u => u.HandlerId).OfType<Guid>()).Append(task.AssignerId).ToHashSet();

        public IEnumerable<Guid?> LeadersOf(IEnumerable<Guid> unitIds)
        {
            var set = unitIds.ToHashSet();
            return leaders.Where(l => set.Contains(l.UnitId)).Select(l => (Guid?)l.PersonId);
        }
    }

    private sealed record ActionContext(
        WorkspaceDbContext Db, OrgTree Tree, Actor Actor, WorkTask Task, TaskRelation Relation, Participants Participants, DateTime Now, DateOnly Today)
    {
        /// <summary>The lead unit's leaders and its handler.</summary>
        public IEnumerable<Guid?> LeadPeople => Participants.LeadersOf([Task.LeadUnitId]).Append(Task.Lead.HandlerId);

        /// <summary>Leaders and handlers of every unit on the task.</summary>
        public IEnumerable<Guid?> Workers => Participants.LeadersOf(Task.Units.Select(u => u.UnitId)).Concat(Task.Units.Select(u => u.HandlerId));
    }
}
