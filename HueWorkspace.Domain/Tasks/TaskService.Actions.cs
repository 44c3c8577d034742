using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Tasks;

/// <summary>The actions on an existing task, one method per use case, each through <see cref="ActAsync"/>.</summary>
public sealed partial class TaskService
{
    public Task AssignHandlerAsync(Guid id, Guid version, Guid unitId, Guid handlerId, DateOnly due, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.AssignHandler, async x =>
        {
            if (!TaskPolicy.LeadsUnit(x.Actor, unitId))
            {
                throw new ForbiddenException("Chỉ lãnh đạo của đơn vị được phân công người xử lý cho đơn vị đó.");
            }

            var handler = await HandlerAsync(x.Db, x.Tree, unitId, handlerId, ct);
            x.Task.AssignHandler(unitId, handler.Id, handler.FullName, due, x.Actor, x.Now, x.Today);
            return [new Notice(NotificationKinds.TaskHandlerAssigned, new(NotificationKinds.TaskHandlerAssigned, x.Title), [handler.Id])];
        }, ct);

    public Task StartAsync(Guid id, Guid version, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.Start, x =>
        {
            x.Task.Start(x.Actor, x.Now);
            return Task.FromResult(None);
        }, ct);

    /// <summary>The lead unit's report moves the work and its percentage; a coordinating unit's is its contribution.</summary>
    public Task ReportAsync(Guid id, Guid version, int percent, string? text, IReadOnlyList<StagedFile>? staged = null, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.Report, async x =>
        {
            var asLead = (x.Relation & (TaskRelation.LeadLeader | TaskRelation.LeadHandler)) != 0;
            var e = x.Task.Report(asLead, percent, text, x.Actor, x.Now);
            await AttachAsync(x, e.Id, staged);
            IEnumerable<Guid?> to = asLead
                ? [x.Task.AssignerId, .. x.Audience.LeadersOf([x.Task.LeadUnitId])]
                : [x.Task.Lead.HandlerId, .. x.Audience.LeadersOf([x.Task.LeadUnitId])];
            var notice = asLead
                ? new NotificationText("task.reported.lead", x.Title, percent.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : new NotificationText("task.reported.coordinator", x.Title);
            return [new Notice(NotificationKinds.TaskReported, notice, to)];
        }, ct);

    public Task SubmitAsync(Guid id, Guid version, string? result, IReadOnlyList<StagedFile>? staged = null, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.Submit, async x =>
        {
            var e = x.Task.Submit(result, x.Actor, x.Now);
            await AttachAsync(x, e.Id, staged);
            return [new Notice(NotificationKinds.TaskSubmitted, new(NotificationKinds.TaskSubmitted, x.Title), [x.Task.AssignerId])];
        }, ct);

    public Task ApproveAsync(Guid id, Guid version, string? comment, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.Approve, x =>
        {
            x.Task.Approve(comment, x.Actor, x.Now);
            return Tell(NotificationKinds.TaskApproved, new(NotificationKinds.TaskApproved, x.Title), x.LeadPeople);
        }, ct);

    public Task ReturnAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.Return, x =>
        {
            x.Task.Return(reason, x.Actor, x.Now);
            return Tell(NotificationKinds.TaskReturned, new(NotificationKinds.TaskReturned, x.Title), x.LeadPeople);
        }, ct);

    public Task PauseAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.Pause, x =>
        {
            x.Task.Pause(reason, x.Actor, x.Now);
            return Tell(NotificationKinds.TaskPaused, new(NotificationKinds.TaskPaused, x.Title), x.Workers);
        }, ct);

    public Task ResumeAsync(Guid id, Guid version, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.Resume, x =>
        {
            x.Task.Resume(x.Actor, x.Now);
            return Tell(NotificationKinds.TaskResumed, new(NotificationKinds.TaskResumed, x.Title), x.Workers);
        }, ct);

    public Task CancelAsync(Guid id, Guid version, string? reason, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.Cancel, x =>
        {
            x.Task.Cancel(reason, x.Actor, x.Now);
            return Tell(NotificationKinds.TaskCancelled, new(NotificationKinds.TaskCancelled, x.Title), x.Workers);
        }, ct);

    public Task RequestExtensionAsync(Guid id, Guid version, DateOnly newDue, string? reason, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.RequestExtension, async x =>
        {
            DateOnly? parentDue = x.Task.ParentId is { } pid
                ? await x.Db.Tasks.Where(t => t.Id == pid).Select(t => (DateOnly?)t.DueDate).SingleOrDefaultAsync(ct)
                : null;
            x.Task.RequestExtension(newDue, reason, x.Actor, x.Now, parentDue);
            return [new Notice(NotificationKinds.TaskExtensionRequested,
                new(NotificationKinds.TaskExtensionRequested, x.Title, VietnamTime.Format(newDue)), [x.Task.AssignerId])];
        }, ct);

    public Task DecideExtensionAsync(Guid id, Guid version, bool approve, string? reason, CancellationToken ct = default) =>
        ActAsync(id, version, TaskOperation.DecideExtension, x =>
        {
            var requester = x.Task.ExtensionRequestedById;
            x.Task.DecideExtension(approve, reason, x.Actor, x.Now);
            var text = approve
                ? new NotificationText("task.extension-approved", x.Title, VietnamTime.Format(x.Task.DueDate))
                : new NotificationText("task.extension-refused", x.Title);
            return Tell(NotificationKinds.TaskExtensionDecided, text, [requester, .. x.LeadPeople]);
        }, ct);

    /// <summary>
    /// An opinion on the task, open to everyone who may see it. <c>@tên.đăng.nhập</c> mentions notify that person,
    /// who must be someone the task concerns. A comment is a change to the task like any other: its version moves.
    /// </summary>
    public Task CommentAsync(Guid id, string? text, IReadOnlyList<StagedFile>? staged = null, CancellationToken ct = default) =>
        ActAsync(id, null, TaskOperation.Comment, async x =>
        {
            var e = x.Task.Comment(text, x.Actor, x.Now);
            await AttachAsync(x, e.Id, staged);
            var mentioned = await MentionsAsync(x.Db, x.Audience, text ?? "", ct);
            return [new Notice(NotificationKinds.TaskMentioned, new(NotificationKinds.TaskMentioned, x.Title, x.Actor.Name), mentioned.Cast<Guid?>())];
        }, ct);

    /// <summary>
    /// People named with <c>@tên.đăng.nhập</c> (sign-in names are compared without case, in SQL and here alike). Naming
    /// someone the task does not concern, or nobody, gets one and the same refusal, so names cannot be probed.
    /// </summary>
    private static async Task<IReadOnlyList<Guid>> MentionsAsync(WorkspaceDbContext db, TaskAudience audience, string text, CancellationToken ct)
    {
        var names = MentionPattern().Matches(text).Select(m => m.Groups[1].Value.TrimEnd('.').ToLowerInvariant()).Distinct().ToList();
        if (names.Count == 0)
        {
            return [];
        }

        var people = await db.UserProfiles.AsNoTracking().Where(p => p.UserName != null && names.Contains(p.UserName.ToLower()))
            .Select(p => new { p.Id, UserName = p.UserName!.ToLower() }).ToListAsync(ct);
        var everyone = audience.Everyone;
        foreach (var name in names)
        {
            if (people.FirstOrDefault(p => p.UserName == name) is not { } person || !everyone.Contains(person.Id))
            {
                throw new DomainException($"Không thể nhắc đến \"@{name}\": người này không tham gia công việc hoặc không có tên đăng nhập này.");
            }
        }

        return people.Select(p => p.Id).ToList();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.])@([A-Za-z0-9][A-Za-z0-9._-]{0,99})")]
    private static partial System.Text.RegularExpressions.Regex MentionPattern();
}
